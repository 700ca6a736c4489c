#pragma once
// A criteria set as an XLSX workbook, for the offices that receive the ministry's or the province's
// set as a spreadsheet: sheet "set" holds the set's facts (column A the key, column B the value),
// sheet "nodes" one row per node under a heading row. docs/criteria-sets.md lists the columns.
// Reading refuses what it cannot read, naming the cell; the tree's own rules are CriteriaSetCheck's.

#include "assessment/CriteriaSet.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace pardesk {

class CriteriaSetXlsx {
    Q_DECLARE_TR_FUNCTIONS(CriteriaSetXlsx)
public:
    // The columns of sheet "nodes", in order, as its heading row names them.
    static const QStringList &nodeColumns();
    static Result<CriteriaSet> read(const QString &path);
    static Status write(const CriteriaSet &set, const QString &path);
};

} // namespace pardesk

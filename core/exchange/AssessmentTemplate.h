#pragma once
// The XLSX workbook an agency fills in for one self-assessment (a criteria set, an agency, a
// period), for the offices that score in Excel: one row per node of the set (areas and criteria as
// grey headings), for each sub-criterion its code, label, maximum and how it is scored, and the
// cells to type the points, the explanation (giải trình) and the evidence documents' numbers and
// dates in. What is stored is filled in. A hidden sheet names the set, the agency and the period,
// so the filled workbook imports as a package does, with document references only (files are
// attached in ParDesk). docs/exchange.md lists the columns.

#include "exchange/AssessmentSource.h"
#include "exchange/XlsxReader.h"

namespace pardesk {

class Store;

class AssessmentTemplate {
    Q_DECLARE_TR_FUNCTIONS(AssessmentTemplate)
public:
    static Status write(const Store &store, const AssessmentIdentity &identity, const QString &path);

    // The same source as a package's, arriving as a draft; refused with a message naming the file,
    // the row and the code: what AssessmentSource refuses, text where points go, a date that is
    // not one, documents and dates that do not pair, an explanation without points, a workbook
    // that is not a self-assessment template (a report's said as such), nothing filled in.
    static Result<AssessmentSource> read(const Store &store, const QString &path);
    static Result<AssessmentSource> readSheets(const Store &store, const QList<XlsxSheet> &sheets, const QString &fileName,
                                               const QString &digest);
};

} // namespace pardesk

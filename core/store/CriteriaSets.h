#pragma once
// The criteria sets of the PAR indexes (bộ tiêu chí): listing them, reading one with its tree, and
// storing one that an office imports. A set is checked (CriteriaSetCheck) before anything is
// written, and stored in one transaction with its audit row, or not at all.

#include "assessment/CriteriaSet.h"
#include "store/References.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace pardesk {

struct CriteriaSetSummary {
    qint64 id = 0;
    QString key;
    QString name;
    QString document;
    int yearFrom = 0;
    int yearTo = 0;
    QString agencyGroup;
    QString province;
    int nodes = 0;
    std::optional<double> maxPoints; // the areas' maxima added, none when one is unstated
    QString source;
};

class CriteriaSets {
    Q_DECLARE_TR_FUNCTIONS(CriteriaSets)
public:
    explicit CriteriaSets(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<QList<CriteriaSetSummary>> list() const;
    Result<CriteriaSet> get(qint64 id) const;
    Result<std::optional<qint64>> idOfKey(const QString &key) const;
    // The agencies of a province that a set of this group scores: of the group's level, and not a
    // unit inside another agency of that level (a department's own offices are not scored).
    Result<QList<AgencyRef>> scoredAgencies(const QString &agencyGroup, const QString &province) const;

    // Checks the set, then stores it with an audit row in one transaction. A set whose key is
    // stored already, or that does not pass the check, is refused with the reasons; nothing changes.
    Result<qint64> import(const CriteriaSet &set) const;
    // Writes the set's rows inside the caller's transaction (the bundled dataset's loader).
    Result<qint64> insert(const CriteriaSet &set) const;

private:
    QSqlDatabase m_db;
};

} // namespace pardesk

#include "aggregate/OutlierFindings.h"

#include "aggregate/OutlierDetector.h"

#include <QSqlError>
#include <QSqlQuery>

namespace pardesk {

Result<QList<Finding>> OutlierFindings::ofSubmission(QSqlDatabase db, qint64 submissionId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT f.key, s.agency_id, s.period FROM submissions s JOIN forms f ON f.id = s.form_id WHERE s.id = ?"));
    q.addBindValue(submissionId);
    if (!q.exec())
        return Error{tr("The submission %1 could not be read: %2").arg(submissionId).arg(q.lastError().text())};
    if (!q.next())
        return Error{tr("There is no submission %1.").arg(submissionId)};
    const qint64 agencyId = q.value(1).toLongLong();
    const Result<FormValues> values = FormValues::load(db, q.value(0).toString(), agencyId);
    if (!values)
        return values.failure();
    QList<Finding> findings;
    const int agency = values->agencyIndex(agencyId), period = values->periodIndex(q.value(2).toString());
    if (agency < 0 || period < 0)
        return findings;
    for (const Outlier &o : OutlierDetector::inPeriod(values.value(), agency, period))
        findings.append({o.code, o.rule, Severity::Warning, o.message, o.value, std::nullopt});
    return findings;
}

} // namespace pardesk

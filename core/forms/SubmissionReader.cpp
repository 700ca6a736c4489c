#include "forms/SubmissionReader.h"

#include <QSqlError>
#include <QSqlQuery>

namespace pardesk {

Result<qint64> SubmissionReader::formId(qint64 submissionId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT form_id FROM submissions WHERE id = ?"));
    q.addBindValue(submissionId);
    if (!q.exec())
        return Error{tr("Reading the submission failed: %1").arg(q.lastError().text())};
    if (!q.next())
        return Error{tr("There is no submission with id %1.").arg(submissionId)};
    return q.value(0).toLongLong();
}

Result<QList<EnteredValue>> SubmissionReader::entered(const FormDefinition &form, qint64 submissionId) const
{
    QHash<qint64, int> indexOfItem;
    for (int i = 0; i < form.items().size(); ++i)
        indexOfItem.insert(form.item(i).id, i);

    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT item_id, raw, value FROM submission_values WHERE submission_id = ?"));
    q.addBindValue(submissionId);
    if (!q.exec())
        return Error{tr("Reading the submission failed: %1").arg(q.lastError().text())};
    QList<EnteredValue> values(form.items().size());
    while (q.next()) {
        const int index = indexOfItem.value(q.value(0).toLongLong(), -1);
        if (index < 0)
            return Error{tr("The submission %1 holds a value of an item that is not in the form %2.")
                             .arg(submissionId)
                             .arg(form.key())};
        const QVariant value = q.value(2);
        values[index] = EnteredValue::fromText(q.value(1).toString(),
                                               value.isNull() ? std::nullopt : std::optional<double>(value.toDouble()));
    }
    return values;
}

} // namespace pardesk

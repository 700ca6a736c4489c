#include "store/SubmissionLookup.h"

#include "periods/Period.h"

#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace pardesk {
namespace {

Error readFailed(const QSqlQuery &q)
{
    return Error{QCoreApplication::translate("SubmissionLookup", "Reading the database failed: %1").arg(q.lastError().text())};
}

} // namespace

Result<QList<AgencyRef>> SubmissionLookup::agencies(const QString &province) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, key, name, province FROM agencies WHERE ? = '' OR province = ? "
                             "ORDER BY CASE level WHEN 'province' THEN 0 WHEN 'department' THEN 1 "
                             "WHEN 'district' THEN 2 ELSE 3 END, name"));
    q.addBindValue(province);
    q.addBindValue(province);
    if (!q.exec())
        return readFailed(q);
    QList<AgencyRef> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    return out;
}

Result<SubmissionHeader> SubmissionLookup::header(qint64 submissionId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT s.id, f.id, f.key, f.name, a.id, a.key, a.name, s.period, s.status, s.explanation, "
                             "s.updated_at FROM submissions s JOIN forms f ON f.id = s.form_id "
                             "JOIN agencies a ON a.id = s.agency_id WHERE s.id = ?"));
    q.addBindValue(submissionId);
    if (!q.exec())
        return readFailed(q);
    if (!q.next())
        return Error{tr("There is no submission with id %1.").arg(submissionId)};
    SubmissionHeader h;
    h.id = q.value(0).toLongLong();
    h.formId = q.value(1).toLongLong();
    h.formKey = q.value(2).toString();
    h.formName = q.value(3).toString();
    h.agencyId = q.value(4).toLongLong();
    h.agencyKey = q.value(5).toString();
    h.agencyName = q.value(6).toString();
    h.period = q.value(7).toString();
    h.status = q.value(8).toString();
    h.explanation = q.value(9).toString();
    h.updatedAt = q.value(10).toString();
    return h;
}

Result<std::optional<qint64>> SubmissionLookup::find(qint64 formId, qint64 agencyId, const QString &period) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id FROM submissions WHERE form_id = ? AND agency_id = ? AND period = ?"));
    q.addBindValue(formId);
    q.addBindValue(agencyId);
    q.addBindValue(period);
    if (!q.exec())
        return readFailed(q);
    return q.next() ? std::optional<qint64>(q.value(0).toLongLong()) : std::nullopt;
}

Result<QList<ItemLook>> SubmissionLookup::looks(const FormDefinition &form) const
{
    QHash<qint64, int> indexOfItem;
    for (int i = 0; i < form.items().size(); ++i)
        indexOfItem.insert(form.item(i).id, i);
    QList<ItemLook> out(form.items().size());

    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, bold, hint FROM form_items WHERE form_id = ?"));
    q.addBindValue(form.id());
    if (!q.exec())
        return readFailed(q);
    while (q.next()) {
        if (const int i = indexOfItem.value(q.value(0).toLongLong(), -1); i >= 0)
            out[i] = {q.value(1).toBool(), q.value(2).toString(), {}};
    }
    // The options in the order the form writes them ("Không = 0 Có = 1" stays so): insertion order.
    q.prepare(QStringLiteral("SELECT o.item_id, o.value, o.label FROM form_item_options o "
                             "JOIN form_items i ON i.id = o.item_id WHERE i.form_id = ? ORDER BY o.rowid"));
    q.addBindValue(form.id());
    if (!q.exec())
        return readFailed(q);
    while (q.next()) {
        if (const int i = indexOfItem.value(q.value(0).toLongLong(), -1); i >= 0)
            out[i].options.append({q.value(1).toInt(), q.value(2).toString()});
    }
    return out;
}

Result<QList<StoredCell>> SubmissionLookup::cells(const FormDefinition &form, qint64 submissionId) const
{
    QHash<qint64, int> indexOfItem;
    for (int i = 0; i < form.items().size(); ++i)
        indexOfItem.insert(form.item(i).id, i);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT item_id, raw, value, note FROM submission_values WHERE submission_id = ?"));
    q.addBindValue(submissionId);
    if (!q.exec())
        return readFailed(q);
    QList<StoredCell> out(form.items().size());
    while (q.next()) {
        const int i = indexOfItem.value(q.value(0).toLongLong(), -1);
        if (i < 0)
            return Error{tr("The submission %1 holds a value of an item that is not in the form %2.")
                             .arg(submissionId)
                             .arg(form.key())};
        const QVariant value = q.value(2);
        out[i] = {true, q.value(1).toString(), value.isNull() ? std::nullopt : std::optional<double>(value.toDouble()),
                  q.value(3).toString()};
    }
    return out;
}

Result<QList<PeriodCells>> SubmissionLookup::earlier(const FormDefinition &form, const SubmissionHeader &header) const
{
    const auto current = Period::parse(header.period);
    if (!current)
        return Error{current.error()};
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, period, status FROM submissions WHERE agency_id = ? AND form_id = ? AND id <> ?"));
    q.addBindValue(header.agencyId);
    q.addBindValue(header.formId);
    q.addBindValue(header.id);
    if (!q.exec())
        return readFailed(q);
    QList<std::pair<Period, PeriodCells>> found;
    while (q.next()) {
        const auto period = Period::parse(q.value(1).toString());
        if (period && period.value() < current.value())
            found.append({period.value(), {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), {}}});
    }
    std::sort(found.begin(), found.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<PeriodCells> out;
    for (auto &[period, cellsOfPeriod] : found) {
        auto stored = cells(form, cellsOfPeriod.submissionId);
        if (!stored)
            return Error{stored.error()};
        cellsOfPeriod.cells = std::move(stored).value();
        out.append(std::move(cellsOfPeriod));
    }
    return out;
}

} // namespace pardesk

#include "store/SubmissionStore.h"

#include "forms/FieldLimits.h"
#include "periods/Period.h"
#include "store/AuditLog.h"
#include "store/SubmissionLookup.h"
#include "store/Transaction.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace pardesk {
namespace {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QVariant numberOrNull(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<double>());
}

QJsonValue jsonOf(const QVariant &v)
{
    return v.isNull() ? QJsonValue() : QJsonValue::fromVariant(v);
}

QString actionOf(CellWrite::Field field, WriteOrigin origin)
{
    const QString action = field == CellWrite::Field::Value ? QStringLiteral("set_value") : QStringLiteral("set_note");
    switch (origin) {
    case WriteOrigin::Undo:
        return QStringLiteral("undo_") + action;
    case WriteOrigin::Redo:
        return QStringLiteral("redo_") + action;
    case WriteOrigin::Edit:
        break;
    }
    return action;
}

} // namespace

QString SubmissionStore::statusLabel(const QString &status)
{
    if (status == status::Draft)
        return tr("draft");
    if (status == status::Submitted)
        return tr("submitted");
    if (status == status::Approved)
        return tr("approved");
    return status;
}

Status SubmissionStore::busy(const Transaction &tx)
{
    if (tx.wasBusy())
        return Error{tr("The database is busy: another program or a colleague is writing to it. The change is kept "
                        "and will be saved as soon as the database is free (%1).")
                         .arg(tx.beginError()),
                     true};
    return Error{tr("The database is busy or cannot be written to (%1). Nothing was saved.").arg(tx.beginError())};
}

Result<QString> SubmissionStore::statusOf(qint64 submissionId) const
{
    auto header = SubmissionLookup(m_db).header(submissionId);
    if (!header)
        return Error{header.error()};
    return header->status;
}

Result<qint64> SubmissionStore::create(qint64 formId, qint64 agencyId, const QString &period)
{
    const auto parsed = Period::parse(period);
    if (!parsed)
        return Error{parsed.error()};
    const QString key = parsed->key();

    Transaction tx(m_db);
    if (!tx.isActive()) {
        const Status refused = busy(tx);
        return Error{refused.error(), refused.isRetryable()};
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id FROM submissions WHERE form_id = ? AND agency_id = ? AND period = ?"));
    q.addBindValue(formId);
    q.addBindValue(agencyId);
    q.addBindValue(key);
    if (q.exec() && q.next())
        return Error{tr("A submission of this form by this agency for %1 exists already.").arg(parsed->label())};

    const QString stamp = now();
    q.prepare(QStringLiteral("INSERT INTO submissions(form_id, agency_id, period, status, created_at, updated_at) "
                             "VALUES (?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v : {QVariant(formId), QVariant(agencyId), QVariant(key), QVariant(QString(status::Draft)),
                              QVariant(stamp), QVariant(stamp)})
        q.addBindValue(v);
    if (!q.exec())
        return Error{tr("The submission could not be created: %1").arg(q.lastError().text())};
    const qint64 id = q.lastInsertId().toLongLong();
    const QJsonObject created{{QStringLiteral("form_id"), formId},
                              {QStringLiteral("agency_id"), agencyId},
                              {QStringLiteral("period"), key},
                              {QStringLiteral("status"), QString(status::Draft)}};
    if (Status s = AuditLog::record(m_db, QStringLiteral("submission"), id, QStringLiteral("create"), {}, created); !s)
        return Error{s.error()};
    if (Status s = tx.commit(); !s)
        return Error{s.error()};
    return id;
}

Status SubmissionStore::write(qint64 submissionId, const QList<CellWrite> &writes, WriteOrigin origin)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return busy(tx);
    const auto current = statusOf(submissionId);
    if (!current)
        return Error{current.error()};
    if (current.value() != status::Draft)
        return Error{tr("The submission is %1: reopen it to change it.").arg(statusLabel(current.value()))};
    for (const CellWrite &w : writes)
        if (Status s = writeOne(submissionId, w, origin); !s)
            return s;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE submissions SET updated_at = ? WHERE id = ?"));
    q.addBindValue(now());
    q.addBindValue(submissionId);
    if (!q.exec())
        return Error{tr("The change could not be saved: %1").arg(q.lastError().text())};
    return tx.commit();
}

Status SubmissionStore::writeOne(qint64 submissionId, const CellWrite &w, WriteOrigin origin)
{
    const auto failed = [&](const QSqlQuery &q) {
        return Error{tr("The change of %1 could not be saved: %2").arg(w.code, q.lastError().text())};
    };
    // The same limits as an import: a pasted megabyte is refused, not stored.
    const int limit = w.field == CellWrite::Field::Note ? FieldLimits::kMaxNoteChars : FieldLimits::kMaxValueChars;
    if (w.text.size() > limit)
        return Error{tr("%1 was not changed: the text is %2 characters long; at most %3 are accepted.")
                         .arg(w.code)
                         .arg(w.text.size())
                         .arg(limit)};
    QSqlQuery q(m_db);
    // The item must be one of the submission's own form.
    q.prepare(QStringLiteral("SELECT v.raw, v.value, v.note, v.item_id IS NOT NULL FROM submissions s "
                             "JOIN form_items i ON i.form_id = s.form_id AND i.id = ? "
                             "LEFT JOIN submission_values v ON v.submission_id = s.id AND v.item_id = i.id "
                             "WHERE s.id = ?"));
    q.addBindValue(w.itemId);
    q.addBindValue(submissionId);
    if (!q.exec())
        return failed(q);
    if (!q.next())
        return Error{tr("The item %1 is not part of the submission's form.").arg(w.code)};
    QVariant raw = q.value(0), value = q.value(1), note = q.value(2);
    const bool exists = q.value(3).toBool();
    QJsonObject before{{QStringLiteral("item"), w.code}};
    QJsonObject after = before;
    if (w.field == CellWrite::Field::Value) {
        before.insert(QStringLiteral("raw"), jsonOf(raw));
        before.insert(QStringLiteral("value"), jsonOf(value));
        raw = textOrNull(w.text);
        value = numberOrNull(w.value);
        after.insert(QStringLiteral("raw"), jsonOf(raw));
        after.insert(QStringLiteral("value"), jsonOf(value));
    } else {
        before.insert(QStringLiteral("note"), jsonOf(note));
        note = textOrNull(w.text);
        after.insert(QStringLiteral("note"), jsonOf(note));
    }

    if (raw.isNull() && value.isNull() && note.isNull()) {
        q.prepare(QStringLiteral("DELETE FROM submission_values WHERE submission_id = ? AND item_id = ?"));
        q.addBindValue(submissionId);
        q.addBindValue(w.itemId);
    } else if (exists) {
        // A value typed here no longer comes from the source document: its provenance goes.
        q.prepare(QStringLiteral("UPDATE submission_values SET raw = ?, value = ?, note = ?, "
                                 "src = CASE WHEN ? THEN NULL ELSE src END WHERE submission_id = ? AND item_id = ?"));
        for (const QVariant &v : {raw, value, note, QVariant(w.field == CellWrite::Field::Value), QVariant(submissionId),
                                  QVariant(w.itemId)})
            q.addBindValue(v);
    } else {
        q.prepare(QStringLiteral("INSERT INTO submission_values(submission_id, item_id, raw, value, note) "
                                 "VALUES (?, ?, ?, ?, ?)"));
        for (const QVariant &v : {QVariant(submissionId), QVariant(w.itemId), raw, value, note})
            q.addBindValue(v);
    }
    if (!q.exec())
        return failed(q);
    return AuditLog::record(m_db, QStringLiteral("submission"), submissionId, actionOf(w.field, origin), before, after);
}

Status SubmissionStore::submit(qint64 submissionId, const QString &explanation)
{
    return changeStatus(submissionId, {status::Draft}, status::Submitted, QStringLiteral("submit"), explanation.trimmed());
}

Status SubmissionStore::approve(qint64 submissionId)
{
    return changeStatus(submissionId, {status::Submitted}, status::Approved, QStringLiteral("approve"), std::nullopt);
}

Status SubmissionStore::reopen(qint64 submissionId)
{
    return changeStatus(submissionId, {status::Submitted, status::Approved}, status::Draft, QStringLiteral("reopen"),
                        std::nullopt);
}

Status SubmissionStore::changeStatus(qint64 submissionId, const QList<QLatin1String> &from, QLatin1String to,
                                     const QString &action, const std::optional<QString> &explanation)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return busy(tx);
    const auto current = statusOf(submissionId);
    if (!current)
        return Error{current.error()};
    if (std::none_of(from.begin(), from.end(), [&](QLatin1String s) { return current.value() == s; }))
        return Error{tr("The submission is %1; it cannot become %2.").arg(statusLabel(current.value()), statusLabel(to))};

    QSqlQuery q(m_db);
    const QString stamp = now();
    if (explanation) {
        q.prepare(QStringLiteral("UPDATE submissions SET status = ?, updated_at = ?, submitted_at = ?, explanation = ? "
                                 "WHERE id = ?"));
        for (const QVariant &v : {QVariant(QString(to)), QVariant(stamp), QVariant(stamp), textOrNull(*explanation),
                                  QVariant(submissionId)})
            q.addBindValue(v);
    } else {
        q.prepare(QStringLiteral("UPDATE submissions SET status = ?, updated_at = ? WHERE id = ?"));
        for (const QVariant &v : {QVariant(QString(to)), QVariant(stamp), QVariant(submissionId)})
            q.addBindValue(v);
    }
    if (!q.exec())
        return Error{tr("The status could not be saved: %1").arg(q.lastError().text())};
    QJsonObject after{{QStringLiteral("status"), QString(to)}};
    if (explanation && !explanation->isEmpty())
        after.insert(QStringLiteral("explanation"), *explanation);
    if (Status s = AuditLog::record(m_db, QStringLiteral("submission"), submissionId, action,
                                    {{QStringLiteral("status"), current.value()}}, after);
        !s)
        return s;
    return tx.commit();
}

} // namespace pardesk

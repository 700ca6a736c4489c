#include "store/Submissions.h"

#include "forms/FieldLimits.h"
#include "periods/Period.h"
#include "store/AuditLog.h"
#include "store/Forms.h"
#include "store/RowReading.h"
#include "store/SqlDialect.h"
#include "store/Statement.h"
#include "store/Transaction.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <algorithm>

namespace pardesk {
namespace {

using rows::optionalDouble;
using rows::optionalInt;
using rows::readAll;

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
    return auditAction(field == CellWrite::Field::Value ? QStringLiteral("set_value") : QStringLiteral("set_note"), origin);
}

// The values of a whole submission as the audit log keeps them: code → raw, or [raw, note].
QJsonObject valuesJson(const FormDefinition &form, const QList<StoredCell> &cells)
{
    QJsonObject out;
    for (int i = 0; i < form.items().size(); ++i) {
        const StoredCell &c = cells[i];
        if (c.raw.isEmpty() && c.note.isEmpty())
            continue;
        out.insert(form.item(i).code, c.note.isEmpty() ? QJsonValue(c.raw) : QJsonValue(QJsonArray{c.raw, c.note}));
    }
    return out;
}

// The failure keeps its kind (busy, refused by the server), told as a failed read.
Error readFailed(const Error &failure)
{
    return failure.withMessage(QCoreApplication::translate("SubmissionLookup", "Reading the database failed: %1").arg(failure.message));
}

template <typename T>
Error readFailed(const Result<T> &r)
{
    return readFailed(r.failure());
}

} // namespace

// Reading --------------------------------------------------------------------------------------

Result<QList<Submission>> Submissions::list() const
{
    auto out = Statement(m_db, QStringLiteral("SELECT s.id, f.key, a.key, a.name, s.period, s.status, s.updated_at, s.src, "
                                              "(SELECT count(*) FROM submission_values v WHERE v.submission_id = s.id) "
                                              "FROM submissions s JOIN forms f ON f.id = s.form_id "
                                              "JOIN agencies a ON a.id = s.agency_id ORDER BY s.id"))
                   .list<Submission>([](const Statement &q) {
                       Submission s;
                       s.id = q.value(0).toLongLong();
                       s.form = q.value(1).toString();
                       s.agencyKey = q.value(2).toString();
                       s.agency = q.value(3).toString();
                       s.period = q.value(4).toString();
                       s.status = q.value(5).toString();
                       s.updatedAt = q.value(6).toString();
                       s.source = q.value(7).toString();
                       s.valueCount = q.value(8).toInt();
                       return s;
                   });
    if (!out)
        return out.failure().withMessage(QCoreApplication::translate("Catalog", "Reading the database failed: %1").arg(out.error()));
    return out;
}

Result<SubmissionHeader> Submissions::header(qint64 submissionId) const
{
    Statement q(m_db, QStringLiteral("SELECT s.id, f.id, f.key, f.name, f.version, a.id, a.key, a.name, a.province, a.level, "
                                     "s.period, s.status, s.explanation, s.created_at, s.updated_at, s.submitted_at, d.key "
                                     "FROM submissions s JOIN forms f ON f.id = s.form_id "
                                     "JOIN agencies a ON a.id = s.agency_id LEFT JOIN documents d ON d.id = s.document_id "
                                     "WHERE s.id = ?"));
    if (Status s = q.bind(submissionId).exec(); !s)
        return readFailed(s.failure());
    if (!q.next()) {
        // On a server an agency's login sees only its own agency's reports.
        if (engineOf(m_db) == Engine::Postgres)
            return Error{tr("There is no submission with id %1 that this login may read (an agency's login reads only "
                            "its own agency's reports).")
                             .arg(submissionId)};
        return Error{tr("There is no submission with id %1.").arg(submissionId)};
    }
    SubmissionHeader h;
    h.id = q.value(0).toLongLong();
    h.formId = q.value(1).toLongLong();
    h.formKey = q.value(2).toString();
    h.formName = q.value(3).toString();
    h.formVersion = q.value(4).toInt();
    h.agencyId = q.value(5).toLongLong();
    h.agencyKey = q.value(6).toString();
    h.agencyName = q.value(7).toString();
    h.agencyProvince = q.value(8).toString();
    h.agencyLevel = q.value(9).toString();
    h.period = q.value(10).toString();
    h.status = q.value(11).toString();
    h.explanation = q.value(12).toString();
    h.createdAt = q.value(13).toString();
    h.updatedAt = q.value(14).toString();
    h.submittedAt = q.value(15).toString();
    h.documentKey = q.value(16).toString();
    return h;
}

Result<std::optional<qint64>> Submissions::find(qint64 formId, qint64 agencyId, const QString &period) const
{
    auto id = Statement(m_db, QStringLiteral("SELECT id FROM submissions WHERE form_id = ? AND agency_id = ? AND period = ?"))
                  .bind({formId, agencyId, period})
                  .first();
    if (!id)
        return readFailed(id);
    if (!id.value())
        return std::optional<qint64>();
    return std::optional<qint64>(id.value()->toLongLong());
}

Result<QList<StoredCell>> Submissions::cells(const FormDefinition &form, qint64 submissionId) const
{
    QHash<qint64, int> indexOfItem;
    for (int i = 0; i < form.items().size(); ++i)
        indexOfItem.insert(form.item(i).id, i);
    Statement q(m_db, QStringLiteral("SELECT item_id, raw, value, note, src FROM submission_values WHERE submission_id = ?"));
    if (Status s = q.bind(submissionId).exec(); !s)
        return readFailed(s.failure());
    QList<StoredCell> out(form.items().size());
    while (q.next()) {
        const int i = indexOfItem.value(q.value(0).toLongLong(), -1);
        if (i < 0)
            return Error{tr("The submission %1 holds a value of an item that is not in the form %2.")
                             .arg(submissionId)
                             .arg(form.key())};
        out[i] = {true, q.value(1).toString(), optionalDouble(q.value(2)), q.value(3).toString(), q.value(4).toString()};
    }
    return out;
}

Result<QList<EnteredValue>> Submissions::entered(const FormDefinition &form, qint64 submissionId) const
{
    auto stored = cells(form, submissionId);
    if (!stored)
        return stored.failure();
    QList<EnteredValue> out(form.items().size());
    for (int i = 0; i < stored->size(); ++i) {
        if (stored.value()[i].stored)
            out[i] = EnteredValue::fromText(stored.value()[i].raw, stored.value()[i].value);
    }
    return out;
}

Result<QList<SubmissionValue>> Submissions::values(qint64 submissionId) const
{
    const auto h = header(submissionId);
    if (!h)
        return h.failure();
    const auto form = Forms(m_db).definition(h->formId);
    if (!form)
        return form.failure();
    const auto stored = cells(form.value(), submissionId);
    if (!stored)
        return stored.failure();
    QList<SubmissionValue> out;
    for (int i = 0; i < form->items().size(); ++i) {
        const StoredCell &c = stored.value()[i];
        if (!c.stored)
            continue;
        const FormItem &item = form->item(i);
        out.append({item.code, item.label, item.unit, itemKindName(item.kind), c.value, c.raw, c.note, c.source});
    }
    return out;
}

Result<QList<PeriodCells>> Submissions::earlier(const FormDefinition &form, const SubmissionHeader &header) const
{
    const auto current = Period::parse(header.period);
    if (!current)
        return current.failure();
    Statement q(m_db, QStringLiteral("SELECT id, period, status FROM submissions WHERE agency_id = ? AND form_id = ? AND id <> ?"));
    if (Status s = q.bind({header.agencyId, header.formId, header.id}).exec(); !s)
        return readFailed(s.failure());
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
            return stored.failure();
        cellsOfPeriod.cells = std::move(stored).value();
        out.append(std::move(cellsOfPeriod));
    }
    return out;
}

Result<QList<SubmissionArrival>> Submissions::arrivals(const QString &formKey, const QString &period) const
{
    // Timeliness is judged by when the office received a report (received_at, set by an import);
    // submitted_at is what a package claimed, shown beside it. A report entered in this store
    // has no received_at: its submitted_at was written here.
    return Statement(m_db, QStringLiteral("SELECT s.agency_id, s.id, s.status, COALESCE(s.received_at, s.submitted_at), "
                                          "CASE WHEN s.received_at IS NOT NULL THEN s.submitted_at END FROM submissions s "
                                          "JOIN forms f ON f.id = s.form_id WHERE f.key = ? AND s.period = ?"))
        .bind({formKey, period})
        .list<SubmissionArrival>([](const Statement &q) {
            return SubmissionArrival{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                                     q.value(3).toString(), q.value(4).toString()};
        });
}

// Writing --------------------------------------------------------------------------------------

QString Submissions::statusLabel(const QString &status)
{
    if (status == status::Draft)
        return tr("draft");
    if (status == status::Submitted)
        return tr("submitted");
    if (status == status::Approved)
        return tr("approved");
    return status;
}

Status Submissions::busy(const Transaction &tx)
{
    if (tx.wasBusy())
        return Error{tr("The database is busy: another program or a colleague is writing to it. The change is kept "
                        "and will be saved as soon as the database is free (%1).")
                         .arg(tx.beginError()),
                     true};
    return Error{tr("The database is busy or cannot be written to (%1). Nothing was saved.").arg(tx.beginError())};
}

Status Submissions::audit(qint64 submissionId, const QString &action, const QJsonObject &before,
                          const QJsonObject &after) const
{
    return AuditLog(m_db).record(QStringLiteral("submission"), submissionId, action, before, after);
}

Result<QString> Submissions::statusOf(qint64 submissionId) const
{
    auto h = header(submissionId);
    if (!h)
        return h.failure();
    return h->status;
}

Result<qint64> Submissions::create(qint64 formId, qint64 agencyId, const QString &period)
{
    const auto parsed = Period::parse(period);
    if (!parsed)
        return parsed.failure();
    const QString key = parsed->key();

    Transaction tx(m_db);
    if (!tx.isActive()) {
        const Status refused = busy(tx);
        return refused.failure();
    }
    const auto existing = find(formId, agencyId, key);
    if (!existing)
        return existing.failure();
    if (existing.value())
        return Error{tr("A submission of this form by this agency for %1 exists already.").arg(parsed->label())};

    // Read first: once the server refuses the insert, its transaction answers nothing more.
    const auto agency = Statement(m_db, QStringLiteral("SELECT name FROM agencies WHERE id = ?")).bind(agencyId).first();
    if (!agency)
        return readFailed(agency);
    const QString agencyName = agency.value() ? agency.value()->toString() : QString::number(agencyId);

    const QString stamp = now();
    // ON CONFLICT: on a server, another PC may create the same report between the check above and
    // this insert; it waits for theirs and then inserts nothing, which is told as above.
    Statement q(m_db, QStringLiteral("INSERT INTO submissions(form_id, agency_id, period, status, created_at, updated_at) "
                                     "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (form_id, agency_id, period) DO NOTHING"));
    if (Status s = q.bind({formId, agencyId, key, QString(status::Draft), stamp, stamp}).exec(); !s) {
        if (s.isRefused()) // on a server: the login may not write this agency's reports
            return s.failure().withMessage(
                tr("The report of %1 for %2 was not created. %3").arg(agencyName, parsed->label(), s.error()));
        return s.failure().withMessage(tr("The submission could not be created: %1").arg(s.error()));
    }
    if (!q.insertedARow())
        return Error{tr("A submission of this form by this agency for %1 exists already.").arg(parsed->label())};
    const qint64 id = q.lastInsertId();
    const QJsonObject created{{QStringLiteral("form_id"), formId},
                              {QStringLiteral("agency_id"), agencyId},
                              {QStringLiteral("period"), key},
                              {QStringLiteral("status"), QString(status::Draft)}};
    if (Status s = audit(id, QStringLiteral("create"), {}, created); !s)
        return s.failure();
    tx.touched(QStringLiteral("submissions"), id);
    if (Status s = tx.commit(); !s)
        return s.failure();
    return id;
}

Status Submissions::write(qint64 submissionId, const QList<CellWrite> &writes, WriteOrigin origin)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return busy(tx);
    if (Status s = tx.lockRow(QStringLiteral("submissions"), submissionId); !s)
        return s;
    const auto current = statusOf(submissionId);
    if (!current)
        return current.failure();
    if (current.value() != status::Draft)
        return Error{tr("The submission is %1: reopen it to change it.").arg(statusLabel(current.value()))};
    for (const CellWrite &w : writes)
        if (Status s = writeOne(submissionId, w, origin); !s)
            return s;
    Statement q(m_db, QStringLiteral("UPDATE submissions SET updated_at = ? WHERE id = ?"));
    if (Status s = q.bind({now(), submissionId}).execChanged(); !s)
        return s.failure().withMessage(tr("The change could not be saved: %1").arg(s.error()));
    tx.touched(QStringLiteral("submissions"), submissionId);
    return tx.commit();
}

Status Submissions::writeOne(qint64 submissionId, const CellWrite &w, WriteOrigin origin)
{
    const auto failed = [&](const Status &s) {
        return s.failure().withMessage(tr("The change of %1 could not be saved: %2").arg(w.code, s.error()));
    };
    // The same limits as an import: a pasted megabyte is refused, not stored.
    const int limit = w.field == CellWrite::Field::Note ? FieldLimits::kMaxNoteChars : FieldLimits::kMaxValueChars;
    if (w.text.size() > limit)
        return Error{tr("%1 was not changed: the text is %2 characters long; at most %3 are accepted.")
                         .arg(w.code)
                         .arg(w.text.size())
                         .arg(limit)};
    // The item must be one of the submission's own form.
    Statement q(m_db, QStringLiteral("SELECT v.raw, v.value, v.note, v.item_id IS NOT NULL FROM submissions s "
                                     "JOIN form_items i ON i.form_id = s.form_id AND i.id = ? "
                                     "LEFT JOIN submission_values v ON v.submission_id = s.id AND v.item_id = i.id "
                                     "WHERE s.id = ?"));
    if (Status s = q.bind({w.itemId, submissionId}).exec(); !s)
        return failed(s);
    if (!q.next())
        return Error{tr("The item %1 is not part of the submission's form.").arg(w.code)};
    QVariant raw = q.value(0), value = q.value(1), note = q.value(2);
    const bool exists = q.value(3).toBool();
    if (const QString now = (w.field == CellWrite::Field::Value ? raw : note).toString();
        w.seen && now != *w.seen && now != w.text)
        return Error{tr("%1 was changed by someone else to \"%2\" while you were working on it; your \"%3\" was not saved, "
                        "so that their change is not lost. Type yours again to replace theirs.")
                         .arg(w.code, now.isEmpty() ? tr("(empty)") : now, w.text.isEmpty() ? tr("(empty)") : w.text)};
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

    Status stored;
    if (raw.isNull() && value.isNull() && note.isNull()) {
        stored = Statement(m_db, QStringLiteral("DELETE FROM submission_values WHERE submission_id = ? AND item_id = ?"))
                     .bind({submissionId, w.itemId})
                     .exec();
    } else if (exists) {
        // A value typed here no longer comes from the source document: its provenance goes.
        // "? = 1": a flag is an integer to PostgreSQL, which takes no integer as a condition.
        stored = Statement(m_db, QStringLiteral("UPDATE submission_values SET raw = ?, value = ?, note = ?, "
                                                "src = CASE WHEN ? = 1 THEN NULL ELSE src END WHERE submission_id = ? AND item_id = ?"))
                     .bind({raw, value, note, QVariant(w.field == CellWrite::Field::Value), submissionId, w.itemId})
                     .exec();
    } else {
        stored = Statement(m_db, QStringLiteral("INSERT INTO submission_values(submission_id, item_id, raw, value, note) "
                                                "VALUES (?, ?, ?, ?, ?)"))
                     .bind({submissionId, w.itemId, raw, value, note})
                     .exec();
    }
    if (!stored)
        return failed(stored);
    return audit(submissionId, actionOf(w.field, origin), before, after);
}

Status Submissions::submit(qint64 submissionId, const QString &explanation)
{
    return changeStatus(submissionId, {status::Draft}, status::Submitted, QStringLiteral("submit"), explanation.trimmed());
}

Status Submissions::approve(qint64 submissionId)
{
    return changeStatus(submissionId, {status::Submitted}, status::Approved, QStringLiteral("approve"), std::nullopt);
}

Status Submissions::reopen(qint64 submissionId)
{
    return changeStatus(submissionId, {status::Submitted, status::Approved}, status::Draft, QStringLiteral("reopen"),
                        std::nullopt);
}

Status Submissions::changeStatus(qint64 submissionId, const QList<QLatin1String> &from, QLatin1String to,
                                 const QString &action, const std::optional<QString> &explanation)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return busy(tx);
    if (Status s = tx.lockRow(QStringLiteral("submissions"), submissionId); !s)
        return s;
    const auto current = statusOf(submissionId);
    if (!current)
        return current.failure();
    if (std::none_of(from.begin(), from.end(), [&](QLatin1String s) { return current.value() == s; }))
        return Error{tr("The submission is %1; it cannot become %2.").arg(statusLabel(current.value()), statusLabel(to))};

    const QString stamp = now();
    Status saved;
    if (explanation) {
        saved = Statement(m_db, QStringLiteral("UPDATE submissions SET status = ?, updated_at = ?, submitted_at = ?, "
                                               "explanation = ? WHERE id = ?"))
                    .bind({QString(to), stamp, stamp, textOrNull(*explanation), submissionId})
                    .execChanged();
    } else {
        saved = Statement(m_db, QStringLiteral("UPDATE submissions SET status = ?, updated_at = ? WHERE id = ?"))
                    .bind({QString(to), stamp, submissionId})
                    .execChanged();
    }
    if (!saved)
        return saved.failure().withMessage(tr("The status could not be saved: %1").arg(saved.error()));
    QJsonObject after{{QStringLiteral("status"), QString(to)}};
    if (explanation && !explanation->isEmpty())
        after.insert(QStringLiteral("explanation"), *explanation);
    if (Status s = audit(submissionId, action, {{QStringLiteral("status"), current.value()}}, after); !s)
        return s;
    tx.touched(QStringLiteral("submissions"), submissionId);
    return tx.commit();
}

Result<qint64> Submissions::receive(const FormDefinition &form, const ReceivedSubmission &received,
                                    std::optional<qint64> replacing)
{
    const QString stamp = now();
    qint64 id = 0;
    QJsonObject before;
    if (replacing) {
        id = *replacing;
        if (Status s = Transaction::lockRow(m_db, QStringLiteral("submissions"), id); !s)
            return s.failure();
        const auto stored = cells(form, id);
        if (!stored)
            return stored.failure();
        const auto current = statusOf(id);
        if (!current)
            return current.failure();
        before = {{QStringLiteral("status"), current.value()}, {QStringLiteral("values"), valuesJson(form, stored.value())}};
        if (Status s = Statement(m_db, QStringLiteral("DELETE FROM submission_values WHERE submission_id = ?")).bind(id).exec(); !s)
            return s.failure();
        Statement q(m_db, QStringLiteral("UPDATE submissions SET status = ?, updated_at = ?, submitted_at = ?, received_at = ?, "
                                         "explanation = ?, src = NULL, document_id = NULL WHERE id = ?"));
        if (Status s = q.bind({QString(status::Submitted), stamp, received.submittedAt, received.receivedAt,
                               textOrNull(received.explanation), id})
                           .exec();
            !s)
            return s.failure();
    } else {
        Statement q(m_db, QStringLiteral("INSERT INTO submissions(form_id, agency_id, period, status, created_at, updated_at, "
                                         "submitted_at, received_at, explanation) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        if (Status s = q.bind({form.id(), received.agencyId, received.period, QString(status::Submitted), stamp, stamp,
                               received.submittedAt, received.receivedAt, textOrNull(received.explanation)})
                           .exec();
            !s)
            return s.failure();
        id = q.lastInsertId();
    }

    Statement insert(m_db, QStringLiteral("INSERT INTO submission_values(submission_id, item_id, raw, value, note) "
                                          "VALUES (?, ?, ?, ?, ?)"));
    for (int i = 0; i < form.items().size(); ++i) {
        const StoredCell &cell = received.cells[i];
        if (cell.raw.isEmpty() && cell.note.isEmpty() && !cell.value)
            continue;
        if (Status s = insert.bind({id, form.item(i).id, textOrNull(cell.raw), numberOrNull(cell.value), textOrNull(cell.note)})
                           .exec();
            !s)
            return s.failure();
    }
    QJsonObject after = received.audit;
    after.insert(QStringLiteral("form"), form.key());
    after.insert(QStringLiteral("agency"), received.agencyKey);
    after.insert(QStringLiteral("period"), received.period);
    after.insert(QStringLiteral("status"), QString(status::Submitted));
    after.insert(QStringLiteral("submitted_at"), received.submittedAt);
    after.insert(QStringLiteral("received_at"), received.receivedAt);
    after.insert(QStringLiteral("values"), valuesJson(form, received.cells));
    const QString action = replacing ? QStringLiteral("import_replace") : QStringLiteral("import");
    if (Status s = audit(id, action, before, after); !s)
        return s.failure();
    return id;
}

} // namespace pardesk

#include "exchange/SubmissionImport.h"

#include "store/AuditLog.h"
#include "store/CertificateRegister.h"
#include "store/SubmissionLookup.h"
#include "store/SubmissionStore.h"
#include "store/Transaction.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace pardesk {
namespace {

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QJsonObject valuesJson(const FormDefinition &form, const QList<QString> &raws, const QList<QString> &notes)
{
    QJsonObject out;
    for (int i = 0; i < form.items().size(); ++i) {
        if (raws[i].isEmpty() && notes[i].isEmpty())
            continue;
        out.insert(form.item(i).code, notes[i].isEmpty() ? QJsonValue(raws[i]) : QJsonValue(QJsonArray{raws[i], notes[i]}));
    }
    return out;
}

} // namespace

QString SubmissionImport::existsMessage(const ImportPreview &preview)
{
    return tr("%1: %2 has already a submission of %3 for %4. Replace it, or cancel.")
        .arg(preview.source().fileName, preview.target().agencyName, preview.form().key(), preview.target().period.label());
}

QString SubmissionImport::unknownCertificateMessage(const ImportPreview &preview)
{
    const SignatureOutcome &s = *preview.source().signature;
    return tr("%1: the package is signed with a certificate that is in no register of this store (\"%2\", fingerprint "
              "%3). Check the fingerprint with %4, then import it again trusting the certificate (pardesk-cli: "
              "--trust-new), or register the certificate first. Nothing was imported.")
        .arg(preview.source().fileName, s.signer->commonName, s.signer->fingerprint, preview.target().agencyName);
}

Result<ImportOutcome> SubmissionImport::apply(QSqlDatabase db, const ImportPreview &preview, Existing existing, Trust trust)
{
    const ImportTarget &target = preview.target();
    const FormDefinition &form = preview.form();
    std::optional<SignatureOutcome> signature = preview.source().signature;
    const bool trustsNew = signature && signature->state == SignatureOutcome::State::UnknownCertificate;
    if (trustsNew && trust != Trust::TrustNew)
        return Error{unknownCertificateMessage(preview)};
    Transaction tx(db);
    if (Status s = tx.began(); !s)
        return Error{s.error()};
    if (trustsNew) {
        const auto registered = CertificateRegister(db).insertForAgency(*signature->signer, target.agencyId, QStringLiteral("first_use"));
        if (!registered)
            return Error{preview.source().fileName + QStringLiteral(": ") + registered.error()};
        signature->state = SignatureOutcome::State::Trusted;
        signature->trustedBy = SignatureOutcome::TrustedBy::FirstUse;
    }
    const auto found = SubmissionLookup(db).find(form.id(), target.agencyId, target.period.key());
    if (!found)
        return Error{found.error()};
    if (found.value() && existing == Existing::Refuse)
        return Error{existsMessage(preview)};

    const auto failed = [&](const QSqlQuery &q) {
        return Error{tr("%1: the import could not be written (%2). Nothing was changed.")
                         .arg(preview.source().fileName, q.lastError().text())};
    };
    const QDateTime importedAt = QDateTime::currentDateTimeUtc();
    const QString now = importedAt.toString(Qt::ISODateWithMs);
    const QString submittedAt =
        preview.source().submittedAt ? preview.source().submittedAt->toUTC().toString(Qt::ISODateWithMs) : now;
    const QString receivedAt = signature ? signature->receivedAt(importedAt).toString(Qt::ISODateWithMs) : now;
    QSqlQuery q(db);
    ImportOutcome outcome;
    QJsonObject before;
    if (found.value()) {
        outcome.submissionId = *found.value();
        outcome.replaced = true;
        const auto stored = SubmissionLookup(db).cells(form, outcome.submissionId);
        const auto header = SubmissionLookup(db).header(outcome.submissionId);
        if (!stored || !header)
            return Error{stored ? header.error() : stored.error()};
        QList<QString> raws, notes;
        for (const StoredCell &c : stored.value()) {
            raws.append(c.raw);
            notes.append(c.note);
        }
        before = {{QStringLiteral("status"), header->status}, {QStringLiteral("values"), valuesJson(form, raws, notes)}};
        q.prepare(QStringLiteral("DELETE FROM submission_values WHERE submission_id = ?"));
        q.addBindValue(outcome.submissionId);
        if (!q.exec())
            return failed(q);
        q.prepare(QStringLiteral("UPDATE submissions SET status = ?, updated_at = ?, submitted_at = ?, received_at = ?, "
                                 "explanation = ?, src = NULL, document_id = NULL WHERE id = ?"));
        for (const QVariant &v : {QVariant(QString(status::Submitted)), QVariant(now), QVariant(submittedAt), QVariant(receivedAt),
                                  textOrNull(preview.source().explanation), QVariant(outcome.submissionId)})
            q.addBindValue(v);
        if (!q.exec())
            return failed(q);
    } else {
        q.prepare(QStringLiteral("INSERT INTO submissions(form_id, agency_id, period, status, created_at, updated_at, "
                                 "submitted_at, received_at, explanation) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const QVariant &v : {QVariant(form.id()), QVariant(target.agencyId), QVariant(target.period.key()),
                                  QVariant(QString(status::Submitted)), QVariant(now), QVariant(now), QVariant(submittedAt),
                                  QVariant(receivedAt),
                                  textOrNull(preview.source().explanation)})
            q.addBindValue(v);
        if (!q.exec())
            return failed(q);
        outcome.submissionId = q.lastInsertId().toLongLong();
    }

    q.prepare(QStringLiteral("INSERT INTO submission_values(submission_id, item_id, raw, value, note) VALUES (?, ?, ?, ?, ?)"));
    QList<QString> raws, notes;
    for (int i = 0; i < form.items().size(); ++i) {
        const ImportCell &cell = preview.cells()[i];
        raws.append(cell.raw);
        notes.append(cell.note);
        if (cell.raw.isEmpty() && cell.note.isEmpty() && !cell.value)
            continue;
        for (const QVariant &v : {QVariant(outcome.submissionId), QVariant(form.item(i).id), textOrNull(cell.raw),
                                  cell.value ? QVariant(*cell.value) : QVariant(QMetaType::fromType<double>()),
                                  textOrNull(cell.note)})
            q.addBindValue(v);
        if (!q.exec())
            return failed(q);
    }
    QJsonObject after{{QStringLiteral("file"), QFileInfo(preview.source().fileName).fileName()},
                            {QStringLiteral("form"), form.key()},
                            {QStringLiteral("agency"), target.agencyKey},
                            {QStringLiteral("period"), target.period.key()},
                            {QStringLiteral("status"), QString(status::Submitted)},
                            {QStringLiteral("submitted_at"), submittedAt},
                            {QStringLiteral("received_at"), receivedAt},
                            {QStringLiteral("values"), valuesJson(form, raws, notes)}};
    if (signature)
        after.insert(QStringLiteral("signature"), signature->toJson());
    outcome.signature = signature;
    outcome.receivedAt = receivedAt;
    const QString action = outcome.replaced ? QStringLiteral("import_replace") : QStringLiteral("import");
    if (Status s = AuditLog::record(db, QStringLiteral("submission"), outcome.submissionId, action, before, after); !s)
        return Error{s.error()};
    if (Status s = tx.commit(); !s)
        return Error{s.error()};
    return outcome;
}

} // namespace pardesk

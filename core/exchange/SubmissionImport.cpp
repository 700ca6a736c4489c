#include "exchange/SubmissionImport.h"

#include "signing/SignatureTrust.h"
#include "store/Store.h"
#include "store/Transaction.h"
#include "validation/SubmitRule.h"

#include <QFileInfo>
#include <QJsonObject>

namespace pardesk {

QString SubmissionImport::existsMessage(const ImportPreview &preview)
{
    return tr("%1: %2 has already a submission of %3 for %4. Replace it, or cancel.")
        .arg(preview.source().fileName, preview.target().agencyName, preview.form().key(), preview.target().period.label());
}

QString SubmissionImport::unknownCertificateMessage(const ImportPreview &preview)
{
    SignatureOutcome signature = *preview.source().signature;
    signature.agencyName = preview.target().agencyName;
    return signature.unknownCertificateMessage(preview.source().fileName);
}

Result<ImportOutcome> SubmissionImport::apply(const Store &store, const ImportPreview &preview, Existing existing, Trust trust,
                                              const QString &explanation)
{
    const QString explained = preview.source().explanation.trimmed().isEmpty() ? explanation.trimmed()
                                                                               : preview.source().explanation;
    if (Status s = SubmitRule::check(preview.errorCount(), explained); !s)
        return s.failure().withMessage(tr("%1: %2 Nothing was imported.").arg(preview.source().fileName, s.error()));
    const ImportTarget &target = preview.target();
    const FormDefinition &form = preview.form();
    std::optional<SignatureOutcome> signature = preview.source().signature;
    const bool trustsNew = signature && signature->state == SignatureOutcome::State::UnknownCertificate;
    if (trustsNew && trust != Trust::TrustNew)
        return Error{unknownCertificateMessage(preview)};
    Transaction tx(store);
    if (Status s = tx.began(); !s)
        return s.failure();
    if (trustsNew)
        if (Status s = SignatureTrust::trustOnFirstUse(store, target.agencyId, *signature, preview.source().fileName); !s)
            return s.failure();
    const auto found = store.submissions().find(form.id(), target.agencyId, target.period.key());
    if (!found)
        return found.failure();
    if (found.value() && existing == Existing::Refuse)
        return Error{existsMessage(preview)};

    const QDateTime importedAt = QDateTime::currentDateTimeUtc();
    const QString now = importedAt.toString(Qt::ISODateWithMs);
    ReceivedSubmission received;
    received.agencyId = target.agencyId;
    received.agencyKey = target.agencyKey;
    received.period = target.period.key();
    received.submittedAt =
        preview.source().submittedAt ? preview.source().submittedAt->toUTC().toString(Qt::ISODateWithMs) : now;
    received.receivedAt = signature ? signature->receivedAt(importedAt).toString(Qt::ISODateWithMs) : now;
    received.explanation = explained;
    for (const ImportCell &cell : preview.cells())
        received.cells.append({cell.present, cell.raw, cell.value, cell.note, {}});
    received.audit.insert(QStringLiteral("file"), QFileInfo(preview.source().fileName).fileName());
    if (signature)
        received.audit.insert(QStringLiteral("signature"), signature->toJson());

    const auto id = store.submissions().receive(form, received, found.value());
    if (!id)
        return id.failure().withMessage(tr("%1: the import could not be written (%2). Nothing was changed.")
                                            .arg(preview.source().fileName, id.error()));
    tx.touched(QStringLiteral("submissions"), id.value());
    if (Status s = tx.commit(); !s)
        return s.failure();
    ImportOutcome outcome;
    outcome.submissionId = id.value();
    outcome.replaced = found.value().has_value();
    outcome.signature = signature;
    outcome.receivedAt = received.receivedAt;
    return outcome;
}

} // namespace pardesk

#include "signing/SignatureOutcome.h"
#include "text/DateText.h"

namespace pardesk {

QDateTime SignatureOutcome::receivedAt(const QDateTime &importedAt) const
{
    if (state == State::Trusted && signedAt && *signedAt <= importedAt)
        return *signedAt;
    return importedAt;
}

QString SignatureOutcome::stateName() const
{
    switch (state) {
    case State::Trusted:
        return QStringLiteral("trusted");
    case State::UnknownCertificate:
        return QStringLiteral("unknown_certificate");
    case State::Unsigned:
        break;
    }
    return QStringLiteral("unsigned");
}

QString SignatureOutcome::trustedByName() const
{
    switch (trustedBy) {
    case TrustedBy::Register:
        return QStringLiteral("register");
    case TrustedBy::Authority:
        return QStringLiteral("authority");
    case TrustedBy::FirstUse:
        return QStringLiteral("first_use");
    case TrustedBy::Nobody:
        break;
    }
    return {};
}

QString SignatureOutcome::unknownCertificateMessage(const QString &fileName) const
{
    return tr("%1: the package is signed with a certificate that is in no register of this store (\"%2\", fingerprint "
              "%3). Check the fingerprint with %4, then import it again trusting the certificate (pardesk-cli: "
              "--trust-new), or register the certificate first. Nothing was imported.")
        .arg(fileName, signer ? signer->commonName : QString(), signer ? signer->fingerprint : QString(), agencyName);
}

QString SignatureOutcome::describe() const
{
    if (state == State::Unsigned)
        return tr("Warning: the package is not signed. Nothing shows that %1 sent it or that nobody changed it on "
                  "the way; it is imported because this store accepts unsigned packages.")
            .arg(agencyName);
    const QString who = tr("Signed by \"%1\" (certificate %2, valid %3 to %4)")
                            .arg(signer->commonName, signer->shortFingerprint(), dateText(signer->notBefore.date()),
                                 dateText(signer->notAfter.date()));
    const QString when = signedAt ? tr(" on %1 (UTC).").arg(dateTimeText(*signedAt)) : tr(", with no signing time.");
    switch (trustedBy) {
    case TrustedBy::Register:
        return who + when + u' ' + tr("The certificate is registered for %1.").arg(agencyName);
    case TrustedBy::Authority:
        return who + when + u' ' + tr("The certificate names %1 and was issued under the registered authority \"%2\".").arg(agencyName, authority);
    case TrustedBy::FirstUse:
        return who + when + u' ' + tr("The certificate was trusted for %1 at this import (first use).").arg(agencyName);
    case TrustedBy::Nobody:
        break;
    }
    return who + when + u' ' +
           tr("The signature is intact, but the certificate is in no register of this store. Check its fingerprint "
              "(%1) with %2 before trusting it for that agency.")
               .arg(signer->fingerprint, agencyName);
}

QJsonObject SignatureOutcome::toJson() const
{
    QJsonObject o{{QStringLiteral("state"), stateName()}};
    if (!trustedByName().isEmpty())
        o.insert(QStringLiteral("trusted_by"), trustedByName());
    if (signer) {
        o.insert(QStringLiteral("signer"), signer->subject);
        o.insert(QStringLiteral("fingerprint"), signer->fingerprint);
        o.insert(QStringLiteral("valid_from"), signer->notBefore.toString(Qt::ISODate));
        o.insert(QStringLiteral("valid_to"), signer->notAfter.toString(Qt::ISODate));
    }
    if (signedAt)
        o.insert(QStringLiteral("signed_at"), signedAt->toString(Qt::ISODate));
    if (!authority.isEmpty())
        o.insert(QStringLiteral("authority"), authority);
    o.insert(QStringLiteral("message"), describe());
    return o;
}

} // namespace pardesk

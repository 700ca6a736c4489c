#pragma once
// What the receiving office learnt from a package's signature, shown in the import preview (the
// app's dialog, pardesk-cli's JSON) and recorded in the audit log with the import.

#include "signing/Certificate.h"

#include <QJsonObject>
#include <optional>

namespace pardesk {

struct SignatureOutcome {
    Q_DECLARE_TR_FUNCTIONS(SignatureOutcome)
public:
    enum class State {
        Unsigned,           // accepted with a warning (PackagePolicy says so)
        Trusted,            // the signature is good and the certificate is the agency's
        UnknownCertificate, // good signature, certificate in no register: imported only when the official trusts it
    };
    enum class TrustedBy { Nobody, Register, Authority, FirstUse };

    State state = State::Unsigned;
    TrustedBy trustedBy = TrustedBy::Nobody;
    std::optional<Certificate> signer;
    std::optional<QDateTime> signedAt; // the signing-time attribute, UTC
    QString authority;                 // the subject of the authority that vouched (TrustedBy::Authority)
    QString agencyKey;
    QString agencyName;

    // The time the office counts the package as received: the signing time when the signature is
    // trusted and the time is not later than the import, otherwise the import itself. Never the
    // submitted_at that the package's content claims.
    QDateTime receivedAt(const QDateTime &importedAt) const;

    QString stateName() const;     // "unsigned", "trusted", "unknown_certificate"
    QString trustedByName() const; // "register", "authority", "first_use", "" (nobody)
    // One or two sentences for the preview, in the current language.
    QString describe() const;
    // For an UnknownCertificate imported without the official's trust: what to check, and how to
    // import it trusting the certificate. `fileName` names the package.
    QString unknownCertificateMessage(const QString &fileName) const;
    QJsonObject toJson() const;
};

} // namespace pardesk

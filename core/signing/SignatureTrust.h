#pragma once
// Whether a package's signature is the agency's, judged against the store's register
// (CertificateRegister) and its rule for unsigned packages (PackagePolicy).
//
// The certificate is the agency's when
//   - it is registered for that agency (added from a file, or trusted on first use), or
//   - a registered authority of the agency's province (or of every province) issued it, the path
//     verifies at the signing time, and its subject names the agency: the subject's UID is the
//     agency's key (e.g. UID=TQ.STC), or its CN is the agency's name or one of its aliases
//     (compared without regard to case and spacing).
// Whatever vouches for it, the certificate must have been valid at the signing time (or now, when
// the signature has no signing time).

#include "signing/CmsSignature.h"
#include "signing/SignatureOutcome.h"

#include <QStringList>

namespace pardesk {

class Store;

class SignatureTrust {
    Q_DECLARE_TR_FUNCTIONS(SignatureTrust)
public:
    // Refused with a message naming the file: a certificate of another agency, one that was not
    // valid at the signing time, or an unsigned package when the store refuses them. A good
    // signature by a certificate that nothing vouches for is UnknownCertificate: the official decides.
    static Result<SignatureOutcome> judge(const Store &store, qint64 agencyId, const std::optional<CmsCheck> &check,
                                          const QString &fileName);

    // Inside the caller's transaction: registers the certificate of an UnknownCertificate for the
    // agency (the official checked its fingerprint with it), and the outcome says it is trusted.
    static Status trustOnFirstUse(const Store &store, qint64 agencyId, SignatureOutcome &outcome, const QString &fileName);

    static bool namesAgency(const Certificate &certificate, const QString &agencyKey, const QStringList &names);
    // Whether `authority` issued `certificate` (through `intermediates`), every certificate valid at `at`.
    static bool issuedBy(const Certificate &certificate, const QList<Certificate> &intermediates,
                         const Certificate &authority, const QDateTime &at);
};

} // namespace pardesk

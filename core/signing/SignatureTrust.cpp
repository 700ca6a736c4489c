#include "signing/SignatureTrust.h"

#include "signing/OpenSsl.h"
#include "store/CertificateRegister.h"
#include "store/PackagePolicy.h"
#include "store/Store.h"
#include "text/DateText.h"

namespace pardesk {
namespace {

QString comparable(const QString &name)
{
    return name.normalized(QString::NormalizationForm_C).simplified().toCaseFolded();
}

QString day(const QDateTime &t)
{
    return dateTimeText(t);
}

} // namespace

bool SignatureTrust::namesAgency(const Certificate &certificate, const QString &agencyKey, const QStringList &names)
{
    if (!certificate.userId.isEmpty() && comparable(certificate.userId) == comparable(agencyKey))
        return true;
    const QString cn = comparable(certificate.commonName);
    return !cn.isEmpty() && std::any_of(names.cbegin(), names.cend(), [&](const QString &n) { return comparable(n) == cn; });
}

bool SignatureTrust::issuedBy(const Certificate &certificate, const QList<Certificate> &intermediates,
                              const Certificate &authority, const QDateTime &at)
{
    openssl::Owned<X509> leaf = openssl::toX509(certificate);
    openssl::Owned<X509> root = openssl::toX509(authority);
    openssl::Owned<X509_STORE> store(X509_STORE_new());
    openssl::Owned<STACK_OF(X509)> untrusted(sk_X509_new_null());
    openssl::Owned<X509_STORE_CTX> context(X509_STORE_CTX_new());
    if (!leaf || !root || !store || !untrusted || !context || X509_STORE_add_cert(store.get(), root.get()) != 1)
        return false;
    for (const Certificate &c : intermediates)
        if (openssl::Owned<X509> x = openssl::toX509(c); x && sk_X509_push(untrusted.get(), x.get()))
            x.release();
    if (X509_STORE_CTX_init(context.get(), store.get(), leaf.get(), untrusted.get()) != 1)
        return false;
    // The path is judged at the signing time: a certificate that has expired since still vouches
    // for what it signed while it was valid.
    X509_STORE_CTX_set_time(context.get(), 0, time_t(at.toSecsSinceEpoch()));
    const bool ok = X509_verify_cert(context.get()) == 1;
    openssl::lastError(); // a failed path leaves errors on the queue; they are not ours to report
    return ok;
}

Status SignatureTrust::trustOnFirstUse(const Store &store, qint64 agencyId, SignatureOutcome &outcome, const QString &fileName)
{
    const auto registered = store.certificates().insertForAgency(*outcome.signer, agencyId, QStringLiteral("first_use"));
    if (!registered)
        return registered.failure().withMessage(fileName + QStringLiteral(": ") + registered.error());
    outcome.state = SignatureOutcome::State::Trusted;
    outcome.trustedBy = SignatureOutcome::TrustedBy::FirstUse;
    return {};
}

Result<SignatureOutcome> SignatureTrust::judge(const Store &store, qint64 agencyId, const std::optional<CmsCheck> &check,
                                               const QString &fileName)
{
    const CertificateRegister register_ = store.certificates();
    const auto agency = register_.agency(agencyId);
    if (!agency)
        return agency.failure();
    SignatureOutcome outcome;
    outcome.agencyKey = agency->key;
    outcome.agencyName = agency->names.first();
    if (!check) {
        if (store.unsignedPackages() == PackagePolicy::Unsigned::Refuse)
            return Error{tr("%1: the package is not signed, and this store accepts only signed packages. Ask %2 to sign "
                            "it with its certificate. It was not imported.")
                             .arg(fileName, outcome.agencyName)};
        return outcome;
    }
    const Certificate &signer = check->signer;
    outcome.signer = signer;
    outcome.signedAt = check->signedAt;
    const QDateTime at = check->signedAt.value_or(QDateTime::currentDateTimeUtc());
    if (!signer.validAt(at))
        return Error{tr("%1: the package was signed on %2 with the certificate \"%3\", which was valid only from %4 to %5 "
                        "(expired or not yet valid when it signed). It was not imported.")
                         .arg(fileName, day(at), signer.commonName, day(signer.notBefore), day(signer.notAfter))};

    const auto registered = register_.find(signer.fingerprint);
    if (!registered)
        return registered.failure();
    if (registered.value() && registered.value()->kind == RegisteredCertificate::Kind::Agency) {
        const RegisteredCertificate &r = *registered.value();
        if (r.agencyId != agencyId)
            return Error{tr("%1: the package is for %2, but it was signed with the certificate of %3 (\"%4\"). It was "
                            "not imported.")
                             .arg(fileName, outcome.agencyName, r.agencyName, signer.commonName)};
        outcome.state = SignatureOutcome::State::Trusted;
        outcome.trustedBy = SignatureOutcome::TrustedBy::Register;
        return outcome;
    }

    const auto authorities = register_.authorities(agency->province);
    if (!authorities)
        return authorities.failure();
    for (const RegisteredCertificate &a : authorities.value()) {
        if (!issuedBy(signer, check->others, a.certificate, at))
            continue;
        if (!namesAgency(signer, agency->key, agency->names))
            return Error{tr("%1: the package is for %2, but its certificate, issued by \"%3\", names \"%4\" (UID "
                            "\"%5\"), not that agency. It was not imported.")
                             .arg(fileName, outcome.agencyName, a.certificate.commonName, signer.commonName, signer.userId)};
        outcome.state = SignatureOutcome::State::Trusted;
        outcome.trustedBy = SignatureOutcome::TrustedBy::Authority;
        outcome.authority = a.certificate.subject;
        return outcome;
    }
    // Nothing vouches for it, but a certificate that names another agency's key is never the
    // agency's: no official should be asked to trust it.
    if (!signer.userId.isEmpty() && !namesAgency(signer, agency->key, {}))
        return Error{tr("%1: the package is for %2, but its certificate names the agency \"%3\" (UID). It was not "
                        "imported.")
                         .arg(fileName, outcome.agencyName, signer.userId)};
    outcome.state = SignatureOutcome::State::UnknownCertificate;
    return outcome;
}

} // namespace pardesk

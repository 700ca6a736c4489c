#include "signing/CmsSignature.h"

#include "signing/OpenSsl.h"

namespace pardesk {
namespace {

std::optional<QDateTime> signingTime(CMS_SignerInfo *signer)
{
    const int index = CMS_signed_get_attr_by_NID(signer, NID_pkcs9_signingTime, -1);
    if (index < 0)
        return std::nullopt;
    const ASN1_TYPE *value = X509_ATTRIBUTE_get0_type(CMS_signed_get_attr(signer, index), 0);
    if (!value || (value->type != V_ASN1_UTCTIME && value->type != V_ASN1_GENERALIZEDTIME))
        return std::nullopt;
    const QDateTime time = openssl::toDateTime(value->value.utctime);
    return time.isValid() ? std::optional<QDateTime>(time) : std::nullopt;
}

} // namespace

Result<CmsCheck> CmsSignature::verify(const QByteArray &cmsDer, const QByteArray &content, const QString &where)
{
    if (cmsDer.isEmpty() || cmsDer.size() > kMaxBytes)
        return Error{tr("%1: the signature is empty or larger than any signature (%2 bytes).").arg(where).arg(cmsDer.size())};
    openssl::Owned<BIO> in = openssl::readBio(cmsDer);
    openssl::Owned<CMS_ContentInfo> cms(d2i_CMS_bio(in.get(), nullptr));
    if (!cms || OBJ_obj2nid(CMS_get0_type(cms.get())) != NID_pkcs7_signed)
        return Error{tr("%1: the signature is damaged (not a CMS signed-data structure: %2).").arg(where, openssl::lastError())};
    STACK_OF(CMS_SignerInfo) *signers = CMS_get0_SignerInfos(cms.get());
    if (!signers || sk_CMS_SignerInfo_num(signers) != 1)
        return Error{tr("%1: the signature must have exactly one signer.").arg(where)};
    if (!CMS_is_detached(cms.get()))
        return Error{tr("%1: the signature carries content of its own; ParDesk signs the package's content only.").arg(where)};

    openssl::Owned<BIO> data = openssl::readBio(content);
    // CMS_verify copies a memory BIO's content into a BIO of its own, which OpenSSL 3.0 does not free
    // when the signature names a digest it cannot set up (found by fuzz_package). Read through a
    // buffering filter, the content is not a memory BIO and CMS_verify uses ours as it is.
    openssl::Owned<BIO> buffered(BIO_new(BIO_f_buffer()));
    if (!buffered)
        return Error{tr("%1: the signature cannot be checked (%2).").arg(where, openssl::lastError())};
    BIO_push(buffered.get(), data.get());
    // Only the mathematics here: the certificate's path and validity are judged by SignatureTrust,
    // at the signing time rather than now.
    const int verified = CMS_verify(cms.get(), nullptr, nullptr, buffered.get(), nullptr, CMS_NO_SIGNER_CERT_VERIFY | CMS_BINARY);
    BIO_pop(buffered.get()); // each BIO is freed by its own owner
    if (verified != 1) {
        const QString detail = openssl::lastError();
        return Error{tr("%1: the signature does not match the package's content: the package was changed after it "
                        "was signed, or the signature belongs to another package (%2).")
                         .arg(where, detail)};
    }
    STACK_OF(X509) *signerCerts = CMS_get0_signers(cms.get());
    if (!signerCerts || sk_X509_num(signerCerts) != 1) {
        sk_X509_free(signerCerts);
        return Error{tr("%1: the signature does not carry the signer's certificate.").arg(where)};
    }
    CmsCheck check;
    X509 *signer = sk_X509_value(signerCerts, 0);
    check.signer = openssl::fromX509(signer);
    sk_X509_free(signerCerts); // the certificates themselves belong to the CMS structure
    openssl::Owned<STACK_OF(X509)> all(CMS_get1_certs(cms.get()));
    for (int i = 0; all && i < sk_X509_num(all.get()); ++i)
        if (X509_cmp(sk_X509_value(all.get(), i), signer) != 0)
            check.others.append(openssl::fromX509(sk_X509_value(all.get(), i)));
    check.signedAt = signingTime(sk_CMS_SignerInfo_value(signers, 0));
    return check;
}

} // namespace pardesk

#pragma once
// Internal to core/signing: owning pointers for libcrypto's objects, and the conversions between
// them and ParDesk's types. Nothing outside core/signing includes OpenSSL headers.

#include "signing/Certificate.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <memory>
#include <openssl/bio.h>
#include <openssl/cms.h>
#include <openssl/evp.h>
#include <openssl/x509.h>

namespace pardesk::openssl {

struct Free {
    void operator()(BIO *p) const { BIO_free(p); }
    void operator()(X509 *p) const { X509_free(p); }
    void operator()(EVP_PKEY *p) const { EVP_PKEY_free(p); }
    void operator()(CMS_ContentInfo *p) const { CMS_ContentInfo_free(p); }
    void operator()(X509_STORE *p) const { X509_STORE_free(p); }
    void operator()(X509_STORE_CTX *p) const { X509_STORE_CTX_free(p); }
    void operator()(STACK_OF(X509) *p) const { sk_X509_pop_free(p, X509_free); }
};
template <typename T>
using Owned = std::unique_ptr<T, Free>;

// A read-only memory BIO over `bytes`, which must outlive it.
Owned<BIO> readBio(const QByteArray &bytes);
QByteArray bioBytes(BIO *bio);

// The first error on libcrypto's queue, for a message (and the queue emptied).
QString lastError();

QDateTime toDateTime(const ASN1_TIME *time);
Owned<X509> toX509(const Certificate &certificate);
Certificate fromX509(X509 *x509);

// A detached CMS signature (DER) over `content`: the signer's certificate and `chain` included, the
// signing time and the content digest as signed attributes.
Result<QByteArray> signDetached(X509 *certificate, EVP_PKEY *key, STACK_OF(X509) *chain, const QByteArray &content);

} // namespace pardesk::openssl

#include "signing/OpenSsl.h"

#include <QCryptographicHash>
#include <openssl/asn1.h>
#include <openssl/err.h>
#include <openssl/x509v3.h>

namespace pardesk::openssl {
namespace {

QString nameText(const X509_NAME *name)
{
    Owned<BIO> bio(BIO_new(BIO_s_mem()));
    // RFC 2253 without escaping UTF-8: Vietnamese names stay readable.
    X509_NAME_print_ex(bio.get(), name, 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB);
    return QString::fromUtf8(bioBytes(bio.get()));
}

QString entryText(const X509_NAME *name, int nid)
{
    const int index = X509_NAME_get_index_by_NID(name, nid, -1);
    if (index < 0)
        return {};
    unsigned char *utf8 = nullptr;
    const int length = ASN1_STRING_to_UTF8(&utf8, X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, index)));
    if (length < 0)
        return {};
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(utf8), length);
    OPENSSL_free(utf8);
    return text;
}

} // namespace

Owned<BIO> readBio(const QByteArray &bytes)
{
    return Owned<BIO>(BIO_new_mem_buf(bytes.constData(), int(bytes.size())));
}

QByteArray bioBytes(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, qsizetype(size));
}

QString lastError()
{
    const unsigned long code = ERR_peek_last_error();
    ERR_clear_error();
    if (code == 0)
        return QStringLiteral("unknown error");
    char text[256];
    ERR_error_string_n(code, text, sizeof text);
    return QString::fromLatin1(text);
}

QDateTime toDateTime(const ASN1_TIME *time)
{
    struct tm t = {};
    if (!time || ASN1_TIME_to_tm(time, &t) != 1)
        return {};
    return QDateTime(QDate(t.tm_year + 1900, t.tm_mon + 1, t.tm_mday), QTime(t.tm_hour, t.tm_min, t.tm_sec), Qt::UTC);
}

Owned<X509> toX509(const Certificate &certificate)
{
    const auto *data = reinterpret_cast<const unsigned char *>(certificate.der.constData());
    return Owned<X509>(d2i_X509(nullptr, &data, long(certificate.der.size())));
}

Certificate fromX509(X509 *x509)
{
    Certificate c;
    unsigned char *der = nullptr;
    const int length = i2d_X509(x509, &der);
    if (length > 0) {
        c.der = QByteArray(reinterpret_cast<const char *>(der), length);
        OPENSSL_free(der);
    }
    c.fingerprint = QString::fromLatin1(QCryptographicHash::hash(c.der, QCryptographicHash::Sha256).toHex());
    c.subject = nameText(X509_get_subject_name(x509));
    c.issuer = nameText(X509_get_issuer_name(x509));
    c.commonName = entryText(X509_get_subject_name(x509), NID_commonName);
    c.userId = entryText(X509_get_subject_name(x509), NID_userId);
    if (BIGNUM *serial = ASN1_INTEGER_to_BN(X509_get0_serialNumber(x509), nullptr)) {
        char *hex = BN_bn2hex(serial);
        c.serial = QString::fromLatin1(hex).toLower();
        OPENSSL_free(hex);
        BN_free(serial);
    }
    c.notBefore = toDateTime(X509_get0_notBefore(x509));
    c.notAfter = toDateTime(X509_get0_notAfter(x509));
    c.isAuthority = X509_check_ca(x509) > 0;
    return c;
}

Result<QByteArray> signDetached(X509 *certificate, EVP_PKEY *key, STACK_OF(X509) *chain, const QByteArray &content)
{
    Owned<BIO> in = readBio(content);
    // CMS_BINARY: the bytes are signed as they are, no MIME canonicalisation of line ends.
    // The signing time is added by CMS_sign as a signed attribute.
    Owned<CMS_ContentInfo> cms(CMS_sign(certificate, key, chain, in.get(), CMS_DETACHED | CMS_BINARY));
    if (!cms)
        return Error{QCoreApplication::translate("PackageSigner", "The package could not be signed (%1).").arg(lastError())};
    Owned<BIO> out(BIO_new(BIO_s_mem()));
    if (i2d_CMS_bio(out.get(), cms.get()) != 1)
        return Error{QCoreApplication::translate("PackageSigner", "The package could not be signed (%1).").arg(lastError())};
    return bioBytes(out.get());
}

} // namespace pardesk::openssl

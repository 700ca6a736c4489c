#include "signing/Pkcs12Signer.h"

#include "signing/OpenSsl.h"

#include <QFile>
#include <QFileInfo>
#include <openssl/pkcs12.h>

namespace pardesk {

struct Pkcs12Signer::Keys {
    openssl::Owned<X509> certificate;
    openssl::Owned<EVP_PKEY> key;
    openssl::Owned<STACK_OF(X509)> chain;
};

Pkcs12Signer::Pkcs12Signer(std::unique_ptr<Keys> keys, Certificate certificate)
    : m_keys(std::move(keys)), m_certificate(std::move(certificate))
{
}

Pkcs12Signer::~Pkcs12Signer() = default;

Result<std::unique_ptr<Pkcs12Signer>> Pkcs12Signer::open(const QString &path, const QString &password)
{
    if (!QFileInfo(path).isFile())
        return Error{tr("%1: not a PKCS#12 file (.p12, .pfx).").arg(path)};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("%1: the file cannot be read (%2).").arg(path, file.errorString())};
    constexpr qint64 kMaxBytes = 1 << 20; // a key and a few certificates
    const QByteArray bytes = file.read(kMaxBytes + 1);
    if (bytes.size() > kMaxBytes)
        return Error{tr("%1: the file is larger than any PKCS#12 file.").arg(path)};
    return fromBytes(bytes, password, path);
}

Result<std::unique_ptr<Pkcs12Signer>> Pkcs12Signer::fromBytes(const QByteArray &bytes, const QString &password,
                                                              const QString &where)
{
    auto bio = openssl::readBio(bytes);
    PKCS12 *p12 = d2i_PKCS12_bio(bio.get(), nullptr);
    if (!p12)
        return Error{tr("%1: not a PKCS#12 file (%2).").arg(where, openssl::lastError())};
    const QByteArray pass = password.toUtf8();
    const char *secret = pass.constData();
    // A file without a password may be sealed with an empty one or with none: OpenSSL tells them apart.
    if (PKCS12_verify_mac(p12, secret, int(pass.size())) != 1 && !(pass.isEmpty() && PKCS12_verify_mac(p12, secret = nullptr, 0) == 1)) {
        PKCS12_free(p12);
        openssl::lastError();
        return Error{tr("%1: the password is wrong.").arg(where)};
    }
    EVP_PKEY *key = nullptr;
    X509 *certificate = nullptr;
    STACK_OF(X509) *chain = nullptr;
    const int parsed = PKCS12_parse(p12, secret, &key, &certificate, &chain);
    PKCS12_free(p12);
    auto keys = std::make_unique<Keys>();
    keys->key.reset(key);
    keys->certificate.reset(certificate);
    keys->chain.reset(chain);
    if (parsed != 1)
        return Error{tr("%1: the file cannot be opened (%2).").arg(where, openssl::lastError())};
    if (!key || !certificate)
        return Error{tr("%1: the file holds no private key with its certificate.").arg(where)};
    if (X509_check_private_key(certificate, key) != 1)
        return Error{tr("%1: the private key does not belong to the certificate.").arg(where)};
    Certificate info = openssl::fromX509(certificate);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!info.validAt(now))
        return Error{tr("%1: the certificate \"%2\" is valid from %3 to %4, not now; a package signed with it would be "
                        "refused.")
                         .arg(where, info.commonName, info.notBefore.toString(Qt::ISODate), info.notAfter.toString(Qt::ISODate))};
    return std::unique_ptr<Pkcs12Signer>(new Pkcs12Signer(std::move(keys), std::move(info)));
}

Result<QByteArray> Pkcs12Signer::sign(const QByteArray &content) const
{
    return openssl::signDetached(m_keys->certificate.get(), m_keys->key.get(), m_keys->chain.get(), content);
}

} // namespace pardesk

#include "signing/Certificate.h"

#include "signing/OpenSsl.h"

#include <QFile>
#include <QFileInfo>
#include <openssl/pem.h>

namespace pardesk {
namespace {

// A certificate file is a few kilobytes; a chain file a few more.
constexpr qint64 kMaxCertificateBytes = 1 << 20;

} // namespace

QString Certificate::shortFingerprint() const
{
    QStringList pairs;
    for (int i = 0; i + 1 < fingerprint.size() && pairs.size() < 8; i += 2)
        pairs.append(fingerprint.mid(i, 2));
    return pairs.join(u':');
}

Result<Certificate> Certificate::fromBytes(const QByteArray &bytes, const QString &where)
{
    openssl::Owned<X509> x509;
    if (bytes.contains("-----BEGIN CERTIFICATE-----")) {
        auto bio = openssl::readBio(bytes);
        x509.reset(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
    } else {
        const auto *data = reinterpret_cast<const unsigned char *>(bytes.constData());
        x509.reset(d2i_X509(nullptr, &data, long(bytes.size())));
    }
    if (!x509)
        return Error{tr("%1: not an X.509 certificate (PEM or DER) (%2).").arg(where, openssl::lastError())};
    Certificate certificate = openssl::fromX509(x509.get());
    if (!certificate.notBefore.isValid() || !certificate.notAfter.isValid())
        return Error{tr("%1: the certificate's validity dates cannot be read.").arg(where)};
    return certificate;
}

Result<Certificate> Certificate::fromFile(const QString &path)
{
    if (!QFileInfo(path).isFile())
        return Error{tr("%1: not a certificate file (.pem, .crt, .cer or .der).").arg(path)};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("%1: the file cannot be read (%2).").arg(path, file.errorString())};
    const QByteArray bytes = file.read(kMaxCertificateBytes + 1);
    if (bytes.size() > kMaxCertificateBytes)
        return Error{tr("%1: the file is larger than any certificate.").arg(path)};
    return fromBytes(bytes, path);
}

} // namespace pardesk

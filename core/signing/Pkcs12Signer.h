#pragma once
// A signer whose certificate and private key are in a PKCS#12 file (.p12, .pfx), opened with its
// password; the certificates of the issuer in the file travel with each signature.

#include "signing/PackageSigner.h"

#include <memory>

namespace pardesk {

class Pkcs12Signer : public PackageSigner {
    Q_DECLARE_TR_FUNCTIONS(Pkcs12Signer)
public:
    // Refused with a message naming the file: not a PKCS#12 file, a wrong password, no key or no
    // certificate in it, a certificate that has expired or is not yet valid.
    static Result<std::unique_ptr<Pkcs12Signer>> open(const QString &path, const QString &password);
    static Result<std::unique_ptr<Pkcs12Signer>> fromBytes(const QByteArray &bytes, const QString &password, const QString &where);
    ~Pkcs12Signer() override;

    const Certificate &certificate() const override { return m_certificate; }
    Result<QByteArray> sign(const QByteArray &content) const override;

private:
    struct Keys;
    Pkcs12Signer(std::unique_ptr<Keys> keys, Certificate certificate);
    std::unique_ptr<Keys> m_keys;
    Certificate m_certificate;
};

} // namespace pardesk

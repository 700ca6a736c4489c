#pragma once
// Who signs a submission package: a certificate and its private key. Today the key is read from a
// PKCS#12 file (Pkcs12Signer); a PKCS#11 USB token, as Vietnamese CAs issue them, would be another
// implementation of this interface (the key stays on the token, which makes the signature).

#include "signing/Certificate.h"

namespace pardesk {

class PackageSigner {
public:
    virtual ~PackageSigner() = default;
    virtual const Certificate &certificate() const = 0;
    // A CMS detached signature (DER) over `content`, carrying the certificate (and its chain) and
    // the signing time.
    virtual Result<QByteArray> sign(const QByteArray &content) const = 0;
};

} // namespace pardesk

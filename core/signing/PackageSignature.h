#pragma once
// The signature as a package carries it, beside the digest:
//   "signature": {"type": "cms-detached", "cms": "<base64 DER>"}
// a CMS detached signature over exactly the bytes the SHA-256 digest is taken of (the content as
// compact JSON with sorted keys). A package without the member is unsigned.

#include "signing/CmsSignature.h"
#include "signing/PackageSigner.h"

#include <QJsonObject>

namespace pardesk {

class PackageSignature {
    Q_DECLARE_TR_FUNCTIONS(PackageSignature)
public:
    static QByteArray signedBytes(const QJsonObject &content);
    // The member to put under "signature".
    static Result<QJsonObject> make(const PackageSigner &signer, const QJsonObject &content);
    // The package's signature checked against its content; nullopt when the package is unsigned.
    // A member that is there but damaged, or that does not match the content, is refused.
    static Result<std::optional<CmsCheck>> read(const QJsonObject &package, const QJsonObject &content,
                                                const QString &fileName);
};

} // namespace pardesk

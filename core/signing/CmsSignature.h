#pragma once
// A CMS (PKCS#7) detached signature over some bytes, checked for what the bytes alone can prove:
// that the key of the certificate inside signed exactly these bytes. Whose certificate it is, and
// whether to believe it, is SignatureTrust's question.

#include "signing/Certificate.h"

#include <QList>
#include <optional>

namespace pardesk {

struct CmsCheck {
    Certificate signer;
    QList<Certificate> others; // the other certificates carried (the issuer's chain), to build a path with
    std::optional<QDateTime> signedAt; // the signing-time attribute (the signer's clock), UTC
};

class CmsSignature {
    Q_DECLARE_TR_FUNCTIONS(CmsSignature)
public:
    // The DER of a detached signature with exactly one signer whose certificate it carries.
    // Refused, naming `where`: bytes that are not CMS, several signers or none, no certificate, or a
    // signature that does not match `content` (the content was changed after it was signed).
    static Result<CmsCheck> verify(const QByteArray &cmsDer, const QByteArray &content, const QString &where);

    // Caps what is parsed: a signature with a certificate chain is a few kilobytes.
    static constexpr qsizetype kMaxBytes = 256 * 1024;
};

} // namespace pardesk

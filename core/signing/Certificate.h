#pragma once
// One X.509 certificate as ParDesk keeps and shows it: its DER bytes and the facts that are
// compared (fingerprint, validity, the names that say whose it is).

#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace pardesk {

struct Certificate {
    Q_DECLARE_TR_FUNCTIONS(Certificate)
public:
    QByteArray der;
    QString fingerprint; // SHA-256 of the DER bytes, lower-case hex: what the register is keyed by
    QString subject;     // RFC 2253, UTF-8
    QString issuer;
    QString commonName; // the subject's CN
    QString userId;     // the subject's UID (0.9.2342.19200300.100.1.1), where an agency's key may stand
    QString serial;     // hex
    QDateTime notBefore; // UTC
    QDateTime notAfter;
    bool isAuthority = false; // basicConstraints CA:TRUE

    bool validAt(const QDateTime &time) const { return notBefore <= time && time <= notAfter; }
    // "ab:cd:…" of the first 8 bytes: enough to read aloud on the telephone to the agency.
    QString shortFingerprint() const;

    // PEM ("-----BEGIN CERTIFICATE-----", the first one) or DER; `where` names the file in messages.
    static Result<Certificate> fromBytes(const QByteArray &bytes, const QString &where);
    static Result<Certificate> fromFile(const QString &path);
};

} // namespace pardesk

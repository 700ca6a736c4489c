#pragma once
// Certificates and keys made for a test by the openssl command (not by ParDesk's code), in a
// folder of the test's own: certificate authorities, agencies' certificates issued by them or
// self-signed, with chosen validity dates, PKCS#12 files, and detached CMS signatures.

#include "TestSupport.h"

#include <QHash>
#include <QString>

namespace pardesk::test {

class TestPki {
public:
    explicit TestPki(const QString &dir);

    // A self-signed certificate authority (CA:TRUE), valid 2020–2040.
    bool makeAuthority(const QString &name, const QString &subject);
    // An agency's key (EC P-256) and certificate, issued by the authority `issuer` or, when empty,
    // self-signed. `start` and `end` as YYYYMMDDHHMMSSZ; by default valid from 2024 to 2040.
    bool makeCertificate(const QString &name, const QString &subject, const QString &issuer = {},
                         const QString &start = QStringLiteral("20240101000000Z"),
                         const QString &end = QStringLiteral("20400101000000Z"));
    // name.p12 with the key, the certificate and its issuer's, under `password`.
    QString pkcs12(const QString &name, const QString &password);
    // `openssl cms -sign`: a detached DER signature of `content` by the certificate `name`.
    QByteArray signDetached(const QString &name, const QByteArray &content);

    QString certificate(const QString &name) const; // name.pem
    QString key(const QString &name) const;         // name.key
    const QString &lastError() const { return m_error; }

private:
    bool openssl(const QStringList &arguments);
    QString m_dir;
    QString m_error;
    QHash<QString, QString> m_issuer;
};

} // namespace pardesk::test

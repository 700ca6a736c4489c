#pragma once
// The receiving office's register of certificates (table certificates): each agency's own
// certificates, and the certificate authorities (a province's CA) under which any certificate that
// names an agency is accepted. Every change is audited (entity "certificate").

#include "signing/Certificate.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>
#include <optional>

namespace pardesk {

struct RegisteredCertificate {
    enum class Kind { Agency, Authority };
    qint64 id = 0;
    Kind kind = Kind::Agency;
    Certificate certificate;
    qint64 agencyId = 0; // an agency's certificate
    QString agencyKey;
    QString agencyName;
    QString province; // an authority's province; empty: every province
    QString how;      // "file" (added by an official) or "first_use" (trusted at an import, confirmed)
    QString addedAt;
    QString addedBy;
};

// What a certificate may be matched against: the agency's key, its name and its aliases.
struct AgencyNames {
    qint64 id = 0;
    QString key;
    QString province;
    QStringList names;
};

class CertificateRegister {
    Q_DECLARE_TR_FUNCTIONS(CertificateRegister)
public:
    explicit CertificateRegister(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<QList<RegisteredCertificate>> all() const;
    Result<std::optional<RegisteredCertificate>> find(const QString &fingerprint) const;
    // The authorities that vouch for the province's agencies (their own and those for every province).
    Result<QList<RegisteredCertificate>> authorities(const QString &province) const;
    Result<AgencyNames> agency(const QString &key) const;
    Result<AgencyNames> agency(qint64 id) const;

    // Each in its own transaction. A certificate already registered is refused, naming whose it is.
    Result<qint64> addForAgency(const Certificate &certificate, const QString &agencyKey);
    // Refused unless the certificate is an authority's (basicConstraints CA:TRUE).
    Result<qint64> addAuthority(const Certificate &certificate, const QString &province);
    // By fingerprint, or the first characters of one (at least 8) when they name one certificate.
    Result<RegisteredCertificate> remove(const QString &fingerprint);

    // Inside the caller's transaction: an import that the official confirmed trusts the agency's
    // certificate on first use, in the same commit as the submission.
    Result<qint64> insertForAgency(const Certificate &certificate, qint64 agencyId, const QString &how);

private:
    Result<qint64> insert(const Certificate &certificate, RegisteredCertificate::Kind kind, qint64 agencyId,
                          const QString &province, const QString &how);
    Result<QList<RegisteredCertificate>> select(const QString &where, const QVariantList &values) const;

    QSqlDatabase m_db;
};

} // namespace pardesk

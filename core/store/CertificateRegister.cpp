#include "store/CertificateRegister.h"

#include "store/AuditLog.h"
#include "store/Statement.h"
#include "store/Transaction.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace pardesk {
namespace {

const QString kColumns = QStringLiteral(
    "SELECT c.id, c.kind, c.der, c.agency_id, a.key, a.name, c.province, c.how, c.added_at, c.added_by "
    "FROM certificates c LEFT JOIN agencies a ON a.id = c.agency_id ");

QJsonObject auditJson(const RegisteredCertificate &r)
{
    QJsonObject o{{QStringLiteral("fingerprint"), r.certificate.fingerprint},
                  {QStringLiteral("subject"), r.certificate.subject},
                  {QStringLiteral("issuer"), r.certificate.issuer},
                  {QStringLiteral("not_before"), r.certificate.notBefore.toString(Qt::ISODate)},
                  {QStringLiteral("not_after"), r.certificate.notAfter.toString(Qt::ISODate)},
                  {QStringLiteral("kind"), r.kind == RegisteredCertificate::Kind::Agency ? QStringLiteral("agency")
                                                                                         : QStringLiteral("authority")},
                  {QStringLiteral("how"), r.how}};
    if (!r.agencyKey.isEmpty())
        o.insert(QStringLiteral("agency"), r.agencyKey);
    if (!r.province.isEmpty())
        o.insert(QStringLiteral("province"), r.province);
    return o;
}

QString whose(const RegisteredCertificate &r)
{
    return r.kind == RegisteredCertificate::Kind::Agency
               ? CertificateRegister::tr("the agency %1 (%2)").arg(r.agencyName, r.agencyKey)
               : CertificateRegister::tr("a certificate authority");
}

} // namespace

Result<QList<RegisteredCertificate>> CertificateRegister::select(const QString &where, const QVariantList &values) const
{
    Statement q(m_db, kColumns + where + QStringLiteral(" ORDER BY c.kind DESC, a.key, c.id"));
    for (const QVariant &v : values)
        q.bind(v);
    if (Status s = q.exec(); !s)
        return q.failure(tr("The register of certificates cannot be read"));
    QList<RegisteredCertificate> out;
    while (q.next()) {
        RegisteredCertificate r;
        r.id = q.value(0).toLongLong();
        r.kind = q.value(1).toString() == u"authority" ? RegisteredCertificate::Kind::Authority : RegisteredCertificate::Kind::Agency;
        const auto certificate = Certificate::fromBytes(q.value(2).toByteArray(), tr("certificate %1 of the register").arg(r.id));
        if (!certificate)
            return certificate.failure();
        r.certificate = certificate.value();
        r.agencyId = q.value(3).toLongLong();
        r.agencyKey = q.value(4).toString();
        r.agencyName = q.value(5).toString();
        r.province = q.value(6).toString();
        r.how = q.value(7).toString();
        r.addedAt = q.value(8).toString();
        r.addedBy = q.value(9).toString();
        out.append(r);
    }
    return out;
}

Result<QList<RegisteredCertificate>> CertificateRegister::all() const
{
    return select({}, {});
}

Result<std::optional<RegisteredCertificate>> CertificateRegister::find(const QString &fingerprint) const
{
    const auto found = select(QStringLiteral("WHERE c.fingerprint = ?"), {fingerprint});
    if (!found)
        return found.failure();
    return found->isEmpty() ? std::optional<RegisteredCertificate>() : std::optional(found->first());
}

Result<QList<RegisteredCertificate>> CertificateRegister::authorities(const QString &province) const
{
    return select(QStringLiteral("WHERE c.kind = 'authority' AND (c.province IS NULL OR c.province = ?)"), {province});
}

Result<AgencyNames> CertificateRegister::agency(const QString &key) const
{
    const auto id = Statement(m_db, QStringLiteral("SELECT id FROM agencies WHERE key = ?")).bind(key).first();
    if (!id)
        return id.failure();
    if (!id.value())
        return Error{tr("The agency \"%1\" is not in this store.").arg(key)};
    return agency(id.value()->toLongLong());
}

Result<AgencyNames> CertificateRegister::agency(qint64 id) const
{
    Statement q(m_db, QStringLiteral("SELECT key, province, name FROM agencies WHERE id = ?"));
    if (Status s = q.bind(id).exec(); !s)
        return s.failure();
    if (!q.next())
        return Error{tr("The agency %1 is not in this store.").arg(id)};
    AgencyNames names{id, q.value(0).toString(), q.value(1).toString(), {q.value(2).toString()}};
    Statement aliases(m_db, QStringLiteral("SELECT alias FROM agency_aliases WHERE agency_id = ? ORDER BY alias"));
    if (Status s = aliases.bind(id).exec(); !s)
        return aliases.failure(tr("The names of the agency %1 cannot be read").arg(names.key));
    while (aliases.next())
        names.names.append(aliases.value(0).toString());
    return names;
}

Result<qint64> CertificateRegister::insert(const Certificate &certificate, RegisteredCertificate::Kind kind,
                                           qint64 agencyId, const QString &province, const QString &how)
{
    const auto existing = find(certificate.fingerprint);
    if (!existing)
        return existing.failure();
    if (existing.value())
        return Error{tr("The certificate \"%1\" (%2) is already registered, for %3.")
                         .arg(certificate.commonName, certificate.shortFingerprint(), whose(*existing.value()))};
    const bool agencyKind = kind == RegisteredCertificate::Kind::Agency;
    Statement q(m_db, QStringLiteral("INSERT INTO certificates(fingerprint, kind, agency_id, province, subject, issuer, "
                                     "serial, not_before, not_after, der, how, added_at, added_by) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v :
         {QVariant(certificate.fingerprint), QVariant(agencyKind ? QStringLiteral("agency") : QStringLiteral("authority")),
          agencyKind ? QVariant(agencyId) : QVariant(QMetaType::fromType<qint64>()),
          province.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(province), QVariant(certificate.subject),
          QVariant(certificate.issuer), QVariant(certificate.serial), QVariant(certificate.notBefore.toString(Qt::ISODate)),
          QVariant(certificate.notAfter.toString(Qt::ISODate)), QVariant(certificate.der), QVariant(how),
          QVariant(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)), QVariant(AuditLog::currentUser())})
        q.bind(v);
    if (Status s = q.exec(); !s)
        return q.failure(tr("The certificate could not be registered"));
    const qint64 id = q.lastInsertId();
    const auto added = select(QStringLiteral("WHERE c.id = ?"), {id});
    if (!added || added->isEmpty())
        return added ? Error{tr("The certificate could not be registered.")} : added.failure();
    const QString action = how == u"first_use" ? QStringLiteral("trust_first_use") : QStringLiteral("add");
    if (Status s = AuditLog(m_db).record(QStringLiteral("certificate"), id, action, {}, auditJson(added->first())); !s)
        return s.failure();
    return id;
}

Result<qint64> CertificateRegister::insertForAgency(const Certificate &certificate, qint64 agencyId, const QString &how)
{
    return insert(certificate, RegisteredCertificate::Kind::Agency, agencyId, {}, how);
}

Result<qint64> CertificateRegister::addForAgency(const Certificate &certificate, const QString &agencyKey)
{
    const auto names = agency(agencyKey);
    if (!names)
        return names.failure();
    Transaction tx(m_db);
    if (Status s = tx.began(); !s)
        return s.failure();
    const auto id = insert(certificate, RegisteredCertificate::Kind::Agency, names->id, {}, QStringLiteral("file"));
    if (!id)
        return id;
    if (Status s = tx.commit(); !s)
        return s.failure();
    return id;
}

Result<qint64> CertificateRegister::addAuthority(const Certificate &certificate, const QString &province)
{
    if (!certificate.isAuthority)
        return Error{tr("The certificate \"%1\" is not a certificate authority's (its basic constraints do not say "
                        "CA:TRUE); register an agency's certificate with its agency instead.")
                         .arg(certificate.commonName)};
    if (!province.isEmpty()) {
        const auto known = Statement(m_db, QStringLiteral("SELECT 1 FROM provinces WHERE code = ?")).bind(province).first();
        if (!known)
            return known.failure();
        if (!known.value())
            return Error{tr("The province \"%1\" is not in this store.").arg(province)};
    }
    Transaction tx(m_db);
    if (Status s = tx.began(); !s)
        return s.failure();
    const auto id = insert(certificate, RegisteredCertificate::Kind::Authority, 0, province, QStringLiteral("file"));
    if (!id)
        return id;
    if (Status s = tx.commit(); !s)
        return s.failure();
    return id;
}

Result<RegisteredCertificate> CertificateRegister::remove(const QString &fingerprint)
{
    const QString prefix = fingerprint.trimmed().toLower().remove(u':');
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]+$"));
    if (prefix.size() < 8 || !hex.match(prefix).hasMatch())
        return Error{tr("Give at least the first 8 characters of the certificate's fingerprint (see certificates list).")};
    Transaction tx(m_db);
    if (Status s = tx.began(); !s)
        return s.failure();
    const auto found = select(QStringLiteral("WHERE c.fingerprint LIKE ? || '%'"), {prefix});
    if (!found)
        return found.failure();
    if (found->size() != 1)
        return Error{found->isEmpty() ? tr("No registered certificate has the fingerprint %1.").arg(prefix)
                                      : tr("%1 registered certificates begin with %2; give more of the fingerprint.")
                                            .arg(found->size())
                                            .arg(prefix)};
    const RegisteredCertificate removed = found->first();
    Statement q(m_db, QStringLiteral("DELETE FROM certificates WHERE id = ?"));
    if (Status s = q.bind(removed.id).execChanged(); !s)
        return s.failure();
    if (Status s = AuditLog(m_db).record(QStringLiteral("certificate"), removed.id, QStringLiteral("remove"), auditJson(removed), {}); !s)
        return s.failure();
    if (Status s = tx.commit(); !s)
        return s.failure();
    return removed;
}

} // namespace pardesk

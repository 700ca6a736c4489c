#include "store/PackagePolicy.h"

#include "store/AuditLog.h"
#include "store/Transaction.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace pardesk {
namespace {

const QString kKey = QStringLiteral("unsigned_packages");

} // namespace

QString PackagePolicy::name(Unsigned policy)
{
    return policy == Unsigned::Refuse ? QStringLiteral("refuse") : QStringLiteral("warn");
}

std::optional<PackagePolicy::Unsigned> PackagePolicy::fromName(const QString &name)
{
    for (const Unsigned policy : {Unsigned::Warn, Unsigned::Refuse})
        if (PackagePolicy::name(policy) == name)
            return policy;
    return std::nullopt;
}

PackagePolicy::Unsigned PackagePolicy::unsignedPackages(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT value FROM store_info WHERE key = ?"));
    q.addBindValue(kKey);
    if (!q.exec() || !q.next())
        return kDefaultUnsigned;
    return fromName(q.value(0).toString()).value_or(kDefaultUnsigned);
}

Status PackagePolicy::setUnsignedPackages(const QSqlDatabase &db, Unsigned policy)
{
    const Unsigned before = unsignedPackages(db);
    Transaction tx(db);
    if (Status s = tx.began(); !s)
        return s;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO store_info(key, value) VALUES (?, ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(kKey);
    q.addBindValue(name(policy));
    if (!q.exec())
        return Error{tr("The rule for unsigned packages could not be saved: %1").arg(q.lastError().text())};
    if (Status s = AuditLog(db).record(QStringLiteral("store_info"), 0, QStringLiteral("update"),
                                    {{kKey, name(before)}}, {{kKey, name(policy)}});
        !s)
        return s;
    return tx.commit();
}

} // namespace pardesk

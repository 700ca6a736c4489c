#include "store/PackagePolicy.h"

#include "store/AuditLog.h"
#include "store/Statement.h"
#include "store/Transaction.h"

#include <QJsonObject>

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
    const auto stored = Statement(db, QStringLiteral("SELECT value FROM store_info WHERE key = ?")).bind(kKey).first();
    // A rule that cannot be read is not taken for the lenient default: unsigned packages are refused
    // until it can (fail closed), and their import says so.
    if (!stored)
        return Unsigned::Refuse;
    return stored.value() ? fromName(stored.value()->toString()).value_or(kDefaultUnsigned) : kDefaultUnsigned;
}

Status PackagePolicy::setUnsignedPackages(const QSqlDatabase &db, Unsigned policy)
{
    const Unsigned before = unsignedPackages(db);
    Transaction tx(db);
    if (Status s = tx.began(); !s)
        return s;
    Statement q(db, QStringLiteral("INSERT INTO store_info(key, value) VALUES (?, ?) "
                                   "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    if (Status s = q.bind({kKey, name(policy)}).exec(); !s)
        return q.failure(tr("The rule for unsigned packages could not be saved"));
    if (Status s = AuditLog(db).record(QStringLiteral("store_info"), 0, QStringLiteral("update"),
                                    {{kKey, name(before)}}, {{kKey, name(policy)}});
        !s)
        return s;
    return tx.commit();
}

} // namespace pardesk

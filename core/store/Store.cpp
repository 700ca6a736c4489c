#include "store/Store.h"

#include "store/Statement.h"
#include "store/StoreInfo.h"

namespace pardesk {

Result<std::unique_ptr<Store>> Store::open(const QString &path, const Database::Options &options)
{
    auto database = Database::open(path, options);
    if (!database)
        return database.failure();
    auto store = std::make_unique<Store>(std::move(database).value());
    if (store->isServer()) {
        // Unreadable (a store made before its roles): the server still enforces whatever it has.
        if (const auto login = store->serverLogins().current())
            store->m_rights = StoreRights::of(login.value());
    }
    return store;
}

bool Store::isSynthetic() const
{
    return StoreInfo::isSynthetic(connection());
}

Result<QList<std::pair<QString, int>>> Store::rowCounts() const
{
    QList<std::pair<QString, int>> out;
    for (const QString &table : {QStringLiteral("documents"), QStringLiteral("targets"), QStringLiteral("tasks"),
                                 QStringLiteral("forms"), QStringLiteral("submissions"), QStringLiteral("scores"),
                                 QStringLiteral("agencies")}) {
        const auto count = Statement(connection(), QStringLiteral("SELECT count(*) FROM ") + table).scalar();
        if (!count)
            return count.failure();
        out.append({table, count->toInt()});
    }
    return out;
}

} // namespace pardesk

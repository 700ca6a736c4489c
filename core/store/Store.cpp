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
    const Result<bool> synthetic = StoreInfo::isSynthetic(connection());
    if (synthetic)
        return synthetic.value();
    // Unreadable, it is taken for "not synthetic", and only logged. Safe, and the better of the two
    // wrong answers: synthetic stores are made by `pardesk-cli generate` for tests and demonstrations,
    // the stores in daily use are real, and "not real figures" stamped on a real office's banner,
    // printout or export would discredit real figures. store_info is readable by every login that
    // can read anything (Migrations grants SELECT on every table), so it is unreadable only when the
    // store is (connection lost, file unreadable, busy past the timeout), and the reads of the figures
    // the notice would go with fail too, and say so. The callers (the window's banner, the welcome
    // page, charts, printouts, exports) ask in passing, with no place for an error.
    qWarning("ParDesk: whether the store holds synthetic data could not be read: %s", qPrintable(synthetic.error()));
    return false;
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

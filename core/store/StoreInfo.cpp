#include "store/StoreInfo.h"
#include "store/Statement.h"

namespace pardesk {
namespace {

// The value of the key; an empty text when the store has none (a store that is not synthetic has
// no row), an error when store_info cannot be read.
Result<QString> valueOf(const QSqlDatabase &db, const QString &key)
{
    const auto value = Statement(db, QStringLiteral("SELECT value FROM store_info WHERE key = ?")).bind(key).first();
    if (!value)
        return value.failure();
    return value.value() ? value.value()->toString() : QString();
}

} // namespace

Result<bool> StoreInfo::isSynthetic(const QSqlDatabase &db)
{
    const Result<QString> value = valueOf(db, QStringLiteral("synthetic"));
    if (!value)
        return value.failure();
    return value.value() == u"1";
}

Result<QString> StoreInfo::syntheticDescription(const QSqlDatabase &db)
{
    return valueOf(db, QStringLiteral("synthetic_description"));
}

Status StoreInfo::markSynthetic(const QSqlDatabase &db, const QString &description)
{
    // Through Statement, which both engines read (Qt's own prepare failed here on the server).
    const Status marked = Statement(db, QStringLiteral("INSERT INTO store_info(key, value) VALUES ('synthetic', '1'), ('synthetic_description', ?) "
                                                       "ON CONFLICT (key) DO UPDATE SET value = excluded.value"))
                              .bind(description)
                              .exec();
    if (!marked)
        return marked.failure().withMessage(tr("Could not mark the store as synthetic: %1").arg(marked.error()));
    return {};
}

QString StoreInfo::syntheticNotice()
{
    return tr("SYNTHETIC DATA: generated for tests and demonstrations, not real figures.");
}

} // namespace pardesk

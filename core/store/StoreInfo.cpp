#include "store/StoreInfo.h"
#include "store/Statement.h"

#include <QSqlError>
#include <QSqlQuery>

namespace pardesk {
namespace {

QString valueOf(const QSqlDatabase &db, const QString &key)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT value FROM store_info WHERE key = ?"));
    q.addBindValue(key);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

} // namespace

bool StoreInfo::isSynthetic(const QSqlDatabase &db)
{
    return valueOf(db, QStringLiteral("synthetic")) == u"1";
}

QString StoreInfo::syntheticDescription(const QSqlDatabase &db)
{
    return valueOf(db, QStringLiteral("synthetic_description"));
}

Status StoreInfo::markSynthetic(const QSqlDatabase &db, const QString &description)
{
    // Through Statement, which both engines read (Qt's own QSqlQuery::prepare failed here on the server).
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

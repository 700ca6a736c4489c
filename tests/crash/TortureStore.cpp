#include "TortureStore.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

namespace pardesk::test {

TortureState readTortureStore(const QString &path, const QString &period)
{
    TortureState state;
    const QString name = QStringLiteral("torture-check");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        state.opened = db.open();
        QSqlQuery q(db);
        if (state.opened && q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next())
            state.integrity = q.value(0).toString();
        q.prepare(QStringLiteral("SELECT id FROM submissions WHERE period = ? AND created_at IS NOT NULL ORDER BY id LIMIT 1"));
        q.addBindValue(period);
        if (q.exec() && q.next())
            state.submission = q.value(0).toLongLong();
        q.prepare(QStringLiteral("SELECT count(*), count(DISTINCT value), coalesce(max(value), 0) FROM submission_values "
                                 "WHERE submission_id = ?"));
        q.addBindValue(state.submission);
        if (q.exec() && q.next()) {
            state.values = q.value(0).toInt();
            state.distinct = q.value(1).toInt();
            state.step = q.value(2).toInt();
        }
        q.prepare(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'submission' AND entity_id = ?"));
        q.addBindValue(state.submission);
        if (q.exec() && q.next())
            state.auditRows = q.value(0).toInt();
    }
    QSqlDatabase::removeDatabase(name);
    return state;
}

} // namespace pardesk::test

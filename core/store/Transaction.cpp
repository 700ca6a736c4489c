// The transaction mechanism itself: BEGIN (IMMEDIATE), COMMIT, ROLLBACK, SAVEPOINT and RELEASE, and
// pg_notify at commit. It runs these with QSqlQuery, not Statement, the only file of core/store but
// Statement's own to do so (tests/checks/sql-confined.sh, mode runner): a begin that fails is kept to
// be told by began() (busy or not), a failed rollback in the destructor has nobody to report to, and
// a failed commit says when the disk is full. Every other statement, here too (lockRow), is a Statement.
#include "store/Transaction.h"
#include "store/Statement.h"

#include "store/SqlDialect.h"
#include "store/SqliteHandle.h"
#include "store/Store.h"
#include "store/StoreEvents.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <sqlite3.h>

namespace pardesk {
namespace {

// PostgreSQL's connection gives no "inside a transaction?" through Qt: the open transactions of each
// connection are counted here instead (every transaction of the store is one of these objects).
QMutex depthMutex;
QHash<QString, int> depthOf;

int changeDepth(const QString &connection, int by)
{
    QMutexLocker lock(&depthMutex);
    int &depth = depthOf[connection];
    depth += by;
    const int now = depth;
    if (now <= 0)
        depthOf.remove(connection);
    return now;
}

} // namespace

Transaction::Transaction(const Store &store) : Transaction(store.database().connection()) {}

Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db))
{
    // Inside another transaction (a write that checks first, then calls a repository that opens its
    // own): a savepoint, committed or rolled back with the outer one, which alone is announced.
    const bool postgres = engineOf(m_db) == Engine::Postgres;
    if (postgres) {
        m_nested = changeDepth(m_db.connectionName(), 0) > 0;
    } else {
        sqlite3 *handle = sqliteHandle(m_db);
        m_nested = handle && sqlite3_get_autocommit(handle) == 0;
    }
    QSqlQuery q(m_db);
    // PostgreSQL has no BEGIN IMMEDIATE: rows are locked as they are written, and the writers that
    // must run alone (migrations, the dataset) take an advisory lock (Database::lockForSetup).
    const QString begin = postgres ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE");
    m_active = q.exec(m_nested ? QStringLiteral("SAVEPOINT pardesk_nested") : begin);
    if (m_active && postgres) {
        changeDepth(m_db.connectionName(), 1);
        m_counted = true;
    }
    if (!m_active) {
        m_beginError = q.lastError().text();
        m_busy = isBusyError(q.lastError());
    }
}

Transaction::~Transaction()
{
    if (m_active) {
        // Nothing to report to: a failed rollback leaves SQLite to roll back when the connection
        // closes, and the caller has already returned its error.
        QSqlQuery q(m_db);
        const bool undone = m_nested ? q.exec(QStringLiteral("ROLLBACK TO pardesk_nested"))
                                           && q.exec(QStringLiteral("RELEASE pardesk_nested"))
                                     : q.exec(QStringLiteral("ROLLBACK"));
        if (!undone)
            qWarning("ParDesk: the rollback failed: %s", qPrintable(q.lastError().text()));
    }
    if (m_counted)
        changeDepth(m_db.connectionName(), -1);
}

Status Transaction::began() const
{
    if (m_active)
        return {};
    return Error{QCoreApplication::translate("Transaction", "The transaction could not start: %1").arg(m_beginError), m_busy};
}

Status Transaction::lockRow(const QSqlDatabase &db, const QString &table, qint64 id)
{
    if (engineOf(db) != Engine::Postgres)
        return {};
    return Statement(db, QStringLiteral("SELECT id FROM %1 WHERE id = ? FOR UPDATE").arg(table)).bind(id).exec();
}

Status Transaction::commit()
{
    if (!m_active)
        return began();
    // Once a write of a table did not say which rows, the change covers the whole table.
    for (const QString &table : std::as_const(m_wholeTables))
        m_touched[table].clear();
    // On a server, the other clients hear of the change from the server, once it is committed (a
    // rolled-back transaction sends nothing): StoreEvents listens on the channel.
    if (!m_nested && engineOf(m_db) == Engine::Postgres) {
        // Through Statement, so that a refusal or a busy server keeps its kind.
        Statement notify(m_db, QStringLiteral("SELECT pg_notify(?, ?)"));
        if (Status s = notify.bind({QString(StoreEvents::kChannel), StoreEvents::encode(StoreChange{m_touched})}).exec(); !s)
            return s.failure().withMessage(
                QCoreApplication::translate("Transaction", "The changes could not be saved: %1").arg(notify.errorText()));
    }
    QSqlQuery q(m_db);
    if (!q.exec(m_nested ? QStringLiteral("RELEASE pardesk_nested") : QStringLiteral("COMMIT"))) {
        QString message = QCoreApplication::translate("Transaction", "The changes could not be saved: %1").arg(q.lastError().text());
        if (isDiskFullError(q.lastError()))
            message += u' ' + QCoreApplication::translate("Transaction", "The disk is full or the file may not grow; "
                                                                          "free some space and try again. Nothing was changed.");
        return Error{message, isBusyError(q.lastError())};
    }
    m_active = false;
    if (m_counted) {
        changeDepth(m_db.connectionName(), -1);
        m_counted = false;
    }
    if (m_nested)
        return {}; // written when the outer transaction commits, and announced then
    StoreEvents::committed(m_db, StoreChange{m_touched});
    return {};
}

void Transaction::touched(const QString &table, qint64 id)
{
    touched(table, QList<qint64>{id});
}

void Transaction::touched(const QString &table, const QList<qint64> &ids)
{
    if (ids.isEmpty())
        m_wholeTables.insert(table);
    m_touched[table] << ids;
}

} // namespace pardesk

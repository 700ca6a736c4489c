#pragma once
// A write transaction that rolls back unless committed: every write to the store goes through one,
// and each commit is announced (StoreEvents), with what the writer said it changed. Opened inside
// another, it is a savepoint of it; only the outer commit writes and is announced.

#include "util/Result.h"

#include <QSqlDatabase>
#include <QMap>
#include <QSet>
#include <QString>

namespace pardesk {

class Store;

class Transaction {
public:
    // On SQLite, BEGIN IMMEDIATE takes the write lock at once, so a second writer waits (busy timeout)
    // at the start instead of failing half-way through.
    explicit Transaction(QSqlDatabase db);
    explicit Transaction(const Store &store);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    const QString &beginError() const { return m_beginError; }
    // The transaction could not begin because another connection held the write lock past the
    // busy timeout (not a damaged or read-only store): worth trying again.
    bool wasBusy() const { return m_busy; }
    // Whether the transaction began; when not (the store is busy or locked), a message for the user.
    // Nothing may be written then: it would be written outside the transaction.
    Status began() const;
    // Inside a transaction on `db`, before a write that checks what it replaces (a status, a cell someone may have changed, a
    // record's stamp): holds the row of `table` with that `id` until the transaction ends, so that
    // another writer of it waits here and then checks afresh, after this one. SQLite needs nothing:
    // BEGIN IMMEDIATE already lets one writer in at a time. PostgreSQL lets writers run side by side,
    // and under its READ COMMITTED two approvers would both approve one report
    // (tst_server_concurrency): SELECT … FOR UPDATE. A row the login may not change (row-level
    // security) is not held; the write's own check or policy then refuses it.
    static Status lockRow(const QSqlDatabase &db, const QString &table, qint64 id);
    Status lockRow(const QString &table, qint64 id) const { return began() ? lockRow(m_db, table, id) : began(); }
    // After a successful commit, StoreEvents::changed() carries these; untold, "anything".
    // `ids` empty: rows of that table, which ones not said.
    void touched(const QString &table, qint64 id);
    void touched(const QString &table, const QList<qint64> &ids = {});
    Status commit();

private:
    QSqlDatabase m_db;
    bool m_active = false;
    QString m_beginError;
    bool m_busy = false;
    bool m_nested = false; // a savepoint inside another transaction
    bool m_counted = false; // PostgreSQL: counted in its connection's depth until it ends
    QMap<QString, QList<qint64>> m_touched;
    QSet<QString> m_wholeTables;
};

} // namespace pardesk

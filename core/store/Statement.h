#pragma once
// One SQL statement, checked: the only way core/store runs SQL. Every failure (prepare, exec) becomes
// an Error naming the statement, retryable when SQLite reported the store busy or locked, refused
// when the server refused it for the login's rights (ServerRefusal).

#include "util/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QVariant>
#include <initializer_list>
#include <optional>

namespace pardesk {

class Statement {
    Q_DECLARE_TR_FUNCTIONS(Statement)
public:
    // Prepares the statement; a statement that does not prepare reports it at exec().
    Statement(const QSqlDatabase &db, const QString &sql);

    // Rows one at a time, not all held at once, for a read as large as a table (StoreCopy, the
    // aggregation's reads in FormValueRepository). On PostgreSQL nothing else may run on the
    // connection until the rows are read: it would discard them.
    Statement &streamRows()
    {
        m_query.setForwardOnly(true);
        return *this;
    }

    // Positional values for the statement's `?`, in order.
    Statement &bind(const QVariant &value);
    Statement &bind(std::initializer_list<QVariant> values);

    // Runs the statement (again, with the values bound since the last run).
    Status exec();
    // Runs an UPDATE or DELETE that must change a row. None changed is a failure: on a server the
    // login's row policies hid the row, which is told as the refusal it is (ServerRefusal);
    // otherwise the row is gone.
    Status execChanged();
    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    // The id the last INSERT gave its new row (SQLite's rowid; on PostgreSQL the RETURNING id that
    // the statement was given for a table of tablesWithGeneratedId()).
    qint64 lastInsertId() const;
    int rowsAffected() const { return m_query.numRowsAffected(); }
    // After an INSERT … ON CONFLICT DO NOTHING into a table with a generated id: whether a row was
    // inserted (on PostgreSQL the RETURNING id gave one; rowsAffected() does not count those rows).
    bool insertedARow() const { return m_postgres && m_returnsId ? m_returnedId != 0 : rowsAffected() > 0; }

    // Runs it and reads the first column of the first row: an error when it fails or gives no row.
    Result<QVariant> scalar();
    // As scalar(), but no row is nullopt rather than an error.
    Result<std::optional<QVariant>> first();
    // Runs it and maps every row.
    template <typename T, typename Map>
    Result<QList<T>> list(Map map)
    {
        if (Status s = exec(); !s)
            return s.failure();
        QList<T> out;
        while (m_query.next())
            out.append(map(*this));
        return out;
    }

    // The Error for the last failure, for a caller that words it for the user: "<prefix>: <why>".
    Error failure(const QString &prefix) const;
    // SQLite's own words for the last failure.
    QString errorText() const;

    // A statement without values, run once and checked (PRAGMA, BEGIN, a migration step).
    static Status run(const QSqlDatabase &db, const QString &sql);

    // The rows' column names, for a reader of `SELECT *` (RowSnapshot).
    QSqlRecord record() const { return m_query.record(); }

private:
    QString describe() const;
    Error lastFailure() const;

    QSqlQuery m_query;
    QSqlDatabase m_database; // whose login a refusal names
    QString m_sql;
    bool m_postgres = false;
    QString m_text;              // PostgreSQL: the statement as it runs, prepared on the server once bound
    QVariantList m_pending;      // PostgreSQL: values bound since the last run
    bool m_preparedOnServer = false;
    bool m_returnsId = false; // "RETURNING id" added (PostgreSQL)
    qint64 m_returnedId = 0;
    bool m_prepared = false;
    QString m_prepareError;
    bool m_prepareBusy = false;
};

} // namespace pardesk

#pragma once
// What differs between the two engines a store lives on, in one place: SQLite (a file) and
// PostgreSQL (a server, issue 14). Repositories write SQL that both read; what cannot be written
// once (column types, insertion order, how the id of a new row comes back) is asked of the dialect.

#include <QSet>
#include <QSqlDatabase>
#include <QString>

namespace pardesk {

enum class Engine { Sqlite, Postgres };

// The engine behind an open (or configured) connection, from its Qt driver.
Engine engineOf(const QSqlDatabase &db);

// A schema statement of Migrations.cpp (written for SQLite) as `engine` reads it: on PostgreSQL
// 64-bit integers (SQLite's INTEGER), ids the server hands out (INTEGER PRIMARY KEY), DOUBLE
// PRECISION for REAL and BYTEA for BLOB.
QString schemaStatement(Engine engine, const QString &sql);

// The tables whose `id` the engine hands out (INTEGER PRIMARY KEY in the schema): an INSERT into
// one of them gets "RETURNING id" on PostgreSQL, which has no last-insert-id.
const QSet<QString> &tablesWithGeneratedId();

// An expression to ORDER BY for "in the order the rows were written": SQLite's rowid; on PostgreSQL
// the row's physical place (ctid), which keeps the order of a table written once and not updated
// since (provinces, themes, form options: the bundled dataset's order).
QString insertionOrder(const QSqlDatabase &db);

} // namespace pardesk

#pragma once
// SQLite's own connection behind a Qt SQL connection, for what Qt SQL does not offer (the online
// backup API, extended error codes).

#include <QSqlDatabase>

struct sqlite3;

namespace pardesk {

// Null when the connection is not open or not SQLite.
sqlite3 *sqliteHandle(const QSqlDatabase &db);

// Whether the last failure on the connection was another connection holding the lock
// (SQLITE_BUSY or SQLITE_LOCKED after the busy timeout; on PostgreSQL a serialization failure,
// a deadlock or a lock not available).
bool isBusyError(const QSqlError &error);

// Whether the last failure was the disk refusing more data (SQLITE_FULL, or an I/O error as a file
// size limit or a full disk gives it).
bool isDiskFullError(const QSqlError &error);

} // namespace pardesk

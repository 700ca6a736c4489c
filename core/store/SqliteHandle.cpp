#include "store/SqliteHandle.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>
#include <sqlite3.h>

namespace pardesk {

// Qt's SQLite driver hands out its connection as a QVariant holding a sqlite3*.
sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    if (!db.isOpen() || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

namespace {

// Qt's PostgreSQL driver gives the SQLSTATE (five characters, "40001"); SQLite's codes have at most four digits.
bool isSqlState(const QSqlError &error)
{
    return error.nativeErrorCode().size() == 5;
}

// Qt's driver gives SQLite's result code as the native code; the low byte is the primary code.
int primaryCode(const QSqlError &error)
{
    if (isSqlState(error))
        return -1;
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? code & 0xff : -1;
}

} // namespace

bool isBusyError(const QSqlError &error)
{
    // PostgreSQL: a serialization failure, a deadlock, a lock not available, too many connections.
    if (isSqlState(error))
        return QStringList{QStringLiteral("40001"), QStringLiteral("40P01"), QStringLiteral("55P03"), QStringLiteral("53300")}
            .contains(error.nativeErrorCode());
    const int code = primaryCode(error);
    return code == SQLITE_BUSY || code == SQLITE_LOCKED;
}

bool isDiskFullError(const QSqlError &error)
{
    if (isSqlState(error))
        return error.nativeErrorCode() == u"53100"; // disk_full
    const int code = primaryCode(error);
    return code == SQLITE_FULL || code == SQLITE_IOERR;
}

} // namespace pardesk

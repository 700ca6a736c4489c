#include "store/Backup.h"
#include "store/SqlDialect.h"

#include "store/DurableRename.h"
#include "store/Migrations.h"
#include "store/SqliteHandle.h"
#include "store/Store.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>
#include <sqlite3.h>
#ifndef Q_OS_WIN
#include <unistd.h>
#endif

namespace pardesk {
namespace {

QString lastError(sqlite3 *db)
{
    return QString::fromUtf8(sqlite3_errmsg(db));
}

// Runs one statement on the copy and returns its first text value ("" when there is none).
Result<QString> firstValue(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) != SQLITE_OK)
        return Error{lastError(db)};
    QString value;
    const int rc = sqlite3_step(statement);
    if (rc == SQLITE_ROW)
        value = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
    sqlite3_finalize(statement);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return Error{lastError(db)};
    return value;
}

// Copies every page; a writer committing meanwhile makes SQLite start over, so a busy source is
// retried for a while rather than failing at once.
Status copyPages(sqlite3 *source, sqlite3 *target)
{
    sqlite3_backup *backup = sqlite3_backup_init(target, "main", source, "main");
    if (!backup)
        return Error{lastError(target)};
    int rc = SQLITE_OK;
    for (int attempt = 0; attempt < 100; ++attempt) {
        rc = sqlite3_backup_step(backup, -1);
        if (rc != SQLITE_BUSY && rc != SQLITE_LOCKED)
            break;
        sqlite3_sleep(50);
    }
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE)
        return Error{QString::fromUtf8(sqlite3_errstr(rc))};
    return {};
}

// The copy stands alone: its own rollback journal, and checked before it replaces anything.
Status finishCopy(sqlite3 *target)
{
    const auto mode = firstValue(target, "PRAGMA journal_mode = DELETE");
    if (!mode)
        return mode.failure();
    const auto check = firstValue(target, "PRAGMA quick_check");
    if (!check)
        return check.failure();
    if (check.value() != u"ok")
        return Error{check.value()};
    return {};
}

Status writeCopy(sqlite3 *source, const QString &path)
{
    sqlite3 *target = nullptr;
    const QByteArray name = path.toUtf8(); // SQLite takes UTF-8 names on every system
    if (sqlite3_open_v2(name.constData(), &target, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK) {
        const QString error = target ? lastError(target) : QString();
        sqlite3_close(target);
        return Error{error};
    }
    Status status = copyPages(source, target);
    if (status)
        status = finishCopy(target);
    sqlite3_close(target);
    return status;
}

} // namespace

namespace {

// A second name for the file (a hard link: nothing is copied), or a copy where links are not made.
bool keepAside(const QString &path, const QString &kept)
{
#ifndef Q_OS_WIN
    if (::link(QFile::encodeName(path).constData(), QFile::encodeName(kept).constData()) == 0)
        return true;
#endif
    return QFile::copy(path, kept);
}

} // namespace

bool Backup::isParDeskStore(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray header = file.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (header.size() < 72 || !header.startsWith(magic))
        return false;
    // The application id: a big-endian 32-bit number at offset 68 of the header.
    const auto byte = [&](int i) { return quint32(quint8(header[i])); };
    return qint32(byte(68) << 24 | byte(69) << 16 | byte(70) << 8 | byte(71)) == kApplicationId;
}

Status Backup::copyFile(const QString &sourcePath, const QString &targetPath, QString *keptAs)
{
    sqlite3 *source = nullptr;
    const QByteArray name = sourcePath.toUtf8(); // SQLite takes UTF-8 names on every system
    if (sqlite3_open_v2(name.constData(), &source, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        const QString why = source ? lastError(source) : QString();
        sqlite3_close(source);
        return Error{tr("The backup %1 could not be written: %2")
                         .arg(QDir::toNativeSeparators(QFileInfo(targetPath).absoluteFilePath()), why)};
    }
    sqlite3_busy_timeout(source, 5000);
    Status status = copyFrom(source, sourcePath, targetPath, keptAs);
    sqlite3_close(source);
    return status;
}

Status Backup::copy(const Store &source, const QString &targetPath, QString *keptAs)
{
    return copy(source.database().connection(), targetPath, keptAs);
}

Status Backup::copy(const QSqlDatabase &source, const QString &targetPath, QString *keptAs)
{
    // SQLite's online backup copies a file; a server's store is backed up by the server's own tools.
    if (engineOf(source) == Engine::Postgres)
        return Error{tr("The store is on a PostgreSQL server: back it up there with pg_dump (see docs/server.md), or "
                        "make an offline copy in a file with pardesk-cli copy --from SERVER --to FILE.sqlite.")};
    // A store opened read-only is named by a URI ("file:/path?mode=ro"): the file is its path.
    const QString name = source.databaseName();
    const QString sourcePath = name.startsWith(QLatin1String("file:")) ? QUrl(name).toLocalFile() : name;
#ifdef Q_OS_WIN
    // Qt's SQLite plugin for Windows usually carries its own copy of SQLite, not the library
    // ParDesk links: its connection must not be handed to ours. A connection of our own to the same
    // file reads the same committed pages (docs/windows.md).
    if (source.isOpen())
        return copyFile(sourcePath, targetPath, keptAs);
#endif
    sqlite3 *handle = sqliteHandle(source);
    if (!handle)
        return Error{tr("The backup %1 could not be written: %2")
                         .arg(QDir::toNativeSeparators(QFileInfo(targetPath).absoluteFilePath()), tr("the database is not open."))};
    return copyFrom(handle, sourcePath, targetPath, keptAs);
}

Status Backup::copyFrom(sqlite3 *handle, const QString &sourcePath, const QString &targetPath, QString *keptAs)
{
    if (keptAs)
        keptAs->clear();
    const QString target = QFileInfo(targetPath).absoluteFilePath();
    auto refuse = [&](const QString &why) {
        return Error{tr("The backup %1 could not be written: %2").arg(QDir::toNativeSeparators(target), why)};
    };
    if (targetPath.trimmed().isEmpty())
        return Error{tr("No backup file was given.")};
    if (QFileInfo(target) == QFileInfo(sourcePath))
        return refuse(tr("it is the open database itself."));
    const QFileInfo folder(QFileInfo(target).absolutePath());
    if (!folder.isDir())
        return refuse(tr("the folder %1 does not exist.").arg(QDir::toNativeSeparators(folder.filePath())));
    if (QFileInfo(target).isDir())
        return refuse(tr("it is a folder, not a file."));

    // Written beside the target first, so a failed backup never destroys an older one.
    const QString partial = target + QStringLiteral(".part");
    QFile::remove(partial);
    if (Status s = writeCopy(handle, partial); !s) {
        QFile::remove(partial);
        return refuse(s.error());
    }
    // Another store in the way is kept under a new name (a second link to it: nothing is copied).
    if (QFileInfo(target).isFile() && isParDeskStore(target)) {
        const QFileInfo info(target);
        const QString kept = info.absoluteDir().filePath(
            QStringLiteral("%1-replaced-%2.sqlite")
                .arg(info.completeBaseName(), QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
        if (!keepAside(target, kept)) {
            QFile::remove(partial);
            return refuse(tr("the ParDesk store already there could not be kept as %1.").arg(QDir::toNativeSeparators(kept)));
        }
        if (keptAs)
            *keptAs = kept;
    }
    // One step: the older backup of that name stays whole until the new one replaces it.
    if (QString why; !durableRename(partial, target, &why)) {
        QFile::remove(partial);
        return refuse(tr("the copy cannot be moved into place (%1).").arg(why));
    }
    return {};
}

} // namespace pardesk

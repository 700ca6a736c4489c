#include "store/Restore.h"

#include "store/Backup.h"
#include "store/DurableRename.h"
#include "store/Migrations.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>
#include <sqlite3.h>

namespace pardesk {
namespace {

// The first column of the statement's rows, each as text.
QStringList column(sqlite3 *db, const char *sql)
{
    QStringList out;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) != SQLITE_OK)
        return {QString::fromUtf8(sqlite3_errmsg(db))};
    while (sqlite3_step(statement) == SQLITE_ROW)
        out.append(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0))));
    sqlite3_finalize(statement);
    return out;
}

// Folds the store's write-ahead log into the file, so that a copy of the file alone is the
// whole store and no log of the old store is left to be replayed over the new one.
void checkpoint(const QString &path)
{
    sqlite3 *db = nullptr;
    // SQLite takes UTF-8 names on every system (QFile::encodeName is the ANSI code page on Windows).
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK) {
        sqlite3_busy_timeout(db, 5000);
        sqlite3_exec(db, "PRAGMA wal_checkpoint(TRUNCATE)", nullptr, nullptr, nullptr);
    }
    sqlite3_close(db);
}

} // namespace

Status Restore::check(const QString &backupPath)
{
    const QString path = QFileInfo(backupPath).absoluteFilePath();
    auto refuse = [&](const QString &why) {
        return Error{tr("The backup %1 cannot be restored: %2").arg(QDir::toNativeSeparators(path), why)};
    };
    if (!QFileInfo(path).isFile())
        return refuse(tr("the file does not exist."));
    sqlite3 *db = nullptr;
    // Read-only: the check writes nothing into the backup.
    const QByteArray uri = "file:" + QUrl::toPercentEncoding(path, "/") + "?mode=ro";
    if (sqlite3_open_v2(uri.constData(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr) != SQLITE_OK) {
        const QString why = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString();
        sqlite3_close(db);
        return refuse(why);
    }
    const QStringList integrity = column(db, "PRAGMA integrity_check");
    const int applicationId = column(db, "PRAGMA application_id").value(0).toInt();
    const int version = column(db, "PRAGMA user_version").value(0).toInt();
    sqlite3_close(db);
    if (integrity != QStringList{QStringLiteral("ok")})
        return refuse(tr("it is damaged or not a database (%1).").arg(integrity.mid(0, 3).join(QStringLiteral("; "))));
    if (applicationId != kApplicationId || version <= 0)
        return refuse(tr("it is not a ParDesk store."));
    if (version > latestSchemaVersion())
        return refuse(tr("it was written by a newer version of ParDesk (schema %1; this version reads up to %2).")
                          .arg(version)
                          .arg(latestSchemaVersion()));
    return {};
}

Result<QString> Restore::replace(const QString &storePath, const QString &backupPath)
{
    const QFileInfo store(storePath);
    const QString target = store.absoluteFilePath();
    if (QFileInfo(backupPath) == store)
        return Error{tr("The backup %1 cannot be restored: it is the store itself.").arg(QDir::toNativeSeparators(target))};
    if (Status s = check(backupPath); !s)
        return Error{s.error()};

    QString kept;
    if (store.exists()) {
        checkpoint(target);
        kept = QDir(store.absolutePath())
                   .filePath(QStringLiteral("%1-before-restore-%2.sqlite")
                                 .arg(store.completeBaseName(),
                                      QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
        if (Status s = Backup::copyFile(target, kept); !s)
            return Error{tr("The store was not replaced: keeping a copy of it failed. %1").arg(s.error())};
    }
    // The backup is copied beside the store (the same file system), then renamed over it.
    const QString incoming = target + QStringLiteral(".restoring");
    if (Status s = Backup::copyFile(backupPath, incoming); !s) {
        QFile::remove(incoming);
        return Error{tr("The store was not replaced: %1").arg(s.error())};
    }
    QString why;
    if (!durableRename(incoming, target, &why)) {
        QFile::remove(incoming);
        return Error{tr("The store %1 was not replaced: %2").arg(QDir::toNativeSeparators(target), why)};
    }
    // After the checkpoint the log is empty; it belonged to the old store all the same.
    QFile::remove(target + QStringLiteral("-wal"));
    QFile::remove(target + QStringLiteral("-shm"));
    return kept;
}

} // namespace pardesk

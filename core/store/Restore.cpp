#include "store/Restore.h"
#include "store/ServerAddress.h"

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
    if (ServerAddress::isServerUrl(storePath))
        return Error{tr("%1 is a store on a PostgreSQL server: restore it there with pg_restore (see docs/server.md), "
                        "or fill an empty server database from a file with pardesk-cli copy --from FILE.sqlite --to SERVER.")
                         .arg(storePath)};
    // A store named through a link is restored where it really is, and kept beside it there.
    const QFileInfo named(storePath);
    const QFileInfo store(named.exists() ? named.canonicalFilePath() : named.absoluteFilePath());
    const QString target = store.absoluteFilePath();
    if (QFileInfo(backupPath).exists() && QFileInfo(backupPath).canonicalFilePath() == target)
        return Error{tr("The backup %1 cannot be restored: it is the store itself.").arg(QDir::toNativeSeparators(target))};
    if (Status s = check(backupPath); !s)
        return s.failure();
    if (!store.exists())
        return copyInto(target, backupPath);
    return overwriteLive(target, backupPath);
}

// No store yet: the backup is copied beside where it goes (the same file system), then renamed.
Result<QString> Restore::copyInto(const QString &target, const QString &backupPath)
{
    const QString incoming = target + QStringLiteral(".restoring");
    if (Status s = Backup::copyFile(backupPath, incoming); !s) {
        QFile::remove(incoming);
        return s.failure().withMessage(tr("The store was not replaced: %1").arg(s.error()));
    }
    QString why;
    if (!durableRename(incoming, target, &why)) {
        QFile::remove(incoming);
        return Error{tr("The store %1 was not replaced: %2").arg(QDir::toNativeSeparators(target), why)};
    }
    return QString();
}

// The backup goes into the live store through SQLite's backup API, which holds the store's write
// lock from its first step to its commit. The replaced store is copied out while that lock is
// held, so every write another process committed is either in that copy or was never committed
// (a writer that waits past its busy timeout is told so), and the store itself changes in one
// transaction: a crash leaves the old store or the restored one.
Result<QString> Restore::overwriteLive(const QString &target, const QString &backupPath)
{
    auto refuse = [&](const QString &why) {
        return Error{tr("The store %1 was not replaced: %2").arg(QDir::toNativeSeparators(target), why)};
    };
    const QFileInfo store(target);
    const QString kept = QDir(store.absolutePath())
                             .filePath(QStringLiteral("%1-before-restore-%2.sqlite")
                                           .arg(store.completeBaseName(),
                                                QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    const QByteArray backupUri = "file:" + QUrl::toPercentEncoding(QFileInfo(backupPath).absoluteFilePath(), "/") + "?mode=ro";
    sqlite3 *source = nullptr;
    sqlite3 *live = nullptr;
    const auto close = [&] {
        sqlite3_close(source);
        sqlite3_close(live);
    };
    if (sqlite3_open_v2(backupUri.constData(), &source, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr) != SQLITE_OK ||
        sqlite3_open_v2(target.toUtf8().constData(), &live, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        const QString why = QString::fromUtf8(sqlite3_errmsg(live ? live : source));
        close();
        return refuse(why);
    }
    sqlite3_busy_timeout(live, 5000);
    sqlite3_backup *backup = sqlite3_backup_init(live, "main", source, "main");
    if (!backup) {
        const QString why = QString::fromUtf8(sqlite3_errmsg(live));
        close();
        return refuse(why);
    }
    // The first page takes the store's write lock. SQLite does not wait for a writer that holds it
    // (no busy handler for that lock), so the restore waits here, as long as a writer would.
    int rc = sqlite3_backup_step(backup, 1);
    for (int waited = 0; (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) && waited < 30000; waited += 10) {
        sqlite3_sleep(10);
        rc = sqlite3_backup_step(backup, 1);
    }
    Status keptCopy = rc == SQLITE_OK || rc == SQLITE_DONE
                          ? Backup::copyFile(target, kept)
                          : Status(Error{tr("other programs kept writing to the store for 30 seconds (%1); try again.")
                                             .arg(QString::fromUtf8(sqlite3_errstr(rc)))});
    if (keptCopy && rc == SQLITE_OK)
        rc = sqlite3_backup_step(backup, -1);
    // Without SQLITE_DONE, finishing rolls the store back: nothing of it was changed.
    sqlite3_backup_finish(backup);
    close();
    if (!keptCopy) {
        QFile::remove(kept);
        return keptCopy.failure().withMessage(tr("The store was not replaced: keeping a copy of it failed. %1").arg(keptCopy.error()));
    }
    if (rc != SQLITE_DONE)
        return refuse(QString::fromUtf8(sqlite3_errstr(rc)));
    return kept;
}

} // namespace pardesk

#pragma once
// The automatic backups: on every start a copy of the store (SQLite's online backup, store/Backup.h)
// in a folder of the app's data, keeping only the newest few of that store.

#include "util/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

namespace pardesk {

class Store;

class BackupRotation {
    Q_DECLARE_TR_FUNCTIONS(BackupRotation)
public:
    static constexpr int kDefaultKeep = 7;

    // QStandardPaths::AppDataLocation/backups (created when missing).
    static QString defaultFolder();

    // Writes "<store name>-auto-<date>-<time>.sqlite" into `folder`, then removes the oldest
    // automatic backups of the same store beyond `keep`. Returns the path written.
    static Result<QString> backUp(const QSqlDatabase &store, const QString &folder, int keep = kDefaultKeep);
    static Result<QString> backUp(const Store &store, const QString &folder, int keep = kDefaultKeep);

    // The automatic backups of the store at `storePath` in `folder`, newest first.
    static QStringList backupsOf(const QString &storePath, const QString &folder);
};

} // namespace pardesk

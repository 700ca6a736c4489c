#include "store/BackupRotation.h"

#include "store/Backup.h"
#include "store/Store.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <algorithm>

namespace pardesk {
namespace {

// Backups of different stores share the folder; each store's name keeps its own set apart.
QString prefixOf(const QString &storePath)
{
    return QFileInfo(storePath).completeBaseName() + QStringLiteral("-auto-");
}

} // namespace

QString BackupRotation::defaultFolder()
{
    const QString folder =
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("backups"));
    QDir().mkpath(folder);
    return folder;
}

QStringList BackupRotation::backupsOf(const QString &storePath, const QString &folder)
{
    const QString prefix = prefixOf(storePath);
    QStringList names = QDir(folder).entryList({prefix + QStringLiteral("*.sqlite")}, QDir::Files);
    // The time stamp sorts as text; a name that is not ours (a hand-made copy) is not touched.
    names.erase(std::remove_if(names.begin(), names.end(),
                               [&](const QString &n) { return n.size() != prefix.size() + 26; }),
                names.end());
    std::sort(names.begin(), names.end(), std::greater<>());
    QStringList paths;
    for (const QString &name : names)
        paths.append(QDir(folder).filePath(name));
    return paths;
}

Result<QString> BackupRotation::backUp(const Store &store, const QString &folder, int keep)
{
    return backUp(store.database().connection(), folder, keep);
}

Result<QString> BackupRotation::backUp(const QSqlDatabase &store, const QString &folder, int keep)
{
    if (!QDir().mkpath(folder))
        return Error{tr("The backup folder %1 cannot be created.").arg(QDir::toNativeSeparators(folder))};
    // Milliseconds: two starts within a second still make two backups.
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    const QString path = QDir(folder).filePath(prefixOf(store.databaseName()) + stamp + QStringLiteral(".sqlite"));
    if (Status s = Backup::copy(store, path); !s)
        return s.failure();
    const QStringList all = backupsOf(store.databaseName(), folder);
    for (qsizetype i = std::max(1, keep); i < all.size(); ++i)
        QFile::remove(all[i]);
    return path;
}

} // namespace pardesk

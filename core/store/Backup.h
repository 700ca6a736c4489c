#pragma once
// A copy of a live store in another file, made with SQLite's online backup so that it is a
// consistent snapshot even while another connection is writing.

#include "util/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

struct sqlite3;

namespace pardesk {

class Store;

class Backup {
    Q_DECLARE_TR_FUNCTIONS(Backup)
public:
    // Writes the committed content of `source` to `targetPath`, replacing a file already there only
    // once the copy is complete and checked. The copy is a single file (no write-ahead journal).
    // A ParDesk store already at `targetPath` is never lost: it is kept beside it as
    // `<name>-replaced-<time>.sqlite`, whose path goes to `keptAs` (empty when nothing was kept).
    static Status copy(const QSqlDatabase &source, const QString &targetPath, QString *keptAs = nullptr);
    static Status copy(const Store &source, const QString &targetPath, QString *keptAs = nullptr);
    // The same from a store that is not open here: it is opened read-only for the copy.
    static Status copyFile(const QString &sourcePath, const QString &targetPath, QString *keptAs = nullptr);

    // Whether the file starts as a ParDesk store does (SQLite's header with ParDesk's application id).
    static bool isParDeskStore(const QString &path);

private:
    static Status copyFrom(sqlite3 *source, const QString &sourcePath, const QString &targetPath, QString *keptAs);
};

} // namespace pardesk

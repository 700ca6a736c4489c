#pragma once
// A copy of a live store in another file, made with SQLite's online backup so that it is a
// consistent snapshot even while another connection is writing.

#include "util/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

struct sqlite3;

namespace pardesk {

class Backup {
    Q_DECLARE_TR_FUNCTIONS(Backup)
public:
    // Writes the committed content of `source` to `targetPath`, replacing a file already there only
    // once the copy is complete and checked. The copy is a single file (no write-ahead journal).
    static Status copy(const QSqlDatabase &source, const QString &targetPath);
    // The same from a store that is not open here: it is opened read-only for the copy.
    static Status copyFile(const QString &sourcePath, const QString &targetPath);

private:
    static Status copyFrom(sqlite3 *source, const QString &sourcePath, const QString &targetPath);
};

} // namespace pardesk

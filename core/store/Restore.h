#pragma once
// Putting a backup back in place of the store. The backup is checked first (a healthy ParDesk store
// that this version reads), the store it replaces is kept as a backup too, and the replacement is
// one rename: a crash during a restore leaves the old store or the new one, never a mixture.

#include "util/Result.h"

#include <QCoreApplication>
#include <QString>

namespace pardesk {

class Restore {
    Q_DECLARE_TR_FUNCTIONS(Restore)
public:
    // Opened read-only: PRAGMA integrity_check, the ParDesk application id, a schema version this
    // version reads. Nothing is written to it.
    static Status check(const QString &backupPath);

    // Replaces the store at `storePath` (which no connection of this process may hold open) with a
    // copy of `backupPath`. The replaced store is first copied to `<name>-before-restore-<time>.sqlite`
    // beside it; that path is returned (empty when there was no store).
    static Result<QString> replace(const QString &storePath, const QString &backupPath);
};

} // namespace pardesk

#pragma once
// Putting a backup back in place of the store. The backup is checked first (a healthy ParDesk store
// that this version reads), the store it replaces is kept as a backup too, and the replacement is
// one transaction of the live store: a crash during a restore leaves the old store or the new one,
// never a mixture, and a write another process committed meanwhile is never lost.

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

    // Replaces the content of the store at `storePath` (a link is followed to the real store) with
    // that of `backupPath`, under the store's own write lock, so that other processes may have it
    // open and no write they committed is lost. The replaced content is first copied to
    // `<name>-before-restore-<time>.sqlite` beside the store; that path is returned (empty when
    // there was no store).
    static Result<QString> replace(const QString &storePath, const QString &backupPath);

private:
    static Result<QString> copyInto(const QString &target, const QString &backupPath);
    static Result<QString> overwriteLive(const QString &target, const QString &backupPath);
};

} // namespace pardesk

#pragma once
// Putting a finished file in place of another so that a power cut leaves one or the other, never
// neither and never half: the new file's bytes are on disk before the rename, the rename replaces
// the old name in one step, and the folder's entry is on disk after it.

#include <QString>

namespace pardesk {

// fsync(2) of the file (FlushFileBuffers on Windows); false when it cannot be opened or synced.
bool syncFile(const QString &path);

// Syncs `from`, renames it to `to` (replacing it), syncs the folder (on Windows: MoveFileEx with
// write-through). False, with the system's reason in `error`, when the rename failed; `from` is then
// still there.
bool durableRename(const QString &from, const QString &to, QString *error = nullptr);

} // namespace pardesk

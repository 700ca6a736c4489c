#pragma once
// Writing a file so that it is whole or not there at all: the content goes to a new file beside
// the target, every write, the sync and the close are checked, and only then does one rename put
// it in place. A full disk, a file size limit or a failing writer leaves the previous file as it
// was and no partial file behind.

#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <memory>

class QTemporaryFile;

namespace pardesk {

class StagedFile {
    Q_DECLARE_TR_FUNCTIONS(StagedFile)
public:
    explicit StagedFile(QString target);
    ~StagedFile(); // removes the staging file unless it was committed
    StagedFile(const StagedFile &) = delete;
    StagedFile &operator=(const StagedFile &) = delete;

    // Creates the staging file (a hidden unique name in the target's folder, so that the rename
    // stays on one file system). Refuses a missing folder or a target that is a folder.
    Status open();
    // For a writer that takes a file name and opens it itself (libxlsxwriter); valid after open().
    // Our handle is closed; commit() then syncs what the writer wrote.
    const QString &pathForWriter();
    const QString &stagingPath() const { return m_staging; }
    // Appends bytes to the staging file, checking that every byte was written.
    Status write(const QByteArray &bytes);
    // Syncs the staging file (its failure, e.g. a full disk discovered late, is an error) and
    // renames it over the target.
    Status commit();

    // open(), write(), commit() in one.
    static Status writeAll(const QString &target, const QByteArray &bytes);

    // A system error as the user should read it: ENOSPC, EFBIG and EDQUOT all say "the disk is
    // full". For writers that report their own failures (libxlsxwriter) but leave errno set.
    static QString describeError(int error);

private:
    Error failed(const QString &why) const;

    QString m_target;
    QString m_staging;
    std::unique_ptr<QTemporaryFile> m_file;
};

} // namespace pardesk

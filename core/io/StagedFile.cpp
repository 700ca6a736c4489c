#include "io/StagedFile.h"

#include "store/DurableRename.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

namespace pardesk {
QString StagedFile::describeError(int error)
{
    // ENOSPC and EFBIG are what a full disk or a quota gives: say so in the user's words.
    if (error == ENOSPC || error == EFBIG || error == EDQUOT)
        return StagedFile::tr("the disk is full");
    return QString::fromLocal8Bit(std::strerror(error));
}

StagedFile::StagedFile(QString target) : m_target(QFileInfo(target).absoluteFilePath()) {}

StagedFile::~StagedFile()
{
    if (m_fd >= 0)
        ::close(m_fd);
    if (!m_staging.isEmpty() && !m_committed)
        QFile::remove(m_staging);
}

Error StagedFile::failed(const QString &why) const
{
    return Error{tr("%1 was not written: %2. Any file of that name was left as it was.")
                     .arg(QDir::toNativeSeparators(m_target), why)};
}

Status StagedFile::open()
{
    const QFileInfo target(m_target);
    if (target.fileName().isEmpty())
        return Error{tr("No file name was given.")};
    if (!target.absoluteDir().exists())
        return failed(tr("the folder %1 does not exist").arg(QDir::toNativeSeparators(target.absolutePath())));
    if (target.isDir())
        return failed(tr("it is a folder"));
    // mkstemps keeps the suffix: some writers choose their format by it.
    const QString suffix = target.suffix().isEmpty() ? QString() : u'.' + target.suffix();
    QByteArray pattern = QFile::encodeName(target.absoluteDir().filePath(
        QStringLiteral(".%1-XXXXXX%2").arg(target.completeBaseName(), suffix)));
    m_fd = ::mkstemps(pattern.data(), int(QFile::encodeName(suffix).size()));
    if (m_fd < 0)
        return failed(describeError(errno));
    m_staging = QFile::decodeName(pattern);
    // mkstemps makes the file private (0600); the finished file gets the permissions the replaced
    // one had, or those of any new file.
    struct stat existing {};
    if (::stat(QFile::encodeName(m_target).constData(), &existing) == 0) {
        ::fchmod(m_fd, existing.st_mode & 07777);
    } else {
        const mode_t mask = ::umask(0);
        ::umask(mask);
        ::fchmod(m_fd, 0666 & ~mask);
    }
    return {};
}

Status StagedFile::write(const QByteArray &bytes)
{
    if (m_fd < 0)
        return failed(tr("the file is not open"));
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(m_fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return failed(describeError(n < 0 ? errno : ENOSPC));
        done += n;
    }
    return {};
}

Status StagedFile::commit()
{
    if (m_fd < 0)
        return failed(tr("the file is not open"));
    // The writer that used stagingPath() wrote through its own descriptor: ours syncs the same file.
    const bool synced = ::fsync(m_fd) == 0;
    const int syncError = errno;
    const bool closed = ::close(m_fd) == 0;
    const int closeError = errno;
    m_fd = -1;
    if (!synced)
        return failed(describeError(syncError));
    if (!closed)
        return failed(describeError(closeError));
    if (QString why; !durableRename(m_staging, m_target, &why))
        return failed(why);
    m_committed = true;
    return {};
}

Status StagedFile::writeAll(const QString &target, const QByteArray &bytes)
{
    StagedFile file(target);
    if (Status s = file.open(); !s)
        return s;
    if (Status s = file.write(bytes); !s)
        return s;
    return file.commit();
}

} // namespace pardesk

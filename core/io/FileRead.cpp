#include "io/FileRead.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace pardesk {
namespace {

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

QString notRegular(const QString &path, mode_t mode)
{
    if (S_ISDIR(mode))
        return FileRead::tr("%1: it is a folder, not a file.").arg(shown(path));
    return FileRead::tr("%1: it is not a regular file (a device, a pipe or a socket); ParDesk reads only ordinary "
                        "files.")
        .arg(shown(path));
}

} // namespace

Status FileRead::checkRegular(const QString &path)
{
    struct stat info {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return Error{tr("%1: the file cannot be read (%2).").arg(shown(path), errnoText(errno))};
    if (!S_ISREG(info.st_mode))
        return Error{notRegular(path, info.st_mode)};
    return {};
}

Result<QByteArray> FileRead::read(const QString &path, qint64 maxBytes, const QString &what)
{
    // Refused before it is opened: opening a pipe waits for a writer, a device may have effects.
    if (Status s = checkRegular(path); !s)
        return Error{s.error()};
    // O_NONBLOCK: should the path have become a pipe since the check, the open does not hang.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return Error{tr("%1: the file cannot be read (%2).").arg(shown(path), errnoText(errno))};
    struct stat info {};
    if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
        ::close(fd);
        return Error{notRegular(path, info.st_mode)};
    }
    QByteArray bytes;
    char buffer[65536];
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            const int error = errno;
            ::close(fd);
            return Error{tr("%1: the file cannot be read (%2).").arg(shown(path), errnoText(error))};
        }
        if (n == 0)
            break;
        if (bytes.size() + n > maxBytes) {
            ::close(fd);
            return Error{tr("%1: the file is larger than %2 can be (over %3 MB); it was not read.")
                             .arg(shown(path), what)
                             .arg(maxBytes / (1024 * 1024))};
        }
        bytes.append(buffer, n);
    }
    ::close(fd);
    return bytes;
}

} // namespace pardesk

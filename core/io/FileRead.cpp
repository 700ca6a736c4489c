#include "io/FileRead.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace pardesk {
namespace {

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

Error notRegular(const QString &path)
{
    return Error{FileRead::tr("%1: it is not a regular file (a device, a pipe or a socket); ParDesk reads only ordinary "
                              "files.")
                     .arg(shown(path))};
}

} // namespace

Status FileRead::checkRegular(const QString &path)
{
    // QFileInfo follows links: a link to /dev/zero is a device here.
    const QFileInfo info(path);
    if (!info.exists())
        return Error{tr("%1: the file cannot be read (%2).").arg(shown(path), tr("it does not exist"))};
    if (info.isDir())
        return Error{tr("%1: it is a folder, not a file.").arg(shown(path))};
    if (!info.isFile())
        return notRegular(path);
    return {};
}

Result<QByteArray> FileRead::read(const QString &path, qint64 maxBytes, const QString &what)
{
    // Refused before it is opened: opening a pipe waits for a writer, a device may have effects.
    if (Status s = checkRegular(path); !s)
        return s.failure();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("%1: the file cannot be read (%2).").arg(shown(path), file.errorString())};
    if (file.isSequential()) // it became a pipe or a device since the check
        return notRegular(path);
    QByteArray bytes;
    for (;;) {
        const QByteArray chunk = file.read(64 * 1024);
        if (chunk.isEmpty()) {
            if (file.error() != QFileDevice::NoError)
                return Error{tr("%1: the file cannot be read (%2).").arg(shown(path), file.errorString())};
            break;
        }
        if (bytes.size() + chunk.size() > maxBytes)
            return Error{tr("%1: the file is larger than %2 can be (over %3 MB); it was not read.")
                             .arg(shown(path), what)
                             .arg(maxBytes / (1024 * 1024))};
        bytes += chunk;
    }
    return bytes;
}

} // namespace pardesk

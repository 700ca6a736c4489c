#include "store/NetworkFilesystem.h"

#include <QDir>
#include <QFileInfo>
#include <QtGlobal>
#ifdef Q_OS_LINUX
#include <sys/vfs.h>
#endif

namespace pardesk {

// The f_type values of <linux/magic.h>, written out: the header is Linux's, and the detection must
// be testable from the numbers alone.
QString NetworkFilesystem::nameOfType(qint64 type)
{
    switch (static_cast<quint32>(type)) {
    case 0xFF534D42u: // CIFS_MAGIC_NUMBER
    case 0xFE534D42u: // SMB2_MAGIC_NUMBER (the in-kernel SMB3 client)
    case 0x517Bu:     // SMB_SUPER_MAGIC
        return QStringLiteral("CIFS/SMB");
    case 0x6969u: // NFS_SUPER_MAGIC
        return QStringLiteral("NFS");
    case 0x5346414Fu: // AFS_SUPER_MAGIC
    case 0x6B414653u: // AFS_FS_MAGIC
        return QStringLiteral("AFS");
    case 0x00C36400u: // CEPH_SUPER_MAGIC
        return QStringLiteral("Ceph");
    case 0x01021997u: // V9FS_MAGIC (shares of virtual machines and WSL)
        return QStringLiteral("9P");
    case 0x73757245u: // CODA_SUPER_MAGIC
        return QStringLiteral("Coda");
    default:
        return {};
    }
}

QString NetworkFilesystem::of(const QString &path)
{
#ifdef Q_OS_LINUX
    // The folder: a new store's file does not exist yet.
    const QString folder = QFileInfo(path).absolutePath();
    struct statfs info {};
    if (statfs(QFile::encodeName(folder).constData(), &info) != 0)
        return {};
    return nameOfType(static_cast<qint64>(info.f_type));
#else
    Q_UNUSED(path)
    return {}; // Windows: docs/windows.md lists this check as Linux-only
#endif
}

QString NetworkFilesystem::warningFor(const QString &path)
{
    const QString name = of(path);
    if (name.isEmpty())
        return {};
    return tr("The database %1 is on a network drive (%2). SQLite cannot lock a file reliably there: when two "
              "computers write to it at the same time, data can be lost or the file damaged. Keep the file on "
              "this computer's own disk, or, when several people must work on the same data, use a PostgreSQL "
              "server (pardesk --db postgresql://USER@HOST/DATABASE; see docs/server.md).")
        .arg(QDir::toNativeSeparators(path), name);
}

} // namespace pardesk

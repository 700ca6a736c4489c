#include "io/StagedFile.h"

#include "store/DurableRename.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>
#include <cerrno>
#include <cstring>

#ifndef Q_OS_WIN
#include <unistd.h>
#endif

namespace pardesk {
namespace {

// Qt reports a full disk (ENOSPC, EFBIG, EDQUOT) as a resource error.
QString describe(const QFileDevice &file)
{
    return file.error() == QFileDevice::ResourceError ? StagedFile::tr("the disk is full") : file.errorString();
}

} // namespace

QString StagedFile::describeError(int error)
{
    if (error == ENOSPC || error == EFBIG
#ifdef EDQUOT
        || error == EDQUOT
#endif
    )
        return tr("the disk is full");
    return QString::fromLocal8Bit(std::strerror(error));
}

StagedFile::StagedFile(QString target) : m_target(QFileInfo(target).absoluteFilePath()) {}

StagedFile::~StagedFile() = default; // an uncommitted staging file removes itself

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
    // A hidden unique name that keeps the suffix (some writers choose their format by it).
    const QString suffix = target.suffix().isEmpty() ? QString() : u'.' + target.suffix();
    m_file = std::make_unique<QTemporaryFile>(
        target.absoluteDir().filePath(QStringLiteral(".%1-XXXXXX%2").arg(target.completeBaseName(), suffix)));
    if (!m_file->open())
        return failed(describe(*m_file));
    m_staging = m_file->fileName();
    // The temporary file is private; the finished one gets the permissions of the file it replaces,
    // or those of an ordinary new file.
    m_file->setPermissions(target.exists() ? QFile::permissions(m_target)
                                           : QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                                                 QFileDevice::ReadOther);
    return {};
}

const QString &StagedFile::pathForWriter()
{
    // The writer opens the file itself; ours is closed so that it may (Windows would refuse).
    if (m_file)
        m_file->close();
    return m_staging;
}

Status StagedFile::write(const QByteArray &bytes)
{
    if (!m_file || !m_file->isOpen())
        return failed(tr("the file is not open"));
    qsizetype done = 0;
    while (done < bytes.size()) {
        const qint64 n = m_file->write(bytes.constData() + done, bytes.size() - done);
        if (n <= 0)
            return failed(describe(*m_file));
        done += n;
    }
    return {};
}

Status StagedFile::commit()
{
    if (!m_file)
        return failed(tr("the file is not open"));
    const bool writtenHere = m_file->isOpen(); // not by a writer that used pathForWriter()
    if (writtenHere) {
        // The buffer first: a full disk shows here or in the sync, never after the rename.
        if (!m_file->flush())
            return failed(describe(*m_file));
#ifndef Q_OS_WIN
        if (::fsync(m_file->handle()) != 0)
            return failed(describeError(errno));
#endif
        m_file->close();
        if (m_file->error() != QFileDevice::NoError)
            return failed(describe(*m_file));
    }
#ifdef Q_OS_WIN
    const bool needsSync = true; // Windows syncs by name (FlushFileBuffers), whoever wrote
#else
    const bool needsSync = !writtenHere;
#endif
    if (needsSync && !syncFile(m_staging))
        return failed(tr("it could not be written to the disk"));
    if (QString why; !durableRename(m_staging, m_target, &why))
        return failed(why);
    m_file->setAutoRemove(false); // it is the target now
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

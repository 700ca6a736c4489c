#pragma once
// Reading a file that someone hands to ParDesk: only a regular file (never a pipe, a device or a
// link to one, which would block for ever or never end), and never more than a limit, counted on
// the bytes actually read rather than on the size the file system reports.

#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace pardesk {

class FileRead {
    Q_DECLARE_TR_FUNCTIONS(FileRead)
public:
    // Every file ParDesk reads fits in this; one form's workbook, CSV or package is far smaller.
    static constexpr qint64 kMaxBytes = 64 * 1024 * 1024;

    // The whole file, or a message naming it: not there, not a regular file, unreadable, larger
    // than `maxBytes` (`what` names the kind of file in that message, e.g. "a submission package").
    static Result<QByteArray> read(const QString &path, qint64 maxBytes, const QString &what);

    // Whether the path (after following links) is a regular file; the message when it is not.
    static Status checkRegular(const QString &path);
};

} // namespace pardesk

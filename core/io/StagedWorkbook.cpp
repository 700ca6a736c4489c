#include "io/StagedWorkbook.h"

#include <cerrno>
#include <xlsxwriter.h>

namespace pardesk {

StagedWorkbook::StagedWorkbook(QString path) : m_path(path), m_staged(std::move(path)) {}

StagedWorkbook::~StagedWorkbook()
{
    if (m_book)
        lxw_workbook_free(m_book);
}

Status StagedWorkbook::open()
{
    if (Status s = m_staged.open(); !s)
        return s;
    // UTF-8: libxlsxwriter built with MSVC turns it into a wide Windows name.
    const QByteArray pathBytes = m_staged.pathForWriter().toUtf8();
    m_book = workbook_new(pathBytes.constData());
    if (!m_book)
        return Error{tr("%1: the workbook cannot be created.").arg(m_path)};
    return {};
}

Status StagedWorkbook::commit()
{
    lxw_workbook *book = std::exchange(m_book, nullptr); // workbook_close frees it, whatever it returns
    errno = 0;
    if (const lxw_error error = workbook_close(book); error != LXW_NO_ERROR) {
        // libxlsxwriter names its own error; errno says whether the disk was full.
        const QString why = errno ? StagedFile::describeError(errno) : QString::fromUtf8(lxw_strerror(error));
        return Error{tr("%1: the workbook cannot be written (%2). Any file of that name was left as it was.").arg(m_path, why)};
    }
    return m_staged.commit();
}

} // namespace pardesk

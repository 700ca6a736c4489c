#pragma once
// An XLSX workbook written through a StagedFile: libxlsxwriter writes it under another name, and
// only a workbook closed without error is renamed into place. A failure (a full disk, a folder that
// is not there) leaves no partial workbook and any file of that name as it was.

#include "io/StagedFile.h"

struct lxw_workbook;

namespace pardesk {

class StagedWorkbook {
    Q_DECLARE_TR_FUNCTIONS(StagedWorkbook)
public:
    explicit StagedWorkbook(QString path);
    ~StagedWorkbook(); // a workbook never committed is freed unwritten
    StagedWorkbook(const StagedWorkbook &) = delete;
    StagedWorkbook &operator=(const StagedWorkbook &) = delete;

    Status open();
    lxw_workbook *book() const { return m_book; }
    // Closes the workbook (libxlsxwriter writes it then) and renames it into place.
    Status commit();

private:
    QString m_path;
    StagedFile m_staged;
    lxw_workbook *m_book = nullptr;
};

} // namespace pardesk

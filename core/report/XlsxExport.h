#pragma once
// An appendix table as an Excel workbook (libxlsxwriter): the header block, merged header cells,
// bold group rows, column widths by content and row heights for wrapped text, print setup (A4, landscape for
// wide tables, fit to the page width, header rows repeated on every page, page numbers) and
// numbers written as numbers.

#include "report/AppendixTable.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace pardesk {

class XlsxExport {
    Q_DECLARE_TR_FUNCTIONS(XlsxExport)
public:
    static Status write(const AppendixTable &table, const QString &path);
};

} // namespace pardesk

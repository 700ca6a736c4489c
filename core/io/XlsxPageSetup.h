#pragma once
// The printed page of an XLSX sheet that ParDesk writes: A4, one page wide, the margins of
// Nghị định 30/2020, the page number on top, and the table's header rows repeated on every page.
// Without it LibreOffice prints a template's wide columns one per page (13 pages of column A).

struct lxw_worksheet;

namespace pardesk {

struct XlsxPage {
    bool landscape = false;
    int headerFirstRow = -1; // 0-based rows repeated on every page; -1 for none
    int headerLastRow = -1;
};

void setUpXlsxPage(lxw_worksheet *sheet, const XlsxPage &page);

} // namespace pardesk

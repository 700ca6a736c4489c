#include "io/XlsxPageSetup.h"

#include <xlsxwriter.h>

namespace pardesk {

void setUpXlsxPage(lxw_worksheet *sheet, const XlsxPage &page)
{
    worksheet_set_paper(sheet, 9); // A4
    if (page.landscape)
        worksheet_set_landscape(sheet);
    worksheet_fit_to_pages(sheet, 1, 0); // one page wide, as many long as it takes
    // Nghị định 30/2020: left 30-35 mm, right 15-20 mm, top and bottom 20-25 mm (in inches here).
    worksheet_set_margins(sheet, 1.18, 0.71, 0.79, 0.79);
    worksheet_set_header(sheet, "&C&P");
    if (page.headerFirstRow >= 0)
        worksheet_repeat_rows(sheet, page.headerFirstRow, page.headerLastRow);
}

} // namespace pardesk

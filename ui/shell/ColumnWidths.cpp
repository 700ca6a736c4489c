#include "shell/ColumnWidths.h"

#include <QHeaderView>
#include <QTableView>

namespace pardesk {

void widenColumnsToTitles(QTableView *view)
{
    QHeaderView *header = view->horizontalHeader();
    for (int column = 0; column < header->count(); ++column) {
        if (header->isSectionHidden(column) || header->sectionResizeMode(column) != QHeaderView::Interactive)
            continue;
        // The header's own measure of its title, with the sort indicator's room and the margins.
        const int title = header->sectionSizeHint(column);
        if (view->columnWidth(column) < title)
            view->setColumnWidth(column, title);
    }
}

} // namespace pardesk

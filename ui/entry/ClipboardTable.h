#pragma once
// Cells copied from a spreadsheet (Excel, LibreOffice): rows at line breaks, cells at tabs, quoted
// cells as the spreadsheets write them, and the number convention the figures are written in.

#include "text/NumberFormat.h"

#include <QList>
#include <QStringList>

namespace pardesk {

class ClipboardTable {
public:
    // "\r\n" and "\n" end rows; the line break after the last row is not a row of its own. A
    // cell in double quotes may hold tabs and line breaks, and "" stands for one quote.
    static QList<QStringList> parse(const QString &text);

    // The convention that reads these cells best: the one under which fewer cannot be read, then
    // fewer are read against it ("7.5" is a slip in Vietnamese, "7,5" in C); a tie keeps `preferred`.
    static NumberConvention conventionOf(const QStringList &cells, NumberConvention preferred);
};

} // namespace pardesk

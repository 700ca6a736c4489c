#pragma once
// The layout of a workbook's first sheet as a spreadsheet program reads it from the file: column
// widths, row heights and merged ranges, from xl/worksheets/sheet1.xml (read with the project's
// own zip reader), for tests that rows of wrapped text are tall enough.

#include <QHash>
#include <QList>
#include <QRect>
#include <QString>

namespace pardesk::test {

struct XlsxLayout {
    QHash<int, double> columnWidths; // 1-based column → width in Excel's unit (characters)
    QHash<int, double> rowHeights;   // 1-based row → height in points, for the rows that set one
    QList<QRect> merges;             // x: column, y: row, 1-based, inclusive
    QString error;                   // why the sheet could not be read; empty when it was

    // The width a cell's text wraps in: its column's, or its merged range's.
    double width(int row, int column) const;
    // Whether the cell is inside a merged range without being its top-left cell.
    bool hidden(int row, int column) const;
};

XlsxLayout readXlsxLayout(const QString &path);

} // namespace pardesk::test

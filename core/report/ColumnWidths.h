#pragma once
// Shares a table's width among its columns by what they hold, in any unit (device pixels for the
// painter, characters for a spreadsheet): every column gets at least its widest word (no word is
// broken, "Thường xuyên" and "1.3.3.1" stay whole); columns whose longest line fits get no more than
// it (numbers and codes stay narrow); the remaining width goes to the text columns in proportion
// to how much text they hold, so that the rows, whose height is their tallest cell, come out short.

#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

namespace pardesk {

struct ColumnNeed {
    double minimum = 0; // the widest word (with padding)
    double maximum = 0; // the longest line unbroken (with padding); at least `minimum`
    double text = 0;    // how much text the column holds (the sum of its lines' widths)
};

// Widths adding up to `width`. When even the words do not fit, every column shrinks in proportion
// to its minimum; when every line fits, the room left goes to the columns with the most text.
QList<double> fitColumns(const QList<ColumnNeed> &needs, double width);

// The text of a table's cells for fitColumnsToRows: per row, per column, the width of each of the
// cell's paragraphs unbroken. A row that runs across the columns (a group heading) is left empty.
using CellParagraphs = QList<double>;
using RowText = QList<CellParagraphs>;

// The same bounds, but the room above the minimums is handed out a little at a time to the column
// whose widening most shortens the table (a row is as tall as its tallest cell; `pad` is a cell's
// padding, in the unit of the widths): the width goes where it saves lines, not only where text is.
QList<double> fitColumnsToRows(const QList<ColumnNeed> &needs, const QList<RowText> &rows, double width, double pad);

// The narrowest a column's header may make it: its words on at most two lines (three past six
// words), balanced, so that "Điểm tối đa" reads "Điểm / tối đa" and "Thời gian thực hiện" "Thời gian
// / thực hiện", not a word a line. `advance` measures a line in the unit of the widths.
double headerWidth(const QString &header, const std::function<double(const QString &)> &advance);

} // namespace pardesk

#pragma once
// The height of a spreadsheet row of wrapped text. libxlsxwriter writes no height unless told, and
// LibreOffice does not re-measure the rows of a file it opens: a wrapped cell then spills over the
// rows under it. So the writers estimate the lines each cell needs from its column's width and
// set the row's height. An estimate from character counts (no font at hand in the core), erring
// on the tall side: a little room under the text reads better than a line cut off.

#include <QString>

namespace pardesk {

// Lines that `text` wraps to in a column `columnChars` wide (Excel's width unit: about one digit
// of the default 11 pt font), in a font of `fontPoints`, bold or not. Words are not broken (a word
// longer than the line takes lines of its own); every line feed starts a line. At least 1.
int xlsxWrappedLines(const QString &text, double columnChars, double fontPoints = 11, bool bold = false);

// The row height in points for `lines` lines of `fontPoints` text (Excel's default row is 15 for 11 pt).
double xlsxRowHeight(int lines, double fontPoints = 11);

// The characters of a `fontPoints` font that fit in `columnChars` (Excel's unit); bold and capital
// letters are wider.
double xlsxCharsPerLine(double columnChars, double fontPoints = 11, bool bold = false);

} // namespace pardesk

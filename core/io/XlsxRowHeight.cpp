#include "io/XlsxRowHeight.h"

#include <QStringList>

#include <algorithm>
#include <cmath>

namespace pardesk {

double xlsxCharsPerLine(double columnChars, double fontPoints, bool bold)
{
    // A column's unit is one digit of Calibri 11; average Vietnamese text in a serif of the same
    // size is about as wide, and a cell keeps a little padding on each side.
    const double perChar = fontPoints / 11.0 * (bold ? 1.12 : 1.0);
    return std::max(1.0, (columnChars - 1) / perChar);
}

int xlsxWrappedLines(const QString &text, double columnChars, double fontPoints, bool bold)
{
    const double capacity = xlsxCharsPerLine(columnChars, fontPoints, bold);
    int lines = 0;
    for (const QString &paragraph : text.split(u'\n')) {
        // Capitals are wider than the average letter: count each as one and a third.
        const auto length = [](const QString &s) {
            double n = 0;
            for (const QChar c : s)
                n += c.isUpper() ? 1.33 : 1.0;
            return n;
        };
        double used = 0;
        int here = 1;
        for (const QString &word : paragraph.split(u' ', Qt::SkipEmptyParts)) {
            const double w = length(word);
            if (used > 0 && used + 1 + w > capacity) {
                ++here;
                used = 0;
            }
            if (used == 0 && w > capacity) {
                // A word longer than the line: the spreadsheet breaks it where the line ends.
                here += int(std::ceil(w / capacity)) - 1;
                used = w - (std::ceil(w / capacity) - 1) * capacity;
                continue;
            }
            used += (used > 0 ? 1 : 0) + w;
        }
        lines += here;
    }
    return std::max(1, lines);
}

double xlsxRowHeight(int lines, double fontPoints)
{
    // 15 points a line at 11 pt, as Excel's default row; and 2 points of margin for the borders.
    return std::max(1, lines) * fontPoints * 15.0 / 11.0 + 2;
}

} // namespace pardesk

#include "report/ColumnWidths.h"

#include <QRegularExpression>
#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace pardesk {

QList<double> fitColumns(const QList<ColumnNeed> &needs, double width)
{
    QList<double> out;
    if (needs.isEmpty())
        return out;
    double minimum = 0, maximum = 0, text = 0;
    for (const ColumnNeed &n : needs) {
        minimum += n.minimum;
        maximum += std::max(n.minimum, n.maximum);
        text += n.text;
    }
    // Not even the words fit: shrink all alike (the painter then breaks inside words).
    if (minimum >= width || minimum <= 0) {
        for (const ColumnNeed &n : needs)
            out.append(minimum > 0 ? n.minimum * width / minimum : width / needs.size());
        return out;
    }
    for (const ColumnNeed &n : needs)
        out.append(n.minimum);
    if (maximum <= width) {
        // Every line fits on one line: each column its longest line, and what is left to the text.
        for (int c = 0; c < needs.size(); ++c)
            out[c] = std::max(needs[c].minimum, needs[c].maximum);
        const double left = width - maximum;
        for (int c = 0; c < needs.size(); ++c)
            out[c] += text > 0 ? left * needs[c].text / text : left / needs.size();
        return out;
    }
    // Water filling: the room above the minimums goes to the columns by their text, none past its
    // longest line; what a capped column does not take goes round again to the others.
    QList<bool> open(needs.size(), true);
    double room = width - minimum;
    for (int round = 0; round < needs.size() && room > 1e-9; ++round) {
        double share = 0;
        for (int c = 0; c < needs.size(); ++c)
            if (open[c])
                share += needs[c].text;
        if (share <= 0)
            break;
        double given = 0;
        for (int c = 0; c < needs.size(); ++c) {
            if (!open[c])
                continue;
            const double wanted = room * needs[c].text / share;
            const double cap = std::max(needs[c].minimum, needs[c].maximum) - out[c];
            const double take = std::min(wanted, cap);
            out[c] += take;
            given += take;
            if (take >= cap - 1e-9)
                open[c] = false;
        }
        room -= given;
    }
    // Only columns without text are left open: they share the rest evenly (rarely more than dust).
    if (room > 1e-9) {
        const auto anyOpen = std::count(open.begin(), open.end(), true);
        for (int c = 0; c < needs.size(); ++c)
            out[c] += anyOpen > 0 ? (open[c] ? room / anyOpen : 0) : room / needs.size();
    }
    return out;
}

namespace {

// Lines a cell takes at a width: a paragraph that fits takes one; a longer one its width over the
// line's, plus a little for the ends of lines that words leave short.
double cellLines(const CellParagraphs &paragraphs, double width, double pad, bool whole)
{
    const double line = std::max(1e-6, width - pad);
    double lines = 0;
    for (double advance : paragraphs) {
        if (advance <= line)
            lines += 1;
        else
            lines += whole ? std::ceil(advance * 1.08 / line) : advance * 1.08 / line;
    }
    return std::max(1.0, lines);
}

// How tall the table is at these widths, in lines: the sum of each row's tallest cell, with a
// small share of every cell's lines so that, where no row gets shorter, the widening that takes
// the most lines off a column still wins.
double tableLines(const QList<RowText> &rows, const QList<double> &widths, double pad)
{
    double total = 0;
    for (const RowText &row : rows) {
        double tallest = 1, all = 0;
        for (int c = 0; c < row.size() && c < widths.size(); ++c) {
            if (row[c].isEmpty())
                continue;
            tallest = std::max(tallest, cellLines(row[c], widths[c], pad, true));
            all += cellLines(row[c], widths[c], pad, false);
        }
        total += tallest + 0.02 * all;
    }
    return total;
}

} // namespace

QList<double> fitColumnsToRows(const QList<ColumnNeed> &needs, const QList<RowText> &rows, double width, double pad)
{
    double minimum = 0;
    for (const ColumnNeed &n : needs)
        minimum += n.minimum;
    if (needs.isEmpty() || minimum >= width || minimum <= 0)
        return fitColumns(needs, width);
    QList<double> out;
    for (const ColumnNeed &n : needs)
        out.append(n.minimum);
    double room = width - minimum;
    const double step = room / 120;
    while (room > 1e-9) {
        const double give = std::min(step, room);
        int best = -1;
        double bestLines = 0;
        for (int c = 0; c < needs.size(); ++c) {
            const double cap = std::max(needs[c].minimum, needs[c].maximum);
            if (out[c] >= cap - 1e-9)
                continue;
            QList<double> tried = out;
            tried[c] = std::min(cap, out[c] + give);
            const double lines = tableLines(rows, tried, pad);
            if (best < 0 || lines < bestLines - 1e-9) {
                best = c;
                bestLines = lines;
            }
        }
        if (best < 0)
            break; // every column has its longest line: what is left goes by text below
        const double cap = std::max(needs[best].minimum, needs[best].maximum);
        const double taken = std::min(cap, out[best] + give) - out[best];
        out[best] += taken;
        room -= taken;
    }
    if (room > 1e-9) {
        double text = 0;
        for (const ColumnNeed &n : needs)
            text += n.text;
        for (int c = 0; c < needs.size(); ++c)
            out[c] += text > 0 ? room * needs[c].text / text : room / needs.size();
    }
    return out;
}

double headerWidth(const QString &header, const std::function<double(const QString &)> &advance)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    const QStringList words = header.split(space, Qt::SkipEmptyParts);
    const int n = int(words.size());
    if (n == 0)
        return 0;
    const int lines = n > 6 ? 3 : 2;
    const auto line = [&](int from, int to) { return advance(words.mid(from, to - from).join(u' ')); };
    // best[k][i]: the narrowest widest line that sets the first i words on at most k lines.
    constexpr double kNone = std::numeric_limits<double>::infinity();
    QList<QList<double>> best(lines + 1, QList<double>(n + 1, kNone));
    best[0][0] = 0;
    for (int k = 1; k <= lines; ++k) {
        best[k][0] = 0;
        for (int i = 1; i <= n; ++i)
            for (int j = 0; j < i; ++j)
                if (best[k - 1][j] < kNone)
                    best[k][i] = std::min(best[k][i], std::max(best[k - 1][j], line(j, i)));
    }
    return best[lines][n];
}

} // namespace pardesk

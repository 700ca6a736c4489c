#include "entry/ClipboardTable.h"

#include <utility>

namespace pardesk {

QList<QStringList> ClipboardTable::parse(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;     // inside a quoted cell
    bool cellStarted = false; // something was read since the last tab or line break
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                cell.append(u'"');
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                cell.append(c);
            }
            continue;
        }
        if (c == u'"' && !cellStarted) {
            quoted = true;
            cellStarted = true;
        } else if (c == u'\t') {
            row.append(std::exchange(cell, {}));
            cellStarted = false;
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')
                ++i;
            row.append(std::exchange(cell, {}));
            rows.append(std::exchange(row, {}));
            cellStarted = false;
        } else {
            cell.append(c);
            cellStarted = true;
        }
    }
    if (cellStarted || !row.isEmpty()) {
        row.append(cell);
        rows.append(row);
    }
    return rows;
}

NumberConvention ClipboardTable::conventionOf(const QStringList &cells, NumberConvention preferred)
{
    const NumberConvention other =
        preferred == NumberConvention::Vietnamese ? NumberConvention::C : NumberConvention::Vietnamese;
    // (cells that cannot be read, cells read against the convention)
    auto cost = [&](NumberConvention convention) {
        std::pair<int, int> c{0, 0};
        for (const QString &cell : cells) {
            const ParsedNumber p = parseNumber(cell, UnitScale::Other, convention);
            c.first += p.kind == ParsedNumber::Kind::Invalid;
            c.second += p.decimalSlip;
        }
        return c;
    };
    return cost(other) < cost(preferred) ? other : preferred;
}

} // namespace pardesk

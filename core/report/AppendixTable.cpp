#include "report/AppendixTable.h"

#include "text/NumberFormat.h"
#include "text/DateText.h"

#include <algorithm>
#include <QDate>

namespace pardesk {

int AppendixTable::headerRowCount() const
{
    int rows = 1;
    for (const HeaderCell &cell : header)
        rows = std::max(rows, cell.row + cell.rowSpan);
    return rows;
}

bool AppendixTable::spansColumns(const AppendixRow &row)
{
    if (row.kind != RowKind::Group || row.cells.size() < 3)
        return false;
    return std::all_of(row.cells.begin() + 2, row.cells.end(), [](const AppendixCell &c) { return c.text.isEmpty(); });
}

QList<HeaderCell> AppendixTable::headerCells() const
{
    if (!header.isEmpty())
        return header;
    QList<HeaderCell> cells;
    for (int c = 0; c < columns.size(); ++c)
        cells.append({columns[c].header, 0, c, 1, 1});
    return cells;
}

QStringList AppendixTable::firstColumn() const
{
    QStringList out;
    for (const AppendixRow &row : rows)
        out.append(row.cells.isEmpty() ? QString() : row.cells.first().text);
    return out;
}

AppendixCell AppendixTable::numberCell(std::optional<double> value, int maxDecimals)
{
    if (!value)
        return {};
    return {formatNumber(*value, maxDecimals), value};
}

AppendixRow &AppendixTable::addRow(RowKind kind, const QStringList &texts, bool bold)
{
    AppendixRow row;
    row.kind = kind;
    row.bold = bold || kind == RowKind::Group;
    for (int c = 0; c < columns.size(); ++c)
        row.cells.append(textCell(texts.value(c)));
    rows.append(std::move(row));
    return rows.last();
}

void AppendixTable::dropEmptyColumns()
{
    if (!header.isEmpty())
        return;
    for (int c = int(columns.size()) - 1; c >= 1; --c) {
        const bool empty = std::all_of(rows.cbegin(), rows.cend(), [c](const AppendixRow &row) {
            return row.cells.value(c).text.trimmed().isEmpty();
        });
        if (!empty)
            continue;
        columns.removeAt(c);
        for (AppendixRow &row : rows)
            if (c < row.cells.size())
                row.cells.removeAt(c);
    }
}

QString appendixDate(const QString &isoDate)
{
    const QDate full = QDate::fromString(isoDate, Qt::ISODate);
    if (full.isValid())
        return dateText(full);
    const QDate month = QDate::fromString(isoDate, QStringLiteral("yyyy-MM"));
    if (month.isValid())
        return QStringLiteral("…/%1/%2").arg(month.month()).arg(month.year());
    return isoDate.isEmpty() ? QStringLiteral("…") : isoDate;
}

QString appendixUpper(const QString &text)
{
    return text.toUpper();
}

} // namespace pardesk

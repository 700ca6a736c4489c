#include "report/CsvExport.h"

#include "io/StagedFile.h"

#include <QRegularExpression>

namespace pardesk {
namespace {

QString line(const QStringList &fields)
{
    QStringList out;
    for (const QString &f : fields)
        out.append(CsvExport::quoted(f));
    return out.join(u',') + QStringLiteral("\r\n");
}

} // namespace

QString CsvExport::neutralised(const AppendixCell &cell)
{
    static const QRegularExpression plainNumber(QStringLiteral("^-?[0-9][0-9.,]*%?$"));
    const QString &text = cell.text;
    if (text.isEmpty())
        return text;
    if (cell.number && plainNumber.match(text).hasMatch())
        return text;
    const QChar first = text.front();
    if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r')
        return u'\'' + text;
    return text;
}

QString CsvExport::quoted(const QString &field)
{
    QString out = field;
    out.replace(u'"', QStringLiteral("\"\""));
    return u'"' + out + u'"';
}

QByteArray CsvExport::toBytes(const AppendixTable &table)
{
    QString text;
    const auto identityLine = [&](const QString &s) {
        if (!s.isEmpty())
            text += line({neutralised(AppendixTable::textCell(s))});
    };
    identityLine(table.identity.label.isEmpty() ? table.identity.title : table.identity.label + u' ' + table.identity.title);
    identityLine(table.identity.attachedTo.isEmpty() ? QString() : QStringLiteral("(%1)").arg(table.identity.attachedTo));
    identityLine(table.identity.notice);
    text += QStringLiteral("\r\n");

    // The header as a grid: a merged cell's text in its first position, the rest empty.
    QList<QStringList> header(table.headerRowCount(), QStringList(table.columns.size()));
    for (const HeaderCell &cell : table.headerCells())
        header[cell.row][cell.column] = cell.text;
    for (const QStringList &row : std::as_const(header)) {
        QStringList fields;
        for (const QString &f : row)
            fields.append(neutralised(AppendixTable::textCell(f)));
        text += line(fields);
    }
    for (const AppendixRow &row : table.rows) {
        QStringList fields;
        for (const AppendixCell &cell : row.cells)
            fields.append(neutralised(cell));
        text += line(fields);
    }
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

Status CsvExport::write(const AppendixTable &table, const QString &path)
{
    return StagedFile::writeAll(path, toBytes(table));
}

} // namespace pardesk

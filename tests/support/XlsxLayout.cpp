#include "XlsxLayout.h"

#include "exchange/ZipArchive.h"

#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>

namespace pardesk::test {
namespace {

// "C12" → (column 3, row 12).
QPoint cellPoint(QStringView ref)
{
    int column = 0, i = 0;
    while (i < ref.size() && ref[i].isLetter())
        column = column * 26 + (ref[i++].toUpper().unicode() - 'A' + 1);
    return {column, ref.mid(i).toInt()};
}

} // namespace

double XlsxLayout::width(int row, int column) const
{
    for (const QRect &m : merges) {
        if (m.contains(column, row)) {
            double sum = 0;
            for (int c = m.left(); c <= m.right(); ++c)
                sum += columnWidths.value(c, 8.43);
            return sum;
        }
    }
    return columnWidths.value(column, 8.43); // Excel's default column
}

bool XlsxLayout::hidden(int row, int column) const
{
    for (const QRect &m : merges)
        if (m.contains(column, row) && (m.left() != column || m.top() != row))
            return true;
    return false;
}

XlsxLayout readXlsxLayout(const QString &path)
{
    XlsxLayout out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        out.error = file.errorString();
        return out;
    }
    auto zip = ZipArchive::open(file.readAll(), path);
    if (!zip) {
        out.error = zip.error();
        return out;
    }
    auto archive = std::move(zip).value();
    const auto sheet = archive.read(QStringLiteral("xl/worksheets/sheet1.xml"));
    if (!sheet) {
        out.error = sheet.error();
        return out;
    }
    QXmlStreamReader xml(sheet.value());
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QXmlStreamAttributes a = xml.attributes();
        if (xml.name() == u"col") {
            for (int c = a.value(QLatin1String("min")).toInt(); c <= a.value(QLatin1String("max")).toInt(); ++c)
                out.columnWidths.insert(c, a.value(QLatin1String("width")).toDouble());
        } else if (xml.name() == u"row" && a.hasAttribute(QLatin1String("ht"))) {
            out.rowHeights.insert(a.value(QLatin1String("r")).toInt(), a.value(QLatin1String("ht")).toDouble());
        } else if (xml.name() == u"mergeCell") {
            const QStringList ends = a.value(QLatin1String("ref")).toString().split(u':');
            if (ends.size() == 2)
                out.merges.append(QRect(cellPoint(ends[0]), cellPoint(ends[1])));
        }
    }
    if (xml.hasError())
        out.error = xml.errorString();
    return out;
}

} // namespace pardesk::test

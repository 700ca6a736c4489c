#include "exchange/XlsxReader.h"

#include "exchange/XlsxNumberFormats.h"
#include "exchange/ZipArchive.h"
#include "io/FileRead.h"

#include <QFile>
#include <QHash>
#include <QSet>
#include <QXmlStreamReader>
#include <algorithm>

namespace pardesk {
namespace {

// "AB12" → column 28; 0 when the reference has no letters.
int columnOf(QStringView ref)
{
    int column = 0;
    for (QChar c : ref) {
        if (c >= u'A' && c <= u'Z')
            column = column * 26 + (c.unicode() - u'A' + 1);
        else
            break;
        if (column > 16384) // Excel's last column is XFD
            return 0;
    }
    return column;
}

int rowOf(QStringView ref)
{
    qsizetype i = 0;
    while (i < ref.size() && ref[i].isLetter())
        ++i;
    bool ok = false;
    const int row = ref.mid(i).toInt(&ok);
    return ok && row > 0 && row <= 1048576 ? row : 0;
}

QString xmlError(const QString &fileName, const QString &part, const QXmlStreamReader &xml)
{
    return XlsxReader::tr("%1: the part \"%2\" is not well-formed XML (line %3: %4).")
        .arg(fileName, part)
        .arg(xml.lineNumber())
        .arg(xml.errorString());
}

// The text of an <si> or <is> element: its <t>, or the <t> of each of its runs (<r>); phonetic
// runs (<rPh>) are not part of the text.
QString readRichText(QXmlStreamReader &xml)
{
    QString text;
    const QString end = xml.name().toString();
    int phonetic = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"rPh")
            ++phonetic;
        else if (xml.isEndElement() && xml.name() == u"rPh")
            --phonetic;
        else if (xml.isStartElement() && xml.name() == u"t" && phonetic == 0)
            text += xml.readElementText();
        else if (xml.isEndElement() && xml.name() == end)
            break;
    }
    return text;
}

Result<QStringList> sharedStrings(ZipArchive &zip, const QString &fileName)
{
    const QString part = QStringLiteral("xl/sharedStrings.xml");
    if (!zip.contains(part))
        return QStringList();
    const auto bytes = zip.read(part);
    if (!bytes)
        return bytes.failure();
    QStringList strings;
    QXmlStreamReader xml(bytes.value());
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"si")
            strings.append(readRichText(xml));
    }
    if (xml.hasError())
        return Error{xmlError(fileName, part, xml)};
    return strings;
}

struct SheetEntry {
    QString name;
    QString relationId;
    bool hidden = false;
    QString part;
};

Result<QList<SheetEntry>> sheetList(ZipArchive &zip, const QString &fileName)
{
    const QString workbookPart = QStringLiteral("xl/workbook.xml");
    const auto workbook = zip.read(workbookPart);
    if (!workbook)
        return workbook.failure();
    QList<SheetEntry> sheets;
    QXmlStreamReader xml(workbook.value());
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"sheet") {
            const QXmlStreamAttributes a = xml.attributes();
            QString id;
            for (const QXmlStreamAttribute &attribute : a)
                if (attribute.name() == u"id") // r:id, whatever prefix the writer chose
                    id = attribute.value().toString();
            sheets.append({a.value(QLatin1String("name")).toString(), id, !a.value(QLatin1String("state")).isEmpty() && a.value(QLatin1String("state")) != u"visible", {}});
        }
    }
    if (xml.hasError())
        return Error{xmlError(fileName, workbookPart, xml)};

    const QString relsPart = QStringLiteral("xl/_rels/workbook.xml.rels");
    const auto rels = zip.read(relsPart);
    if (!rels)
        return rels.failure();
    QHash<QString, QString> targets;
    QXmlStreamReader relsXml(rels.value());
    while (!relsXml.atEnd()) {
        relsXml.readNext();
        if (relsXml.isStartElement() && relsXml.name() == u"Relationship")
            targets.insert(relsXml.attributes().value(QLatin1String("Id")).toString(), relsXml.attributes().value(QLatin1String("Target")).toString());
    }
    if (relsXml.hasError())
        return Error{xmlError(fileName, relsPart, relsXml)};
    for (SheetEntry &sheet : sheets) {
        QString target = targets.value(sheet.relationId);
        if (target.isEmpty())
            return Error{XlsxReader::tr("%1: the sheet \"%2\" has no part in the workbook.").arg(fileName, sheet.name)};
        // Relative to xl/, or absolute from the package root.
        sheet.part = target.startsWith(u'/') ? target.mid(1) : QStringLiteral("xl/") + target;
        if (ZipArchive::climbsOut(sheet.part))
            return Error{XlsxReader::tr("%1: the sheet \"%2\" points outside the workbook.").arg(fileName, sheet.name)};
    }
    return sheets;
}

Status readCells(const QByteArray &bytes, const QStringList &strings, const XlsxNumberFormats &styles,
                 const QString &fileName, const QString &part, XlsxSheet *sheet)
{
    QXmlStreamReader xml(bytes);
    int implicitRow = 0;
    int implicitColumn = 0;
    QSet<qint64> seen; // row × column of every <c>: one cell written twice is ambiguous
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"row") {
            const int r = xml.attributes().value(QLatin1String("r")).toInt();
            implicitRow = r > 0 ? r : implicitRow + 1;
            implicitColumn = 0;
            continue;
        }
        if (xml.name() != u"c")
            continue;
        const QStringView ref = xml.attributes().value(QLatin1String("r"));
        XlsxCell cell;
        cell.row = ref.isEmpty() ? implicitRow : rowOf(ref);
        cell.column = ref.isEmpty() ? implicitColumn + 1 : columnOf(ref);
        implicitColumn = cell.column;
        if (cell.row <= 0 || cell.column <= 0)
            return Error{XlsxReader::tr("%1, sheet %2: the cell reference \"%3\" is not valid.")
                             .arg(fileName, sheet->name, ref.toString())};
        if (const qint64 key = qint64(cell.row) * 20000 + cell.column; !seen.contains(key)) {
            seen.insert(key);
        } else {
            return Error{XlsxReader::tr("%1, sheet %2, cell %3: the cell is written twice in the file; programs would "
                                        "show different values. It was not read.")
                             .arg(fileName, sheet->name, XlsxReader::cellName(cell.row, cell.column))};
        }
        const int style = xml.attributes().value(QLatin1String("s")).toInt();
        const QString type = xml.attributes().value(QLatin1String("t")).toString();
        QString value;
        bool hasValue = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == u"v") {
                value = xml.readElementText();
                hasValue = true;
            } else if (xml.isStartElement() && xml.name() == u"is") {
                cell.text = readRichText(xml);
            } else if (xml.isEndElement() && xml.name() == u"c") {
                break;
            }
        }
        const QString where = XlsxReader::tr("%1, sheet %2, cell %3").arg(fileName, sheet->name, XlsxReader::cellName(cell.row, cell.column));
        if (type == u"s") {
            bool ok = false;
            const int index = value.toInt(&ok);
            if (!ok || index < 0 || index >= strings.size())
                return Error{XlsxReader::tr("%1: the shared string %2 does not exist.").arg(where, value)};
            cell.text = strings[index];
        } else if (type == u"str" || type == u"e") {
            cell.text = value; // a formula's text result, or an error such as #DIV/0!
        } else if (type == u"b") {
            cell.text = value;
            cell.number = value == u"1" ? 1.0 : 0.0;
        } else if (type != u"inlineStr" && hasValue && !value.isEmpty()) {
            // An empty <v/> is no value: openpyxl writes one for a formula it did not compute.
            bool ok = false;
            const double number = value.toDouble(&ok);
            if (!ok)
                return Error{XlsxReader::tr("%1: \"%2\" is stored as a number but is not one.").arg(where, value)};
            cell.text = value;
            cell.number = number;
            cell.format = styles.formatOf(style);
        }
        if (!cell.text.isEmpty() || cell.number)
            sheet->cells.append(cell);
    }
    if (xml.hasError())
        return Error{xmlError(fileName, part, xml)};
    std::stable_sort(sheet->cells.begin(), sheet->cells.end(), [](const XlsxCell &a, const XlsxCell &b) {
        return a.row != b.row ? a.row < b.row : a.column < b.column;
    });
    return {};
}

} // namespace

const XlsxCell *XlsxSheet::cell(int row, int column) const
{
    const auto it = std::lower_bound(cells.cbegin(), cells.cend(), std::pair(row, column), [](const XlsxCell &c, std::pair<int, int> key) {
        return c.row != key.first ? c.row < key.first : c.column < key.second;
    });
    return it != cells.cend() && it->row == row && it->column == column ? &*it : nullptr;
}

QString XlsxReader::cellName(int row, int column)
{
    QString letters;
    for (int c = column; c > 0; c = (c - 1) / 26)
        letters.prepend(QChar(u'A' + (c - 1) % 26));
    return letters + QString::number(row);
}

Result<QList<XlsxSheet>> XlsxReader::read(const QString &path)
{
    const auto bytes = FileRead::read(path, kMaxTotalBytes, tr("a workbook of a form"));
    if (!bytes)
        return bytes.failure();
    return parse(bytes.value(), path);
}

Result<QList<XlsxSheet>> XlsxReader::parse(const QByteArray &bytes, const QString &fileName)
{
    auto opened = ZipArchive::open(bytes, fileName, {kMaxTotalBytes, kMaxEntries, kMaxRatio});
    if (!opened)
        return opened.failure();
    ZipArchive &zip = opened.value();
    const auto strings = sharedStrings(zip, fileName);
    if (!strings)
        return strings.failure();
    const auto entries = sheetList(zip, fileName);
    if (!entries)
        return entries.failure();
    const auto styles = XlsxNumberFormats::read(zip, fileName);
    if (!styles)
        return styles.failure();
    QList<XlsxSheet> sheets;
    for (const SheetEntry &entry : entries.value()) {
        const auto bytes = zip.read(entry.part);
        if (!bytes)
            return bytes.failure();
        XlsxSheet sheet{entry.name, entry.hidden, {}};
        if (Status s = readCells(bytes.value(), strings.value(), styles.value(), fileName, entry.part, &sheet); !s)
            return s.failure();
        sheets.append(std::move(sheet));
    }
    if (sheets.isEmpty())
        return Error{tr("%1: the workbook has no sheet.").arg(fileName)};
    return sheets;
}

} // namespace pardesk

#include "exchange/XlsxReader.h"

#include <QBuffer>
#include <QFile>
#include <QHash>
#include <QXmlStreamReader>
#include <algorithm>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>

namespace pardesk {
namespace {

// A name that would be written outside the folder it is unpacked into ("../x", "/etc/x", "C:\x").
bool climbsOut(const QString &name)
{
    const QString slashed = QString(name).replace(u'\\', u'/');
    if (slashed.startsWith(u'/') || (slashed.size() > 1 && slashed[1] == u':'))
        return true;
    const QStringList parts = slashed.split(u'/');
    return std::any_of(parts.cbegin(), parts.cend(), [](const QString &p) { return p == u".."; });
}

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

// The entries of the zip, read with the limits enforced on what is actually unpacked, not only
// on what the directory claims.
class Unzipped {
public:
    Status open(const QByteArray &bytes, const QString &fileName)
    {
        m_fileName = fileName;
        m_bytes = bytes;
        m_buffer.setBuffer(&m_bytes);
        m_zip.setIoDevice(&m_buffer);
        if (!bytes.startsWith("PK") || !m_zip.open(QuaZip::mdUnzip))
            return Error{XlsxReader::tr("%1: the file is not an XLSX workbook (not a zip archive).").arg(fileName)};
        const QList<QuaZipFileInfo64> entries = m_zip.getFileInfoList64();
        if (entries.size() > XlsxReader::kMaxEntries)
            return Error{XlsxReader::tr("%1: the archive holds %2 entries; a workbook has far fewer. It was not read.")
                             .arg(fileName)
                             .arg(entries.size())};
        quint64 total = 0;
        for (const QuaZipFileInfo64 &entry : entries) {
            if (climbsOut(entry.name))
                return Error{XlsxReader::tr("%1: the archive entry \"%2\" points outside the workbook. It was not read.")
                                 .arg(fileName, entry.name)};
            total += entry.uncompressedSize;
            m_declared.insert(entry.name, entry.uncompressedSize);
            if (entry.uncompressedSize > 1024 * 1024 &&
                entry.uncompressedSize > quint64(XlsxReader::kMaxRatio) * std::max<quint64>(entry.compressedSize, 1))
                return bomb(entry.name);
        }
        if (total > quint64(XlsxReader::kMaxTotalBytes))
            return bomb({});
        return {};
    }

    bool contains(const QString &name) const { return m_declared.contains(name); }

    Result<QByteArray> entry(const QString &name)
    {
        if (!m_zip.setCurrentFile(name))
            return Error{XlsxReader::tr("%1: the workbook has no part \"%2\".").arg(m_fileName, name)};
        QuaZipFile file(&m_zip);
        if (!file.open(QIODevice::ReadOnly))
            return Error{XlsxReader::tr("%1: the part \"%2\" cannot be unpacked.").arg(m_fileName, name)};
        QByteArray out;
        char chunk[65536];
        for (;;) {
            const qint64 n = file.read(chunk, sizeof chunk);
            if (n < 0)
                return Error{XlsxReader::tr("%1: the part \"%2\" is damaged.").arg(m_fileName, name)};
            if (n == 0)
                break;
            m_unpacked += n;
            if (m_unpacked > XlsxReader::kMaxTotalBytes)
                return Error{bomb(name).error()};
            out.append(chunk, n);
        }
        file.close();
        if (file.getZipError() != UNZ_OK)
            return Error{XlsxReader::tr("%1: the part \"%2\" is damaged.").arg(m_fileName, name)};
        return out;
    }

private:
    Status bomb(const QString &name) const
    {
        const QString what = name.isEmpty() ? m_fileName : m_fileName + QStringLiteral(", ") + name;
        return Error{XlsxReader::tr("%1: the archive would unpack to far more than a workbook holds (a decompression "
                                    "bomb?). It was not read.")
                         .arg(what)};
    }

    QString m_fileName;
    QByteArray m_bytes;
    QBuffer m_buffer;
    QuaZip m_zip;
    QHash<QString, quint64> m_declared;
    qint64 m_unpacked = 0;
};

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

Result<QStringList> sharedStrings(Unzipped &zip, const QString &fileName)
{
    const QString part = QStringLiteral("xl/sharedStrings.xml");
    if (!zip.contains(part))
        return QStringList();
    const auto bytes = zip.entry(part);
    if (!bytes)
        return Error{bytes.error()};
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

Result<QList<SheetEntry>> sheetList(Unzipped &zip, const QString &fileName)
{
    const QString workbookPart = QStringLiteral("xl/workbook.xml");
    const auto workbook = zip.entry(workbookPart);
    if (!workbook)
        return Error{workbook.error()};
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
    const auto rels = zip.entry(relsPart);
    if (!rels)
        return Error{rels.error()};
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
        if (climbsOut(sheet.part))
            return Error{XlsxReader::tr("%1: the sheet \"%2\" points outside the workbook.").arg(fileName, sheet.name)};
    }
    return sheets;
}

Status readCells(const QByteArray &bytes, const QStringList &strings, const QString &fileName, const QString &part,
                 XlsxSheet *sheet)
{
    QXmlStreamReader xml(bytes);
    int implicitRow = 0;
    int implicitColumn = 0;
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
        } else if (type != u"inlineStr" && hasValue) {
            bool ok = false;
            const double number = value.toDouble(&ok);
            if (!ok)
                return Error{XlsxReader::tr("%1: \"%2\" is stored as a number but is not one.").arg(where, value)};
            cell.text = value;
            cell.number = number;
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
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("%1: the file cannot be read (%2).").arg(path, file.errorString())};
    if (file.size() > kMaxTotalBytes)
        return Error{tr("%1: the file is larger than any workbook of a form (%2 bytes).").arg(path).arg(file.size())};
    return parse(file.readAll(), path);
}

Result<QList<XlsxSheet>> XlsxReader::parse(const QByteArray &bytes, const QString &fileName)
{
    Unzipped zip;
    if (Status s = zip.open(bytes, fileName); !s)
        return Error{s.error()};
    const auto strings = sharedStrings(zip, fileName);
    if (!strings)
        return Error{strings.error()};
    const auto entries = sheetList(zip, fileName);
    if (!entries)
        return Error{entries.error()};
    QList<XlsxSheet> sheets;
    for (const SheetEntry &entry : entries.value()) {
        const auto bytes = zip.entry(entry.part);
        if (!bytes)
            return Error{bytes.error()};
        XlsxSheet sheet{entry.name, entry.hidden, {}};
        if (Status s = readCells(bytes.value(), strings.value(), fileName, entry.part, &sheet); !s)
            return Error{s.error()};
        sheets.append(std::move(sheet));
    }
    if (sheets.isEmpty())
        return Error{tr("%1: the workbook has no sheet.").arg(fileName)};
    return sheets;
}

} // namespace pardesk

#include "exchange/XlsxNumberFormats.h"

#include "exchange/ZipArchive.h"

#include <QHash>
#include <QXmlStreamReader>

namespace pardesk {
namespace {

// The formats Excel numbers without writing them out (ECMA-376 part 1, 18.8.30).
XlsxCell::Format builtIn(int id)
{
    if (id == 9 || id == 10)
        return XlsxCell::Format::Percent;
    if ((id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58))
        return XlsxCell::Format::DateTime;
    return XlsxCell::Format::Plain;
}

} // namespace

XlsxCell::Format XlsxNumberFormats::classify(const QString &formatCode)
{
    // Only the code's own letters count: not quoted text, escaped characters, fill and padding
    // characters, or colours and conditions in brackets (but [h], [mm], [ss] are elapsed time).
    QString code;
    for (qsizetype i = 0; i < formatCode.size(); ++i) {
        const QChar c = formatCode[i];
        if (c == u'"') {
            const qsizetype end = formatCode.indexOf(u'"', i + 1);
            i = end < 0 ? formatCode.size() : end;
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++i;
        } else if (c == u'[') {
            const qsizetype end = formatCode.indexOf(u']', i + 1);
            const QString inside = formatCode.mid(i + 1, (end < 0 ? formatCode.size() : end) - i - 1).toLower();
            if (!inside.isEmpty() && inside.count(inside[0]) == inside.size() && QStringLiteral("hms").contains(inside[0]))
                code += inside;
            i = end < 0 ? formatCode.size() : end;
        } else {
            code += c.toLower();
        }
    }
    code.remove(QStringLiteral("general"));
    if (code.contains(u'%'))
        return XlsxCell::Format::Percent;
    for (QChar c : code)
        if (c == u'd' || c == u'm' || c == u'y' || c == u'h' || c == u's')
            return XlsxCell::Format::DateTime;
    return XlsxCell::Format::Plain;
}

Result<XlsxNumberFormats> XlsxNumberFormats::read(ZipArchive &zip, const QString &fileName)
{
    XlsxNumberFormats formats;
    const QString part = QStringLiteral("xl/styles.xml");
    if (!zip.contains(part))
        return formats;
    const auto bytes = zip.read(part);
    if (!bytes)
        return bytes.failure();
    QHash<int, XlsxCell::Format> custom;
    bool inCellXfs = false;
    QXmlStreamReader xml(bytes.value());
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"numFmt") {
            custom.insert(xml.attributes().value(QLatin1String("numFmtId")).toInt(),
                          classify(xml.attributes().value(QLatin1String("formatCode")).toString()));
        } else if (xml.name() == u"cellXfs") {
            inCellXfs = xml.isStartElement();
        } else if (inCellXfs && xml.isStartElement() && xml.name() == u"xf") {
            const int id = xml.attributes().value(QLatin1String("numFmtId")).toInt();
            formats.m_byStyle.append(custom.contains(id) ? custom.value(id) : builtIn(id));
        }
    }
    if (xml.hasError())
        return Error{XlsxReader::tr("%1: the part \"%2\" is not well-formed XML (line %3: %4).")
                         .arg(fileName, part)
                         .arg(xml.lineNumber())
                         .arg(xml.errorString())};
    return formats;
}

XlsxCell::Format XlsxNumberFormats::formatOf(int styleIndex) const
{
    return styleIndex >= 0 && styleIndex < m_byStyle.size() ? m_byStyle[styleIndex] : XlsxCell::Format::Plain;
}

} // namespace pardesk

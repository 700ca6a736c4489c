#include "text/SourceName.h"

#include <QRegularExpression>
#include <QStringList>

namespace pardesk {
namespace {

// "2024-07-15" → "ngày 15/7/2024", "2024-07" → "tháng 7/2024", "2024" → "năm 2024": how the
// seeds themselves write dates in citations (no leading zero on day and month).
QString citedDate(const QString &iso)
{
    const QStringList parts = iso.split(u'-', Qt::SkipEmptyParts);
    auto n = [&](int i) { return QString::number(parts.value(i).toInt()); };
    switch (parts.size()) {
    case 3:
        return SourceName::tr("dated %1").arg(n(2) + u'/' + n(1) + u'/' + parts[0]);
    case 2:
        return SourceName::tr("in %1").arg(n(1) + u'/' + parts[0]);
    case 1:
        return SourceName::tr("of the year %1").arg(parts[0]);
    default:
        return {};
    }
}

// The provenance's part before its parenthesised remarks and second citations: "Phụ lục row 10".
QString mainPart(const QString &source)
{
    QString body = source.section(u':', 1);
    for (const QChar stop : {u'(', u';'}) {
        const qsizetype at = body.indexOf(stop);
        if (at >= 0)
            body.truncate(at);
    }
    return body.trimmed();
}

} // namespace

bool SourceName::isUnnumbered(const QString &number)
{
    return number.trimmed().isEmpty() || number.trimmed().startsWith(u'/');
}

QString SourceName::document(const DocumentCitation &d)
{
    const QString kind = d.typeLabel.isEmpty() ? tr("Document") : d.typeLabel;
    if (!isUnnumbered(d.number))
        return tr("%1 No. %2").arg(kind, d.number.trimmed());
    QString name = kind;
    if (const QString date = citedDate(d.issued); !date.isEmpty())
        name += u' ' + date;
    if (!d.issuer.isEmpty())
        name += u' ' + tr("of %1").arg(d.issuer);
    return name;
}

QString SourceName::part(const QString &source)
{
    static const QRegularExpression code(QStringLiteral("^[0-9IVX]+(\\.[0-9A-Za-z]+)*$"));
    static const QRegularExpression appendixNumber(QStringLiteral("^Phụ lục (\\d\\d)\\b(.*)$"));
    static const QRegularExpression appendixRow(QStringLiteral("^Phụ lục row (\\d+)"));
    static const QRegularExpression appendixItem(QStringLiteral("^Phụ lục ([0-9IVX]+(?:\\.[0-9A-Za-z]+)*)(.*)$"));
    static const QRegularExpression tableRow(QStringLiteral("^([0-9IVX.]+) table(?: row|,) (.+)$"));
    static const QRegularExpression row(QStringLiteral(" row (\\d+)"));
    static const QRegularExpression fileLines(QStringLiteral(",?\\s*lines? [0-9][0-9,\\-– ]*"));

    QString body = mainPart(source);
    // File lines ("line 72", "lines 40-153", ", line 161") are the transcription's own bookkeeping.
    body.remove(fileLines);
    body = body.trimmed();
    if (body.isEmpty())
        return {};
    if (body == u"header")
        return tr("heading");
    if (code.match(body).hasMatch())
        return tr("section %1").arg(body);
    if (const auto m = appendixRow.match(body); m.hasMatch())
        return tr("Appendix, row %1").arg(m.captured(1));
    if (const auto m = appendixNumber.match(body); m.hasMatch()) {
        const auto r = row.match(m.captured(2));
        return r.hasMatch() ? tr("Appendix %1, row %2").arg(m.captured(1), r.captured(1))
                            : tr("Appendix %1").arg(m.captured(1));
    }
    if (const auto m = appendixItem.match(body); m.hasMatch()) {
        // The seeds' own remark (", dòng không có số thứ tự") is Vietnamese already.
        const QString rest = m.captured(2).trimmed();
        const QString item = tr("Appendix, section %1").arg(m.captured(1));
        return rest.isEmpty() ? item : item + (rest.startsWith(u',') ? rest : QStringLiteral(", ") + rest);
    }
    if (const auto m = tableRow.match(body); m.hasMatch())
        return tr("section %1, table, row %2").arg(m.captured(1), m.captured(2));
    return body; // already the document's own words ("Nơi nhận")
}

QString SourceName::of(const DocumentCitation &document, const QString &source)
{
    const QString name = SourceName::document(document);
    const QString where = part(source);
    return where.isEmpty() ? name : name + QStringLiteral(", ") + where;
}

} // namespace pardesk

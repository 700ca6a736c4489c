#include "report/DocumentHeader.h"

#include "report/AppendixTable.h"
#include "report/AppendixText.h"

#include <QDate>
#include <QRegularExpression>

namespace pardesk {
namespace {

constexpr auto kUnicode = QRegularExpression::UseUnicodePropertiesOption | QRegularExpression::CaseInsensitiveOption;

// The abbreviations the data writes ("UBND tỉnh", "HĐND tỉnh") spelled out, as a header names its
// own body in full.
QString spelledOut(QString name)
{
    static const QRegularExpression committee(QStringLiteral("(?<!\\w)UBND(?!\\w)"), kUnicode);
    static const QRegularExpression council(QStringLiteral("(?<!\\w)HĐND(?!\\w)"), kUnicode);
    name.replace(committee, QStringLiteral("Ủy ban nhân dân"));
    name.replace(council, QStringLiteral("Hội đồng nhân dân"));
    return name.replace(QStringLiteral("Uỷ"), QStringLiteral("Ủy")).replace(QStringLiteral("uỷ"), QStringLiteral("ủy"));
}

// A People's Committee or Council (of any level) and the Party committee head their own documents:
// the header names only them. Every other body of a province (departments, offices, steering
// committees, centres) is headed by the province's People's Committee as its parent body: the
// agencies ParDesk prints for report to it, and the data names no other parent.
bool standsAlone(const QString &name)
{
    static const QRegularExpression own(QStringLiteral("^(Ủy ban nhân dân|Hội đồng nhân dân|Tỉnh ủy|People.s Committee|People.s Council)(\\s|$)"), kUnicode);
    return own.match(name).hasMatch();
}

// "Ủy ban nhân dân thị xã Duyên Hải" dates its documents "Duyên Hải, ngày …".
QString localPlace(const QString &name)
{
    static const QRegularExpression unit(
        QStringLiteral("\\s(?:thị xã|thành phố|huyện|quận|thị trấn|xã|phường)\\s+(\\S.*)$"), kUnicode);
    const auto match = unit.match(name);
    return match.hasMatch() ? match.captured(1).trimmed() : QString();
}

// 5 → "05"; Nghị định 30 writes a zero before days under 10 and before months 1 and 2.
QString padded(int value, int below)
{
    return value < below ? QStringLiteral("%1").arg(value, 2, 10, QChar(u'0')) : QString::number(value);
}

} // namespace

DocumentHeader::Issuer DocumentHeader::issuer(const QString &rawName, const QString &province)
{
    QString name = spelledOut(rawName.simplified());
    // The chair's documents carry the committee's name ("Chủ tịch UBND tỉnh" signs for it).
    static const QRegularExpression chair(QStringLiteral("^Chủ tịch\\s+"), kUnicode);
    name.remove(chair);
    Issuer out;
    out.place = province;
    if (standsAlone(name)) {
        // "Ủy ban nhân dân tỉnh" as an agency list names it: the header says which province.
        if (!province.isEmpty() && name.endsWith(QStringLiteral(" tỉnh"), Qt::CaseInsensitive))
            name += u' ' + province;
        if (const QString local = localPlace(name); !local.isEmpty())
            out.place = local;
        out.body = appendixUpper(name);
        return out;
    }
    if (!province.isEmpty()) {
        out.parentBody = appendixUpper(tr("People's Committee of %1 province").arg(province));
        // Under its province's committee, a body drops the province from its own name.
        const QString suffix = QStringLiteral(" tỉnh ") + province;
        if (name.endsWith(suffix, Qt::CaseInsensitive))
            name.chop(suffix.size());
    }
    // "Sở Thông tin và Truyền thông tỉnh": a department is the province's, the word adds nothing.
    if (name.startsWith(QStringLiteral("Sở "), Qt::CaseInsensitive) && name.endsWith(QStringLiteral(" tỉnh"), Qt::CaseInsensitive))
        name.chop(5);
    out.body = appendixUpper(name);
    return out;
}

void DocumentHeader::fill(AppendixIdentity &identity, const QString &issuerName, const QString &province,
                          const QString &number, const QString &isoDate)
{
    const Issuer heading = issuer(issuerName, province);
    identity.parentBody = heading.parentBody;
    identity.issuingBody = heading.body;
    identity.place = heading.place;
    identity.number = number;
    identity.date = isoDate;
}

QString DocumentHeader::numberLine(const QString &number)
{
    QString n = number.trimmed();
    if (n.isEmpty())
        n = QStringLiteral("…/…");
    else if (n.startsWith(u'/'))
        n.prepend(QStringLiteral("…"));
    return tr("No.: %1").arg(n);
}

QString DocumentHeader::dateLine(const QString &place, const QString &isoDate)
{
    const QString dots = QStringLiteral("…");
    QString day = dots, month = dots, year = dots;
    if (const QDate full = QDate::fromString(isoDate, Qt::ISODate); full.isValid()) {
        day = padded(full.day(), 10);
        month = padded(full.month(), 3);
        year = QString::number(full.year());
    } else if (const QDate partial = QDate::fromString(isoDate, QStringLiteral("yyyy-MM")); partial.isValid()) {
        month = padded(partial.month(), 3);
        year = QString::number(partial.year());
    }
    return tr("%1, day %2 month %3 year %4").arg(place.isEmpty() ? QStringLiteral("……") : place, day, month, year);
}

HeaderLines DocumentHeader::lines(const AppendixIdentity &identity)
{
    HeaderLines out;
    out.parentBody = identity.parentBody;
    out.issuingBody = identity.issuingBody.isEmpty() ? blank() : identity.issuingBody;
    out.number = numberLine(identity.number);
    out.nationalName = AppendixText::nationalName();
    out.motto = AppendixText::motto();
    out.placeAndDate = identity.placeAndDate.isEmpty() ? dateLine(identity.place, identity.date) : identity.placeAndDate;
    return out;
}

} // namespace pardesk

#include "text/NumberFormat.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <algorithm>
#include <cmath>
#include <iterator>

namespace pardesk {
namespace {

QString invalidMessage(const QString &input)
{
    return QCoreApplication::translate("NumberFormat", "\"%1\" is not a number").arg(input);
}

bool allDigits(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s)
        if (!c.isDigit())
            return false;
    return true;
}

// "1.234.567" with '.' as the group separator: a first group of 1-3 digits, then groups of 3.
bool isGrouped(QStringView s, QChar group)
{
    const auto parts = s.split(group);
    if (parts.size() < 2)
        return allDigits(s);
    if (!allDigits(parts.first()) || parts.first().size() > 3)
        return false;
    for (qsizetype i = 1; i < parts.size(); ++i)
        if (!allDigits(parts[i]) || parts[i].size() != 3)
            return false;
    return true;
}

QString withoutGroups(QStringView s, QChar group)
{
    QString out = s.toString();
    out.remove(group);
    return out;
}

} // namespace

ParsedNumber parseNumber(const QString &text, UnitScale scale, NumberConvention convention)
{
    ParsedNumber result;
    QString s;
    s.reserve(text.size());
    for (QChar c : text)
        if (!c.isSpace())
            s.append(c);

    if (s.isEmpty() || s == u"-" || s == u"–")
        return result; // no data

    auto invalid = [&] {
        ParsedNumber bad;
        bad.kind = ParsedNumber::Kind::Invalid;
        bad.error = invalidMessage(text.trimmed());
        return bad;
    };

    if (s.endsWith(u'%')) {
        result.percentSign = true;
        s.chop(1);
    }
    bool negative = false;
    if (s.startsWith(u'-') || s.startsWith(u'+')) {
        negative = s.startsWith(u'-');
        s.remove(0, 1);
    }
    static const QRegularExpression shape(QStringLiteral("^[0-9.,]+$"));
    // The shape admits "." and "," alone; a number needs a digit (this runs for every cell read).
    if (!shape.match(s).hasMatch() || std::none_of(s.cbegin(), s.cend(), [](QChar c) { return c.isDigit(); }))
        return invalid();

    const QChar group = convention == NumberConvention::Vietnamese ? u'.' : u',';
    const QChar decimal = convention == NumberConvention::Vietnamese ? u',' : u'.';

    QString plain; // the number with '.' as decimal point and no grouping
    if (s.count(decimal) > 1)
        return invalid();
    if (s.contains(decimal)) {
        const qsizetype at = s.indexOf(decimal);
        const QStringView whole = QStringView(s).left(at);
        const QStringView fraction = QStringView(s).mid(at + 1);
        if (!allDigits(fraction) || (!whole.isEmpty() && !isGrouped(whole, group)))
            return invalid();
        plain = withoutGroups(whole, group) + u'.' + fraction.toString();
    } else if (s.count(group) == 1) {
        const qsizetype at = s.indexOf(group);
        const QStringView whole = QStringView(s).left(at);
        const QStringView tail = QStringView(s).mid(at + 1);
        if (!allDigits(whole) || !allDigits(tail))
            return invalid();
        const bool smallScale = scale == UnitScale::Points || scale == UnitScale::Percent;
        if (tail.size() != 3 || smallScale) {
            result.decimalSlip = true;
            plain = whole.toString() + u'.' + tail.toString();
        } else {
            plain = whole.toString() + tail.toString();
        }
    } else {
        if (!isGrouped(s, group))
            return invalid();
        plain = withoutGroups(s, group);
    }

    bool ok = false;
    const double value = plain.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return invalid();
    result.kind = ParsedNumber::Kind::Number;
    result.value = negative ? -value : value;
    return result;
}

QString formatNumber(double value, int maxDecimals, NumberConvention convention)
{
    const QChar group = convention == NumberConvention::Vietnamese ? u'.' : u',';
    const QChar decimal = convention == NumberConvention::Vietnamese ? u',' : u'.';

    QString fixed = QString::number(std::abs(value), 'f', maxDecimals);
    QString fraction;
    if (const qsizetype dot = fixed.indexOf(u'.'); dot >= 0) {
        fraction = fixed.mid(dot + 1);
        fixed.truncate(dot);
        while (fraction.endsWith(u'0'))
            fraction.chop(1);
    }
    QString grouped;
    for (qsizetype i = 0; i < fixed.size(); ++i) {
        if (i > 0 && (fixed.size() - i) % 3 == 0)
            grouped.append(group);
        grouped.append(fixed[i]);
    }
    const bool isZero = grouped.count(u'0') + grouped.count(group) == grouped.size() && fraction.isEmpty();
    QString out = (value < 0 && !isZero) ? QStringLiteral("-") + grouped : grouped;
    if (!fraction.isEmpty())
        out += decimal + fraction;
    return out;
}

QString formatByteSize(qint64 bytes, NumberConvention convention)
{
    const qint64 magnitude = bytes < 0 ? -bytes : bytes;
    if (magnitude < 1024) {
        const QString number = formatNumber(double(bytes), 0, convention);
        return (magnitude == 1 ? QCoreApplication::translate("NumberFormat", "%1 byte")
                               : QCoreApplication::translate("NumberFormat", "%1 bytes"))
            .arg(number);
    }
    static const char *const units[] = {"KB", "MB", "GB", "TB"};
    double value = double(bytes) / 1024;
    std::size_t unit = 0;
    // Rounded to one decimal 1.023,96 KB would show as "1.024 KB": that is 1 MB.
    while (unit + 1 < std::size(units) && std::abs(std::round(value * 10) / 10) >= 1024) {
        value /= 1024;
        ++unit;
    }
    return QStringLiteral("%1 %2").arg(formatNumber(value, 1, convention), QLatin1String(units[unit]));
}

UnitScale unitScaleOf(const QString &unit)
{
    const QString u = unit.trimmed().toLower();
    if (u.isEmpty() || u.contains(u'='))
        return UnitScale::Other;
    if (u == u"%")
        return UnitScale::Percent;
    if (u.contains(QStringLiteral("điểm")))
        return UnitScale::Points;
    static const QStringList durations = {QStringLiteral("phút"), QStringLiteral("giờ"),
                                          QStringLiteral("ngày"), QStringLiteral("tháng"),
                                          QStringLiteral("năm")};
    if (durations.contains(u))
        return UnitScale::Other;
    return UnitScale::Count;
}

bool textReadsAs(const QString &text, double value)
{
    for (NumberConvention convention : {NumberConvention::Vietnamese, NumberConvention::C})
        for (UnitScale scale : {UnitScale::Other, UnitScale::Count, UnitScale::Percent, UnitScale::Points}) {
            const ParsedNumber parsed = parseNumber(text, scale, convention);
            if (parsed.isNumber() && std::abs(parsed.value - value) <= 1e-9 * std::max(1.0, std::abs(value)))
                return true;
        }
    return false;
}

} // namespace pardesk

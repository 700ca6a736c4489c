#include "periods/Period.h"

#include <algorithm>
#include <optional>

namespace pardesk {

Period Period::quarter(int year, int quarter)
{
    Q_ASSERT(quarter >= 1 && quarter <= 4);
    return {Kind::Quarter, year, quarter};
}

Period Period::half(int year, int half)
{
    Q_ASSERT(half == 1 || half == 2);
    return {Kind::Half, year, half};
}

Period Period::nineMonths(int year)
{
    return {Kind::NineMonths, year, 1};
}

Period Period::wholeYear(int year)
{
    return {Kind::Year, year, 1};
}

namespace {

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// The shape of DHIS2's keys: a year of four digits not starting with 0, then optionally one of
// the letters Q, S, N and a number of one or two digits. Read by hand rather than by a regular
// expression: every stored period key passes here, and a pattern would bring PCRE's compiler
// and its JIT into every screen that lists periods.
struct KeyShape
{
    int year = 0;
    QChar letter;
    int number = 0;
};

std::optional<KeyShape> readKeyShape(const QString &text)
{
    const qsizetype n = text.size();
    if (n != 4 && n != 6 && n != 7)
        return std::nullopt;
    for (qsizetype i = 0; i < 4; ++i)
        if (!isAsciiDigit(text[i]))
            return std::nullopt;
    if (text[0] == u'0')
        return std::nullopt;
    KeyShape shape;
    shape.year = QStringView(text).first(4).toInt();
    if (n == 4)
        return shape;
    shape.letter = text[4];
    if (shape.letter != u'Q' && shape.letter != u'S' && shape.letter != u'N')
        return std::nullopt;
    for (qsizetype i = 5; i < n; ++i)
        if (!isAsciiDigit(text[i]))
            return std::nullopt;
    shape.number = QStringView(text).sliced(5).toInt();
    return shape;
}

} // namespace

Result<Period> Period::parse(const QString &key)
{
    const QString text = key.trimmed().toUpper();
    const std::optional<KeyShape> m = readKeyShape(text);
    if (!m)
        return Error{tr("\"%1\" is not a period key: write 2024Q1 to 2024Q4 (quarters), 2024S1 or 2024S2 (halves), "
                        "2024N9 (nine months) or 2024 (year).")
                         .arg(key)};
    const int year = m->year;
    const QChar letter = m->letter;
    const int number = m->number;
    if (letter.isNull())
        return wholeYear(year);
    if (letter == u'Q') {
        if (number < 1 || number > 4)
            return Error{tr("\"%1\" is not a period: a year has quarters 1 to 4.").arg(key)};
        return quarter(year, number);
    }
    if (letter == u'S') {
        if (number != 1 && number != 2)
            return Error{tr("\"%1\" is not a period: a year has halves 1 and 2.").arg(key)};
        return half(year, number);
    }
    if (number != 9)
        return Error{tr("\"%1\" is not a period: the nine months are written N9, as in 2024N9.").arg(key)};
    return nineMonths(year);
}

QList<Period> Period::periodsOf(Kind kind, int year)
{
    switch (kind) {
    case Kind::Quarter:
        return {quarter(year, 1), quarter(year, 2), quarter(year, 3), quarter(year, 4)};
    case Kind::Half:
        return {half(year, 1), half(year, 2)};
    case Kind::NineMonths:
        return {nineMonths(year)};
    case Kind::Year:
        return {wholeYear(year)};
    }
    return {};
}

QList<Period> Period::allOf(int year)
{
    QList<Period> all;
    for (Kind kind : {Kind::Quarter, Kind::Half, Kind::NineMonths, Kind::Year})
        all += periodsOf(kind, year);
    std::sort(all.begin(), all.end());
    return all;
}

QString Period::key() const
{
    const QString year = QString::number(m_year);
    switch (m_kind) {
    case Kind::Quarter:
        return year + u'Q' + QString::number(m_index);
    case Kind::Half:
        return year + u'S' + QString::number(m_index);
    case Kind::NineMonths:
        return year + QStringLiteral("N9");
    case Kind::Year:
        return year;
    }
    return year;
}

QString Period::label() const
{
    // Whole phrases per period rather than a numeral in one phrase: Vietnamese writes Roman
    // numerals ("Quý III") where English writes words.
    const QString year = QString::number(m_year);
    switch (m_kind) {
    case Kind::Quarter:
        switch (m_index) {
        case 1:
            return tr("First quarter of %1").arg(year);
        case 2:
            return tr("Second quarter of %1").arg(year);
        case 3:
            return tr("Third quarter of %1").arg(year);
        default:
            return tr("Fourth quarter of %1").arg(year);
        }
    case Kind::Half:
        return m_index == 1 ? tr("First half of %1").arg(year) : tr("Second half of %1").arg(year);
    case Kind::NineMonths:
        return tr("First nine months of %1").arg(year);
    case Kind::Year:
        return tr("Year %1").arg(year);
    }
    return year;
}

QString Period::shortLabel() const
{
    const QString year = QString::number(m_year);
    switch (m_kind) {
    case Kind::Quarter:
        switch (m_index) {
        case 1:
            return tr("Q1 %1").arg(year);
        case 2:
            return tr("Q2 %1").arg(year);
        case 3:
            return tr("Q3 %1").arg(year);
        default:
            return tr("Q4 %1").arg(year);
        }
    case Kind::Half:
        return m_index == 1 ? tr("H1 %1").arg(year) : tr("H2 %1").arg(year);
    case Kind::NineMonths:
        return tr("9 months %1").arg(year);
    case Kind::Year:
        return year;
    }
    return year;
}

QString Period::labelOf(const QString &key)
{
    const auto period = parse(key);
    return period ? period->label() : key;
}

QString Period::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Quarter:
        return QStringLiteral("quarter");
    case Kind::Half:
        return QStringLiteral("half");
    case Kind::NineMonths:
        return QStringLiteral("nine_months");
    case Kind::Year:
        return QStringLiteral("year");
    }
    return {};
}

int Period::lastQuarter() const
{
    switch (m_kind) {
    case Kind::Quarter:
        return m_index;
    case Kind::Half:
        return 2 * m_index;
    case Kind::NineMonths:
        return 3;
    case Kind::Year:
        return 4;
    }
    return 4;
}

bool Period::startsTheYear() const
{
    return m_kind == Kind::NineMonths || m_kind == Kind::Year || m_index == 1;
}

int Period::quarterCount() const
{
    // Nine months and the year run from the first quarter to their last.
    return m_kind == Kind::Quarter ? 1 : m_kind == Kind::Half ? 2 : lastQuarter();
}

QDate Period::windowStart() const
{
    if (startsTheYear())
        return QDate(m_year - 1, 12, 15);
    // The window opens on the 15th of the last month of the quarter before it.
    return QDate(m_year, 3 * (lastQuarter() - quarterCount()), 15);
}

QDate Period::firstDay() const
{
    return QDate(m_year, 3 * (lastQuarter() - quarterCount()) + 1, 1);
}

QDate Period::lastDay() const
{
    return QDate(m_year, 3 * lastQuarter(), 1).addMonths(1).addDays(-1);
}

QDate Period::windowEnd() const
{
    return QDate(m_year, 3 * lastQuarter(), 14);
}

std::strong_ordering Period::operator<=>(const Period &other) const
{
    if (const auto byEnd = windowEnd().toJulianDay() <=> other.windowEnd().toJulianDay(); byEnd != 0)
        return byEnd;
    return other.windowStart().toJulianDay() <=> windowStart().toJulianDay();
}

} // namespace pardesk

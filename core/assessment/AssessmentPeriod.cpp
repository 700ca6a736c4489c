#include "assessment/AssessmentPeriod.h"

#include "periods/Period.h"

#include <QRegularExpression>

namespace pardesk {

Result<AssessmentPeriod> AssessmentPeriod::parse(const QString &text)
{
    const QString t = text.trimmed();
    static const QRegularExpression month(QStringLiteral("^(\\d{4})-?(\\d{2})$"));
    if (const auto m = month.match(t); m.hasMatch()) {
        const int year = m.captured(1).toInt();
        const int index = m.captured(2).toInt();
        if (index < 1 || index > 12)
            return Error{tr("\"%1\" is not a month: the month must be 01 to 12.").arg(text)};
        return AssessmentPeriod{Kind::Month, year, index};
    }
    const auto p = Period::parse(t);
    if (!p || (p->kind() != Period::Kind::Quarter && p->kind() != Period::Kind::Year))
        return Error{tr("\"%1\" is not a month (202403), a quarter (2024Q1) or a year (2024).").arg(text)};
    return AssessmentPeriod{p->kind() == Period::Kind::Quarter ? Kind::Quarter : Kind::Year, p->year(), p->index()};
}

namespace {

int endOrder(const QString &key)
{
    const auto p = AssessmentPeriod::parse(key);
    if (!p)
        return 0;
    const int lastMonth = p->kind == AssessmentPeriod::Kind::Month     ? p->index
                          : p->kind == AssessmentPeriod::Kind::Quarter ? p->index * 3
                                                                       : 12;
    const int kindOrder = p->kind == AssessmentPeriod::Kind::Month ? 0 : p->kind == AssessmentPeriod::Kind::Quarter ? 1 : 2;
    return p->year * 100 + lastMonth * 4 + kindOrder;
}

} // namespace

bool AssessmentPeriod::earlier(const QString &a, const QString &b)
{
    return endOrder(a) < endOrder(b);
}

QString AssessmentPeriod::key() const
{
    switch (kind) {
    case Kind::Month:
        return QStringLiteral("%1%2").arg(year).arg(index, 2, 10, QLatin1Char('0'));
    case Kind::Quarter:
        return Period::quarter(year, index).key();
    case Kind::Year:
        break;
    }
    return Period::wholeYear(year).key();
}

AssessmentPeriod AssessmentPeriod::next() const
{
    const int count = kind == Kind::Month ? 12 : kind == Kind::Quarter ? 4 : 1;
    if (index < count)
        return {kind, year, index + 1};
    return {kind, year + 1, 1};
}

QString AssessmentPeriod::label() const
{
    switch (kind) {
    case Kind::Month:
        return tr("Month %1/%2").arg(index).arg(year);
    case Kind::Quarter:
        return Period::quarter(year, index).label();
    case Kind::Year:
        break;
    }
    return Period::wholeYear(year).label();
}

} // namespace pardesk

#include "scores/IndexScores.h"

#include <algorithm>
#include <functional>
#include <tuple>

namespace pardesk {
namespace {

std::optional<double> difference(std::optional<double> a, std::optional<double> b)
{
    return a && b ? std::optional<double>(*a - *b) : std::nullopt;
}

ParCriterion criterionOf(const Score &s)
{
    return {s.code, s.name, s.achieved, s.max, s.note, s.source};
}

const Score *find(const QList<Score> &scores, const std::function<bool(const Score &)> &match)
{
    const auto it = std::find_if(scores.begin(), scores.end(), match);
    return it == scores.end() ? nullptr : &*it;
}

std::optional<double> achievedOf(const Score *s)
{
    return s ? s->achieved : std::nullopt;
}

} // namespace

std::optional<double> ParCriterion::share() const
{
    return achieved && max && *max != 0 ? std::optional<double>(*achieved / *max * 100) : std::nullopt;
}

std::optional<double> ParCriterion::lost() const
{
    return difference(max, achieved);
}

std::optional<double> ParArea::lostElsewhere() const
{
    std::optional<double> rest = area.lost();
    for (const ParCriterion &c : criteria)
        rest = difference(rest, c.lost());
    return rest;
}

std::optional<double> YearOverYear::change() const
{
    return difference(to, from);
}

std::optional<double> SipasComparison::vsProvince() const
{
    return difference(value, provinceAverage);
}

std::optional<double> SipasComparison::vsCountry() const
{
    return difference(value, countryAverage);
}

QList<ParArea> IndexScores::parAreas(const QList<Score> &scores)
{
    QList<ParArea> areas;
    for (const Score &s : scores) {
        if (s.index != u"PAR" || !s.parentCode.isEmpty())
            continue;
        ParArea area{s.province, s.year, criterionOf(s), s.rank, s.rankOf, {}};
        for (const Score &c : scores)
            if (c.index == u"PAR" && c.province == s.province && c.year == s.year && c.parentCode == s.code)
                area.criteria << criterionOf(c);
        // Most points lost first; a criterion without both numbers cannot be ranked and goes last.
        std::stable_sort(area.criteria.begin(), area.criteria.end(), [](const ParCriterion &a, const ParCriterion &b) {
            if (a.lost().has_value() != b.lost().has_value())
                return a.lost().has_value();
            if (a.lost() && *a.lost() != *b.lost())
                return *a.lost() > *b.lost();
            return a.code < b.code;
        });
        areas << area;
    }
    std::sort(areas.begin(), areas.end(), [](const ParArea &a, const ParArea &b) {
        return std::tie(a.province, a.year, a.area.code) < std::tie(b.province, b.year, b.area.code);
    });
    return areas;
}

QList<YearOverYear> IndexScores::papi(const QList<Score> &scores, const QString &province, int fromYear, int toYear)
{
    QList<Score> rows; // the province's own PAPI rows of the two years
    for (const Score &s : scores)
        if (s.index == u"PAPI" && s.province == province && s.scope == u"province" &&
            (s.year == fromYear || s.year == toYear))
            rows << s;

    const auto partsSum = [&](const QString &code, int year) -> std::optional<double> {
        std::optional<double> sum;
        for (const Score &s : rows) {
            if (s.parentCode != code || s.year != year)
                continue;
            if (!s.achieved)
                return std::nullopt; // a missing part is not zero
            sum = sum.value_or(0) + *s.achieved;
        }
        return sum;
    };

    QList<YearOverYear> out;
    for (const Score &s : rows) {
        const bool seen = std::any_of(out.begin(), out.end(), [&](const YearOverYear &y) { return y.code == s.code; });
        if (seen)
            continue;
        const Score *before = find(rows, [&](const Score &r) { return r.code == s.code && r.year == fromYear; });
        const Score *after = find(rows, [&](const Score &r) { return r.code == s.code && r.year == toYear; });
        const Score *country = find(scores, [&](const Score &r) {
            return r.index == u"PAPI" && r.province == province && r.scope == u"country" && r.code == s.code &&
                   r.year == toYear;
        });
        out << YearOverYear{QStringLiteral("PAPI"),
                            province,
                            s.code,
                            s.parentCode,
                            s.name,
                            fromYear,
                            toYear,
                            achievedOf(before),
                            achievedOf(after),
                            partsSum(s.code, fromYear),
                            partsSum(s.code, toYear),
                            achievedOf(country),
                            (after ? after : before)->source};
    }
    // Dimension before its sub-indicators: codes compared part by part ("8" < "8.1" < "8.10").
    std::sort(out.begin(), out.end(), [](const YearOverYear &a, const YearOverYear &b) {
        const QStringList x = a.code.split(u'.'), y = b.code.split(u'.');
        for (int i = 0; i < std::min(x.size(), y.size()); ++i)
            if (x[i].toInt() != y[i].toInt())
                return x[i].toInt() < y[i].toInt();
        return x.size() < y.size();
    });
    return out;
}

QList<SipasComparison> IndexScores::sipas(const QList<Score> &scores)
{
    const auto average = [&](const QString &scope, const QString &province, int year) {
        return achievedOf(find(scores, [&](const Score &s) {
            return s.index == u"SIPAS" && s.scope == scope && s.province == province && s.year == year;
        }));
    };
    QList<SipasComparison> out;
    for (const Score &s : scores) {
        if (s.index != u"SIPAS" || s.scope == u"country" || !s.achieved)
            continue;
        const bool agency = s.scope == u"agency";
        out << SipasComparison{s.province,
                               s.year,
                               s.scope,
                               *s.achieved,
                               s.note,
                               s.source,
                               agency ? average(QStringLiteral("province"), s.province, s.year) : std::nullopt,
                               average(QStringLiteral("country"), s.province, s.year)};
    }
    std::stable_sort(out.begin(), out.end(), [](const SipasComparison &a, const SipasComparison &b) {
        return std::tie(a.province, a.year, a.scope) < std::tie(b.province, b.year, b.scope); // "agency" < "province"
    });
    return out;
}

} // namespace pardesk

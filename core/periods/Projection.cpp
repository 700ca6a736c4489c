#include "periods/Projection.h"

#include "targets/Comparison.h"

#include <QStringList>
#include <algorithm>
#include <cmath>

namespace pardesk {
namespace {

QString keysOf(const QList<Period> &periods)
{
    QStringList keys;
    for (const Period &p : periods)
        keys << p.key();
    return keys.join(QStringLiteral(", "));
}

} // namespace

Result<bool> Projection::meets(double actual, Comparator comparator, double target, double tolerance)
{
    if (const std::optional<bool> holds = satisfies(actual, comparator, target, tolerance))
        return *holds;
    return Error{tr("There is no comparison to meet: the target is qualitative.")};
}

Result<YearEndProjection> Projection::project(const QList<PeriodValue> &cumulative, Comparator comparator,
                                              std::optional<double> target, double tolerance)
{
    if (cumulative.isEmpty())
        return Error{tr("No values to project from.")};
    if (comparator != Comparator::None && !target)
        return Error{tr("The comparison \"%1\" needs a target value.").arg(storeText(comparator))};

    YearEndProjection out;
    out.year = cumulative.first().period.year();
    QList<PeriodValue> points;
    for (const PeriodValue &p : cumulative) {
        if (p.period.year() != out.year)
            return Error{tr("The values to project from must be of one year: %1 and %2 are not.")
                             .arg(cumulative.first().period.key(), p.period.key())};
        if (!p.value) {
            out.skipped << p.period;
            continue;
        }
        // Q2 and S1 both hold the cumulative value at the end of June: one point, if they agree.
        const auto same = std::find_if(points.begin(), points.end(), [&](const PeriodValue &q) {
            return q.period.lastQuarter() == p.period.lastQuarter();
        });
        if (same != points.end()) {
            if (*same->value != *p.value)
                return Error{tr("%1 and %2 end together but have different cumulative values.")
                                 .arg(same->period.key(), p.period.key())};
            continue;
        }
        points << p;
    }
    std::sort(points.begin(), points.end(),
              [](const PeriodValue &a, const PeriodValue &b) { return a.period.lastQuarter() < b.period.lastQuarter(); });
    for (const PeriodValue &p : points)
        out.used << p.period;

    const QString year = QString::number(out.year);
    if (!points.isEmpty() && points.last().period.lastQuarter() == 4) {
        out.method = YearEndProjection::Method::Known;
        out.value = points.last().value;
        out.used = {points.last().period};
        out.assumption = tr("The value at the end of %1 is known (%2): it is used as it is, without projection.")
                             .arg(year, points.last().period.key());
    } else if (points.size() >= 2) {
        // Least squares on (quarters elapsed, cumulative value), read at the end of the fourth quarter.
        double meanX = 0, meanY = 0;
        for (const PeriodValue &p : points) {
            meanX += p.period.lastQuarter();
            meanY += *p.value;
        }
        meanX /= points.size();
        meanY /= points.size();
        double sxy = 0, sxx = 0;
        for (const PeriodValue &p : points) {
            sxy += (p.period.lastQuarter() - meanX) * (*p.value - meanY);
            sxx += (p.period.lastQuarter() - meanX) * (p.period.lastQuarter() - meanX);
        }
        out.method = YearEndProjection::Method::LinearTrend;
        out.perQuarter = sxy / sxx; // the points end in different quarters, so sxx > 0
        out.value = meanY + *out.perQuarter * (4 - meanX);
        out.assumption = tr("Linear trend (least squares) of %1 cumulative values (%2), projected to the end of %3.")
                             .arg(QString::number(points.size()), keysOf(out.used), year);
    } else if (points.size() == 1) {
        out.assumption = tr("Only one value (%1): no trend can be drawn from it, so the end of %2 is not projected.")
                             .arg(points.first().period.key(), year);
    } else {
        out.assumption = tr("No period of %1 has a value: nothing to project.").arg(year);
    }
    if (!out.skipped.isEmpty())
        out.assumption += u' ' + tr("Skipped for lack of a value: %1.").arg(keysOf(out.skipped));

    if (out.value && target)
        out.meetsTarget = meets(*out.value, comparator, *target, tolerance).value();
    return out;
}

Result<QList<PeriodValue>> Projection::cumulate(const QList<PeriodValue> &quarterValues)
{
    if (quarterValues.isEmpty())
        return QList<PeriodValue>{};
    const int year = quarterValues.first().period.year();
    std::optional<double> byQuarter[4];
    bool given[4] = {false, false, false, false};
    for (const PeriodValue &q : quarterValues) {
        if (q.period.kind() != Period::Kind::Quarter || q.period.year() != year)
            return Error{tr("Only the quarters of one year can be added up: %1 is not one of them.").arg(q.period.key())};
        if (given[q.period.index() - 1])
            return Error{tr("%1 is given twice.").arg(q.period.key())};
        given[q.period.index() - 1] = true;
        byQuarter[q.period.index() - 1] = q.value;
    }
    const Period totals[4] = {Period::quarter(year, 1), Period::half(year, 1), Period::nineMonths(year),
                              Period::wholeYear(year)};
    QList<PeriodValue> out;
    std::optional<double> running = 0.0;
    const int last = int(std::find(std::rbegin(given), std::rend(given), true) - std::rbegin(given));
    for (int i = 0; i < 4 - last; ++i) {
        running = running && byQuarter[i] ? std::optional<double>(*running + *byQuarter[i]) : std::nullopt;
        out << PeriodValue{totals[i], running};
    }
    return out;
}

} // namespace pardesk

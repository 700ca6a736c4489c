#include "targets/TargetReport.h"

#include "aggregate/Aggregator.h"
#include "store/Store.h"
#include "targets/TargetVerdict.h"

#include <map>

namespace pardesk {
namespace {

// The form items that can measure a target: same theme, same administrative level; the
// province's own totals before the agencies' added up.
QList<Indicator> indicatorsFor(const Target &target, const QList<Indicator> &all)
{
    QList<Indicator> out;
    for (const QString &scope : {QStringLiteral("province"), QStringLiteral("agency")})
        for (const Indicator &i : all)
            if (i.theme == target.theme && i.level == target.level && i.scope == scope)
                out.append(i);
    return out;
}

AgencyScope scopeOf(const Indicator &indicator, const QString &province)
{
    return indicator.scope == u"province" ? AgencyScope::atLevel(province, QStringLiteral("province"))
                                          : AgencyScope::wholeProvince(province);
}

} // namespace

Result<QList<TargetReportRow>> TargetReport::build(QSqlDatabase db, const TargetReportOptions &options)
{
    TargetFilter filter;
    filter.province = options.province;
    const auto targets = Plans(db).targets(filter);
    if (!targets)
        return targets.failure();
    const auto indicators = Plans(db).indicators();
    if (!indicators)
        return indicators.failure();
    std::optional<Period> asked;
    if (!options.period.isEmpty()) {
        const auto period = Period::parse(options.period);
        if (!period)
            return period.failure();
        asked = period.value();
    }

    std::map<QString, Aggregator> aggregators; // one per form, loaded when first needed
    auto aggregatorOf = [&](const QString &form) -> Result<const Aggregator *> {
        auto it = aggregators.find(form);
        if (it == aggregators.end()) {
            auto loaded = Aggregator::load(db, form);
            if (!loaded)
                return loaded.failure();
            it = aggregators.emplace(form, std::move(loaded.value())).first;
        }
        return &it->second;
    };

    QList<TargetReportRow> rows;
    for (const Target &target : targets.value()) {
        TargetReportRow row{target, std::nullopt, evaluate(target, std::nullopt, options.evaluation), std::nullopt};
        if (row.evaluation.status == EvaluationStatus::NotMeasurable) {
            rows.append(row);
            continue;
        }
        const QList<Indicator> candidates = indicatorsFor(target, indicators.value());
        // A target every unit must reach ("100% các sở … đạt từ 80%") is not met by a sum that hides
        // a unit below the bar, and the forms report no such rate per unit.
        if (candidates.isEmpty() || target.eachUnit) {
            row.evaluation.status = EvaluationStatus::NotMeasuredByForms;
            rows.append(row);
            continue;
        }
        const int year = TargetVerdict::yearOf(target);
        std::optional<ActualValue> context; // the latest figure of an earlier year, shown but not judged
        QList<PeriodValue> yearValues;
        for (const Indicator &indicator : candidates) {
            const auto aggregator = aggregatorOf(indicator.form);
            if (!aggregator)
                return aggregator.failure();
            const AgencyScope scope = scopeOf(indicator, target.province);
            QList<Period> periods; // latest first
            for (const auto &p : aggregator.value()->values().periods())
                if (const auto parsed = Period::parse(p.key))
                    periods.prepend(parsed.value());
            for (const Period &period : std::as_const(periods)) {
                const bool ofItsYear = year == 0 || period.year() == year;
                const bool judging = ofItsYear && (!asked || period.key() == asked->key());
                const bool earlier = year != 0 && period.year() < year && (!asked || period.windowEnd() <= asked->windowEnd());
                if (!judging && (!earlier || context))
                    continue;
                const auto aggregate = aggregator.value()->aggregate(indicator.item, scope, {period.key()});
                if (!aggregate)
                    return aggregate.failure();
                if (!aggregate->value)
                    continue;
                const ActualValue actual{*aggregate->value,   period.key(),          indicator.form,
                                         indicator.item,      indicator.scope,       aggregate->numerator,
                                         aggregate->denominator, aggregate->covered, aggregate->expected,
                                         judging};
                if (!judging) {
                    context = actual;
                    continue;
                }
                row.actual = actual;
                // The year's other figures, for the projection to year end.
                for (const auto &p : aggregator.value()->values().periods()) {
                    const auto other = Period::parse(p.key);
                    if (!other || other->year() != period.year() || other->windowEnd() > period.windowEnd())
                        continue;
                    const auto value = aggregator.value()->aggregate(indicator.item, scope, {p.key});
                    yearValues.append({other.value(), value ? value->value : std::nullopt});
                }
                break;
            }
            if (row.actual)
                break;
        }
        if (row.actual) {
            row.evaluation = evaluate(target, row.actual->value, options.evaluation);
        } else if (context) {
            row.actual = context;
            row.evaluation.status = EvaluationStatus::NoFiguresForItsYear;
        }
        if (!yearValues.isEmpty() && target.value) {
            const double tolerance = row.evaluation.tolerance.value_or(0);
            if (auto projection = Projection::project(yearValues, target.comparator, target.value, tolerance))
                row.projection = projection.value();
        }
        rows.append(row);
    }
    return rows;
}

} // namespace pardesk

#include "targets/TargetReport.h"

#include "aggregate/Aggregator.h"
#include "store/Catalog.h"

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

int targetYear(const Target &target)
{
    return target.deadline.left(4).toInt();
}

} // namespace

Result<QList<TargetReportRow>> TargetReport::build(QSqlDatabase db, const TargetReportOptions &options)
{
    const Catalog catalog(db);
    TargetFilter filter;
    filter.province = options.province;
    const auto targets = catalog.targets(filter);
    if (!targets)
        return Error{targets.error()};
    const auto indicators = catalog.indicators();
    if (!indicators)
        return Error{indicators.error()};
    std::optional<Period> asked;
    if (!options.period.isEmpty()) {
        const auto period = Period::parse(options.period);
        if (!period)
            return Error{period.error()};
        asked = period.value();
    }

    std::map<QString, Aggregator> aggregators; // one per form, loaded when first needed
    auto aggregatorOf = [&](const QString &form) -> Result<const Aggregator *> {
        auto it = aggregators.find(form);
        if (it == aggregators.end()) {
            auto loaded = Aggregator::load(db, form);
            if (!loaded)
                return Error{loaded.error()};
            it = aggregators.emplace(form, std::move(loaded.value())).first;
        }
        return &it->second;
    };

    QList<TargetReportRow> rows;
    for (const Target &target : targets.value()) {
        TargetReportRow row{target, std::nullopt, {}, std::nullopt};
        QList<PeriodValue> yearValues;
        for (const Indicator &indicator : indicatorsFor(target, indicators.value())) {
            if (target.kind == u"qualitative")
                break;
            const auto aggregator = aggregatorOf(indicator.form);
            if (!aggregator)
                return Error{aggregator.error()};
            const AgencyScope scope = scopeOf(indicator, target.province);
            // The asked period, or the latest one with figures for the item.
            QStringList periods;
            for (const auto &p : aggregator.value()->values().periods())
                if (!asked || p.key == asked->key())
                    periods.prepend(p.key);
            for (const QString &key : periods) {
                const auto aggregate = aggregator.value()->aggregate(indicator.item, scope, {key});
                if (!aggregate)
                    return Error{aggregate.error()};
                if (!aggregate->value)
                    continue;
                const Period period = Period::parse(key).value();
                row.actual = ActualValue{*aggregate->value, key, indicator.form, indicator.item, indicator.scope,
                                         aggregate->numerator, aggregate->denominator, aggregate->covered,
                                         aggregate->expected, period.year() == targetYear(target)};
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
        row.evaluation = evaluate(target, row.actual ? std::optional<double>(row.actual->value) : std::nullopt,
                                  options.evaluation);
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

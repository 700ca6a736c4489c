#include "targets/TargetReport.h"

#include "aggregate/Aggregator.h"
#include "store/FormValueRepository.h"
#include "store/Store.h"
#include "targets/TargetVerdict.h"

#include <algorithm>
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

// The figures of the forms, read a year at a time and only for the items the targets use.
class Figures {
public:
    Figures(const FormValueRepository &repository, QHash<QString, QStringList> itemsOfForm)
        : m_repository(repository), m_itemsOfForm(std::move(itemsOfForm))
    {
    }

    // The periods the form has figures for, latest first.
    Result<const QList<Period> *> periods(const QString &form)
    {
        auto it = m_periods.find(form);
        if (it == m_periods.end()) {
            const auto keys = m_repository.periodKeys(form);
            if (!keys)
                return keys.failure();
            QList<Period> periods;
            for (const QString &key : keys.value())
                if (const auto parsed = Period::parse(key))
                    periods.append(parsed.value());
            std::sort(periods.begin(), periods.end(), [](const Period &a, const Period &b) { return b < a; });
            it = m_periods.emplace(form, std::move(periods)).first;
        }
        return &it->second;
    }

    // The form's figures for the year's periods.
    Result<const Aggregator *> ofYear(const QString &form, int year)
    {
        const auto key = std::make_pair(form, year);
        auto it = m_aggregators.find(key);
        if (it == m_aggregators.end()) {
            const auto periods = this->periods(form);
            if (!periods)
                return periods.failure();
            FormValueRepository::Scope scope;
            for (const Period &p : *periods.value())
                if (p.year() == year)
                    scope.periods.append(p.key());
            scope.items = m_itemsOfForm.value(form);
            auto loaded = m_repository.load(form, scope);
            if (!loaded)
                return loaded.failure();
            it = m_aggregators.emplace(key, Aggregator(std::move(loaded).value())).first;
        }
        return &it->second;
    }

private:
    const FormValueRepository &m_repository;
    QHash<QString, QStringList> m_itemsOfForm;
    std::map<QString, QList<Period>> m_periods;
    std::map<std::pair<QString, int>, Aggregator> m_aggregators;
};

} // namespace

Result<QList<TargetReportRow>> TargetReport::build(const Store &store, const TargetReportOptions &options)
{
    return build(store.plans(), store.forms(), store.formValues(), options);
}

Result<QList<TargetReportRow>> TargetReport::build(const Plans &plans, const Forms &forms,
                                                   const FormValueRepository &values, const TargetReportOptions &options)
{
    TargetFilter filter;
    filter.province = options.province;
    const auto targets = plans.targets(filter);
    if (!targets)
        return targets.failure();
    const auto indicators = plans.indicators();
    if (!indicators)
        return indicators.failure();
    std::optional<Period> asked;
    if (!options.period.isEmpty()) {
        const auto period = Period::parse(options.period);
        if (!period)
            return period.failure();
        asked = period.value();
    }

    // A form of another province cannot measure the target: skipped before its figures are read.
    const auto formList = forms.list();
    if (!formList)
        return formList.failure();
    QHash<QString, QString> provinceOfForm;
    for (const Form &f : formList.value())
        provinceOfForm.insert(f.key, f.province);
    QHash<QString, QStringList> itemsOfForm; // what the targets are measured by
    for (const Target &target : targets.value())
        for (const Indicator &i : indicatorsFor(target, indicators.value()))
            if (!itemsOfForm[i.form].contains(i.item))
                itemsOfForm[i.form].append(i.item);
    Figures figures(values, std::move(itemsOfForm));

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
            if (const QString province = provinceOfForm.value(indicator.form); !province.isEmpty() && province != target.province)
                continue;
            const auto periods = figures.periods(indicator.form); // latest first
            if (!periods)
                return periods.failure();
            const AgencyScope scope = scopeOf(indicator, target.province);
            for (const Period &period : *periods.value()) {
                const bool ofItsYear = year == 0 || period.year() == year;
                const bool judging = ofItsYear && (!asked || period.key() == asked->key());
                const bool earlier = year != 0 && period.year() < year && (!asked || period.windowEnd() <= asked->windowEnd());
                if (!judging && (!earlier || context))
                    continue;
                const auto aggregator = figures.ofYear(indicator.form, period.year());
                if (!aggregator)
                    return aggregator.failure();
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

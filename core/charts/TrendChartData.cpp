#include "charts/TrendChartData.h"

#include "aggregate/Aggregator.h"
#include "charts/ChartSource.h"
#include "store/FormValueRepository.h"
#include "store/Store.h"


namespace pardesk {
namespace {

struct ScopeInfo {
    QString province;
    QString label;
};

Result<ScopeInfo> describe(const Store &store, const AgencyScope &scope)
{
    const References agencies = store.references();
    if (scope.kind == AgencyScope::Kind::Subtree) {
        const auto agency = agencies.agency(scope.agencyId);
        if (!agency || !agency.value())
            return Error{TrendChart::tr("There is no agency with the id %1: see pardesk-cli submissions.").arg(scope.agencyId)};
        return ScopeInfo{agency.value()->province, agency.value()->name};
    }
    const auto province = agencies.provinceName(scope.province);
    if (!province || !province.value())
        return Error{TrendChart::tr("Unknown province \"%1\": use TQ, BG or TV.").arg(scope.province)};
    const QString name = *province.value();
    if (scope.kind == AgencyScope::Kind::Level)
        return ScopeInfo{scope.province, TrendChart::tr("%1, agencies of level %2").arg(name, scope.level)};
    return ScopeInfo{scope.province, TrendChart::tr("%1, whole province").arg(name)};
}

// Which form item a request names, and the agencies it is taken over (a theme's province-wide
// indicator is the provincial office's own total, as in TargetReport).
struct Resolved {
    QString form;
    QString item;
    AgencyScope scope;
};

Result<Resolved> resolve(const Store &store, const TrendRequest &request, const QString &province)
{
    const auto forms = store.forms().list();
    if (!forms)
        return forms.failure();
    const auto formOfProvince = [&](const QString &key) {
        for (const Form &f : forms.value())
            if (f.key == key)
                return f.province.isEmpty() || f.province == province;
        return false;
    };
    if (const qsizetype colon = request.indicator.indexOf(u':'); colon > 0)
        return Resolved{request.indicator.left(colon), request.indicator.mid(colon + 1), request.scope};

    const auto indicators = store.plans().indicators();
    if (!indicators)
        return indicators.failure();
    const bool agencyScope = request.scope.kind != AgencyScope::Kind::Province;
    for (const QString &wanted : agencyScope ? QStringList{QStringLiteral("agency")}
                                             : QStringList{QStringLiteral("province"), QStringLiteral("agency")})
        for (const Indicator &i : indicators.value()) {
            if (i.theme != request.indicator || i.scope != wanted || !formOfProvince(i.form))
                continue;
            if (request.scope.kind == AgencyScope::Kind::Level && i.level != AdminLevel::None &&
                storeText(i.level) != request.scope.level)
                continue;
            const AgencyScope scope = i.scope == u"province" && request.scope.kind == AgencyScope::Kind::Province
                                          ? AgencyScope::atLevel(province, QStringLiteral("province"))
                                          : request.scope;
            return Resolved{i.form, i.item, scope};
        }
    // An item code: the first form of the province (or shared) that has it.
    const FormValueRepository repository = store.formValues();
    for (const Form &f : forms.value()) {
        if (!formOfProvince(f.key))
            continue;
        const auto has = repository.hasItem(f.key, request.indicator);
        if (!has)
            return has.failure();
        if (has.value())
            return Resolved{f.key, request.indicator, request.scope};
    }
    return Error{TrendChart::tr("No form of %1 has an item or theme \"%2\": see pardesk-cli forms and themes.")
                     .arg(province, request.indicator)};
}

// The targets of the province that the item measures (same theme, same level), with the years
// they apply to.
Result<QList<TrendTarget>> targetsOf(const Store &store, const Resolved &resolved, const QString &province)
{
    const Plans plans = store.plans();
    const auto indicators = plans.indicators();
    const auto targets = plans.targets({province, {}, {}});
    const auto documents = plans.documents();
    if (!indicators || !targets || !documents)
        return (!indicators ? indicators.failure() : !targets ? targets.failure() : documents.failure());
    QList<TrendTarget> out;
    for (const Indicator &i : indicators.value()) {
        if (i.form != resolved.form || i.item != resolved.item)
            continue;
        for (const Target &t : targets.value()) {
            if (t.theme != i.theme || t.level != i.level || !t.value || t.comparator == Comparator::None)
                continue;
            if (std::any_of(out.cbegin(), out.cend(), [&](const TrendTarget &o) { return o.id == t.id; }))
                continue;
            int firstYear = 0;
            for (const Document &d : documents.value())
                if (d.key == t.documentKey)
                    firstYear = d.year.value_or(d.issued.left(4).toInt());
            const Evaluation e = evaluate(t, t.value); // for the tolerance a "~" target is read with
            out.append({t.id, t.documentName, ChartSource::comparisonText(t), t.comparator, *t.value, t.unit, t.text,
                        t.comparator == Comparator::About ? e.tolerance : std::nullopt, firstYear, t.deadline.left(4).toInt()});
        }
    }
    return out;
}

const Target *firstApplying(const QList<TrendTarget> &targets, const QList<Target> &full, const Period &period)
{
    for (const TrendTarget &t : targets)
        if (t.appliesTo(period))
            for (const Target &f : full)
                if (f.id == t.id)
                    return &f;
    return nullptr;
}

// The year-to-date values of `year` (Q1, Q1+Q2 as S1, …, or the periods that start the year as
// given), for Projection: a missing quarter ends the run, since every later total is unknown.
QList<PeriodValue> yearToDate(const Aggregator &aggregator, const AgencyScope &scope, const QString &item,
                              const QList<TrendPoint> &points, int year)
{
    QList<PeriodValue> out;
    QStringList quarters;
    for (const TrendPoint &p : points) {
        if (p.period.year() != year)
            continue;
        if (p.period.kind() == Period::Kind::Quarter) {
            if (!p.value)
                break;
            quarters << p.period.key();
            const auto sum = aggregator.aggregate(item, scope, quarters);
            const int q = p.period.index();
            const Period covering = q == 1 ? p.period : q == 2 ? Period::half(year, 1)
                                                    : q == 3 ? Period::nineMonths(year)
                                                             : Period::wholeYear(year);
            out.append({covering, sum ? sum->value : std::nullopt});
        } else if (p.period.startsTheYear()) {
            out.append({p.period, p.value});
        }
    }
    return out;
}

} // namespace

int TrendChartData::reportedCount() const
{
    return int(std::count_if(points.cbegin(), points.cend(), [](const TrendPoint &p) { return p.value.has_value(); }));
}

QStringList TrendChartData::missingPeriods() const
{
    QStringList out;
    for (const TrendPoint &p : points)
        if (!p.value)
            out << p.period.key();
    return out;
}

Result<QList<Period>> TrendChartData::periodRange(const QString &from, const QString &to)
{
    const auto first = Period::parse(from);
    if (!first)
        return first.failure();
    const auto last = Period::parse(to);
    if (!last)
        return last.failure();
    if (first->kind() != last->kind())
        return Error{TrendChart::tr("%1 and %2 are periods of different kinds: give two quarters, two halves or two years.")
                         .arg(first->key(), last->key())};
    if (last.value() < first.value())
        return Error{TrendChart::tr("The range ends (%1) before it starts (%2).").arg(last->key(), first->key())};
    if (last->year() - first->year() > 30)
        return Error{TrendChart::tr("The range %1 to %2 is longer than 30 years.").arg(first->key(), last->key())};
    QList<Period> out;
    for (int year = first->year(); year <= last->year(); ++year)
        for (const Period &p : Period::periodsOf(first->kind(), year))
            if (!(p < first.value()) && !(last.value() < p))
                out.append(p);
    return out;
}

Result<TrendChartData> TrendChartData::build(const Store &store, const TrendRequest &request)
{
    const auto periods = periodRange(request.from, request.to);
    if (!periods)
        return periods.failure();
    const auto scopeInfo = describe(store, request.scope);
    if (!scopeInfo)
        return scopeInfo.failure();
    const QString province = scopeInfo->province;
    const auto resolved = resolve(store, request, province);
    if (!resolved)
        return resolved.failure();
    // The item and the periods of the range only, not the form's whole history.
    FormValueRepository::Scope scope;
    scope.items = {resolved->item};
    for (const Period &period : periods.value())
        scope.periods.append(period.key());
    auto values = store.formValues().load(resolved->form, scope);
    if (!values)
        return values.failure();
    const Aggregator aggregator(std::move(values).value());
    const auto item = aggregator.values().findItem(resolved->item);
    if (!item)
        return item.failure();
    if (const auto agencies = aggregator.agenciesOf(resolved->scope); !agencies)
        return agencies.failure();

    TrendChartData data;
    data.form = resolved->form;
    data.item = resolved->item;
    const FormValues::Item &formItem = aggregator.values().items().at(item.value());
    data.itemLabel = formItem.label;
    data.unit = formItem.unit;
    data.scopeLabel = scopeInfo->label;
    data.method = Aggregator::methodOf(formItem);
    data.cumulative = Aggregator::latestStands(formItem);

    const auto targets = targetsOf(store, resolved.value(), province);
    if (!targets)
        return targets.failure();
    data.targets = targets.value();
    const auto fullTargets = store.plans().targets({province, {}, {}});
    if (!fullTargets)
        return fullTargets.failure();

    for (const Period &period : periods.value()) {
        TrendPoint point{period, std::nullopt, std::nullopt, std::nullopt, 0, 0, EvaluationStatus::NoData};
        // A period no agency reported in is not in the store at all: a gap like any other.
        if (aggregator.values().periodIndex(period.key()) >= 0) {
            const auto a = aggregator.aggregate(resolved->item, resolved->scope, {period.key()});
            if (!a)
                return a.failure();
            point.value = a->value;
            point.numerator = a->numerator;
            point.denominator = a->denominator;
            point.covered = a->covered;
            point.expected = a->expected;
        }
        if (const Target *target = firstApplying(data.targets, fullTargets.value(), period))
            point.status = evaluate(*target, point.value).status;
        data.points.append(point);
    }
    for (const TrendTarget &t : std::as_const(data.targets))
        data.documents << t.plan;
    data.documents.removeDuplicates();

    // The projection of the last year with figures, against the target that applies to it.
    for (auto it = data.points.crbegin(); it != data.points.crend(); ++it) {
        if (!it->value)
            continue;
        const int year = it->period.year();
        const QList<PeriodValue> ytd = yearToDate(aggregator, resolved->scope, resolved->item, data.points, year);
        const Target *target = firstApplying(data.targets, fullTargets.value(), Period::wholeYear(year));
        const double tolerance = target ? evaluate(*target, target->value).tolerance.value_or(0) : 0;
        const auto projection = target ? Projection::project(ytd, target->comparator, target->value, tolerance)
                                       : Projection::project(ytd);
        if (projection)
            data.projection = projection.value();
        break;
    }
    data.projectionComparable = data.method == Aggregate::Method::Ratio || data.cumulative;
    return data;
}

} // namespace pardesk

#include "targets/TargetEvaluation.h"

#include "targets/Comparison.h"

#include <algorithm>
#include <cmath>

namespace pardesk {
namespace {

bool lowerIsBetter(const Target &target)
{
    return target.direction == Direction::Lower;
}

bool compares(Comparator comparator, double actual, double value, double tolerance)
{
    return satisfies(actual, comparator, value, tolerance).value_or(false);
}

std::optional<double> progressBaseline(const Target &target, const EvaluationOptions &options)
{
    if (target.kind != TargetKind::Reduction && target.baselineValue)
        return target.baselineValue;
    if (options.baseline)
        return options.baseline;
    if (target.kind == TargetKind::Reduction || !lowerIsBetter(target))
        return 0.0;
    return std::nullopt;
}

} // namespace

double defaultTolerance(const Target &target)
{
    if (target.unit.trimmed() == u"%")
        return 2.0;
    return 0.05 * std::abs(target.value.value_or(0));
}

Evaluation evaluate(const Target &target, std::optional<double> actual, const EvaluationOptions &options)
{
    Evaluation e;
    e.aspirational = target.aspirational;
    if (target.kind == TargetKind::Qualitative || !target.value || target.comparator == Comparator::None) {
        e.status = EvaluationStatus::NotMeasurable;
        return e;
    }
    if (!actual || !std::isfinite(*actual)) {
        e.status = EvaluationStatus::NoData;
        return e;
    }
    const double value = *target.value;
    e.actual = actual;
    if (target.comparator == Comparator::About)
        e.tolerance = options.tolerance.value_or(defaultTolerance(target));
    e.status = compares(target.comparator, *actual, value, e.tolerance.value_or(0)) ? EvaluationStatus::Met
                                                                                     : EvaluationStatus::NotMet;
    e.gap = lowerIsBetter(target) && target.comparator != Comparator::About ? value - *actual : *actual - value;
    e.baseline = progressBaseline(target, options);
    const bool baselineIsTarget = e.baseline && *satisfies(*e.baseline, Comparator::Equal, value);
    if (e.baseline && !baselineIsTarget)
        e.progress = (*actual - *e.baseline) / (value - *e.baseline);
    return e;
}

QList<Evaluation> evaluatePerLevel(const QList<Target> &targets, const QMap<AdminLevel, double> &actualByLevel,
                                   const EvaluationOptions &options)
{
    QList<Evaluation> out;
    out.reserve(targets.size());
    for (const Target &target : targets) {
        const auto found = actualByLevel.constFind(target.level);
        out.append(evaluate(target, found == actualByLevel.cend() ? std::nullopt : std::optional<double>(*found),
                            options));
    }
    return out;
}

QString TargetEvaluation::statusLabel(EvaluationStatus status)
{
    switch (status) {
    case EvaluationStatus::Met:
        return tr("Met");
    case EvaluationStatus::NotMet:
        return tr("Not met");
    case EvaluationStatus::NoData:
        return tr("No data");
    case EvaluationStatus::NotMeasurable:
        return tr("Not measurable");
    case EvaluationStatus::NotMeasuredByForms:
        return tr("Not measured by the forms");
    case EvaluationStatus::NoFiguresForItsYear:
        return tr("No figures for its year");
    }
    return {};
}

QString TargetEvaluation::statusKey(EvaluationStatus status)
{
    switch (status) {
    case EvaluationStatus::Met:
        return QStringLiteral("met");
    case EvaluationStatus::NotMet:
        return QStringLiteral("not_met");
    case EvaluationStatus::NoData:
        return QStringLiteral("no_data");
    case EvaluationStatus::NotMeasurable:
        return QStringLiteral("not_measurable");
    case EvaluationStatus::NotMeasuredByForms:
        return QStringLiteral("not_measured_by_forms");
    case EvaluationStatus::NoFiguresForItsYear:
        return QStringLiteral("no_figures_for_its_year");
    }
    return {};
}

} // namespace pardesk

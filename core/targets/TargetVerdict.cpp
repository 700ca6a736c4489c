#include "targets/TargetVerdict.h"

#include "periods/Period.h"

namespace pardesk {

int TargetVerdict::yearOf(const Target &target)
{
    if (const int year = target.deadline.left(4).toInt(); year > 0)
        return year;
    return target.planYear.value_or(0);
}

bool TargetVerdict::isJudged(EvaluationStatus status)
{
    return status == EvaluationStatus::Met || status == EvaluationStatus::NotMet;
}

QString TargetVerdict::label(const TargetReportRow &row)
{
    if (row.evaluation.status == EvaluationStatus::NoFiguresForItsYear)
        return tr("No figures for %1").arg(yearOf(row.target));
    return TargetEvaluation::statusLabel(row.evaluation.status);
}

QString TargetVerdict::period(const TargetReportRow &row)
{
    if (!row.actual)
        return {};
    const auto period = Period::parse(row.actual->period);
    return period ? period->label() : row.actual->period;
}

QString TargetVerdict::coverage(const TargetReportRow &row)
{
    if (!row.actual)
        return {};
    const ActualValue &a = *row.actual;
    if (a.expected <= 0)
        return {};
    return tr("%1/%2 agencies").arg(a.covered).arg(a.expected);
}

} // namespace pardesk

#include "assessment/ScoreRules.h"

#include "text/NumberFormat.h"

#include <algorithm>
#include <cmath>

namespace pardesk {
namespace {

constexpr double kTolerance = 0.00005; // points are written with at most 4 decimals

QString pts(double value)
{
    return formatNumber(value, 4);
}

} // namespace

Status ScoreRules::accept(const CriteriaNode &node, double points)
{
    if (!node.scored())
        return Error{tr("%1 is not a sub-criterion: its points are the sum of its children.").arg(node.code)};
    if (!node.maxPoints)
        return Error{tr("%1 has no stated maximum, so it cannot be scored.").arg(node.code)};
    if (!std::isfinite(points))
        return Error{tr("%1: the points are not a number.").arg(node.code)};
    const double max = *node.maxPoints;
    if (node.kind == ScoringKind::Deduction) {
        if (points > kTolerance || points < -max - kTolerance)
            return Error{tr("%1 is a deduction: from −%2 to 0 points, not %3.").arg(node.code, pts(max), pts(points))};
        return {};
    }
    if (points < -kTolerance)
        return Error{tr("%1: points cannot be negative (%2).").arg(node.code, pts(points))};
    if (points > max + kTolerance)
        return Error{tr("%1: %2 points is above the maximum %3.").arg(node.code, pts(points), pts(max))};
    if (node.kind == ScoringKind::YesNo && std::abs(points) > kTolerance && std::abs(points - max) > kTolerance)
        return Error{tr("%1 is scored yes or no: 0 or %2 points, not %3.").arg(node.code, pts(max), pts(points))};
    if (node.kind == ScoringKind::Levels) {
        QStringList allowed;
        for (const ScoreLevel &l : node.levels) {
            if (std::abs(l.points - points) <= kTolerance)
                return {};
            allowed << QStringLiteral("%1 (%2)").arg(pts(l.points), l.label);
        }
        return Error{tr("%1: %2 points is not one of its levels: %3.").arg(node.code, pts(points), allowed.join(u"; "))};
    }
    return {};
}

double ScoreRules::ratioPoints(double max, double rate, double fullAt)
{
    if (!(fullAt > 0) || !std::isfinite(rate))
        return 0;
    return std::clamp(max * rate / fullAt, 0.0, max);
}

QString ScoreRules::ratioRule(const CriteriaNode &node)
{
    const QString max = node.maxPoints ? pts(*node.maxPoints) : QStringLiteral("?");
    return tr("min(%1; %1 × rate / %2)").arg(max, pts(node.rateFullAt));
}

QString ScoreRules::describe(const CriteriaNode &node)
{
    const QString max = node.maxPoints ? pts(*node.maxPoints) : QStringLiteral("?");
    switch (node.kind) {
    case ScoringKind::YesNo:
        return tr("yes or no: 0 or %1").arg(max);
    case ScoringKind::Points:
        return tr("from 0 to %1").arg(max);
    case ScoringKind::Levels: {
        QStringList levels;
        for (const ScoreLevel &l : node.levels)
            levels << QStringLiteral("%1 = %2").arg(l.label, pts(l.points));
        return tr("one of: %1").arg(levels.join(u"; "));
    }
    case ScoringKind::Ratio:
        return tr("by the rate: %1").arg(ratioRule(node));
    case ScoringKind::Survey:
        return tr("by the survey: entered by the office that organises it");
    case ScoringKind::Deduction:
        break;
    }
    return tr("a deduction: from −%1 to 0").arg(max);
}

} // namespace pardesk

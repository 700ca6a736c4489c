#include "assessment/RatioProjection.h"

#include "assessment/ScoreRules.h"

namespace pardesk {

Result<RatioPointsProjection> RatioProjection::project(const CriteriaNode &node, const QList<PeriodValue> &cumulativeRates)
{
    if (!node.scored() || node.kind != ScoringKind::Ratio || !node.maxPoints)
        return Error{tr("%1 is not a ratio sub-criterion with a maximum: its points are not projected from a rate.").arg(node.code)};
    const auto rate = Projection::project(cumulativeRates);
    if (!rate)
        return rate.failure();
    RatioPointsProjection out{node.code, rate.value(), std::nullopt, rate->assumption};
    if (rate->value) {
        out.points = ScoreRules::ratioPoints(*node.maxPoints, *rate->value, node.rateFullAt);
        out.assumption += u' ' + tr("Points: %1.").arg(ScoreRules::ratioRule(node));
    }
    return out;
}

} // namespace pardesk

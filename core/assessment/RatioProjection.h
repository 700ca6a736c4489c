#pragma once
// The year-end points of a ratio sub-criterion, projected from the rates reported so far this year
// (the same linear trend as a target's, core/periods/Projection), with the assumption written out.

#include "assessment/CriteriaSet.h"
#include "periods/Projection.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace pardesk {

struct RatioPointsProjection {
    QString code;
    YearEndProjection rate;       // the rate (%) at the year's end
    std::optional<double> points; // none when the rate cannot be projected
    QString assumption;           // the trend's assumption and the points rule
};

class RatioProjection {
    Q_DECLARE_TR_FUNCTIONS(RatioProjection)
public:
    // `cumulativeRates`: the rate of each period from the start of the year (lũy kế), as the
    // forms report it. Only a ratio sub-criterion with a maximum is projected.
    static Result<RatioPointsProjection> project(const CriteriaNode &node, const QList<PeriodValue> &cumulativeRates);
};

} // namespace pardesk

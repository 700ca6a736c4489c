#include "charts/ChartSpec.h"

#include "periods/Period.h"

namespace pardesk {

QString ChartSpec::label() const
{
    switch (kind) {
    case Kind::Compare:
        return ChartSpecText::tr("Targets: %1").arg(theme);
    case Kind::Overview:
        return ChartSpecText::tr("Overview of targets");
    case Kind::Trend: {
        const QString scope = trend.scope.kind == AgencyScope::Kind::Subtree ? ChartSpecText::tr("agency %1").arg(trend.scope.agencyId)
                                                                             : trend.scope.province;
        return ChartSpecText::tr("Trend: %1, %2, %3–%4").arg(trend.indicator, scope, Period::labelOf(trend.from), Period::labelOf(trend.to));
    }
    case Kind::Scores:
        return ChartSpecText::tr("Index scores: %1").arg(province);
    case Kind::Assessment:
        return ChartSpecText::tr("Self-assessment: %1, %2").arg(province).arg(year);
    }
    return {};
}

} // namespace pardesk

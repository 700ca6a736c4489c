#include "charts/AssessmentChartData.h"

namespace pardesk {

AssessmentChartData AssessmentChartData::build(const ProvincePicture &picture, const QList<TotalPoint> &monthlyTotals)
{
    AssessmentChartData out;
    double official = 0;
    bool officialKnown = !picture.areas.isEmpty();
    for (const AreaEstimate &a : picture.areas) {
        out.areas.append({a.code, a.label, a.estimate, a.max ? std::optional<double>(*a.max - a.estimate) : std::nullopt});
        officialKnown = officialKnown && a.official.has_value();
        official += a.official.value_or(0);
    }
    for (const AgencyStanding &a : picture.agencies)
        if (a.rank)
            out.ranking.append({a.agencyName, a.total, a.rank});
    out.totals = monthlyTotals;
    if (officialKnown)
        out.officialLine = official;
    out.maxLine = picture.total.max;
    return out;
}

} // namespace pardesk

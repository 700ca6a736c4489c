#include "charts/AssessmentChartLoader.h"

#include "assessment/ProvincePictureLoader.h"
#include "charts/ChartSource.h"
#include "store/Store.h"

#include <algorithm>

namespace pardesk {

Result<AssessmentChartData> AssessmentChartLoader::load(const Store &store, const QString &province, int year)
{
    const auto provinces = store.references().provinces();
    if (!provinces)
        return provinces.failure();
    if (std::none_of(provinces->begin(), provinces->end(), [&](const ProvinceName &p) { return p.code == province; }))
        return Error{ChartSource::tr("Unknown province \"%1\": use TQ, BG or TV.").arg(province)};
    const auto picture = ProvincePictureLoader::load(store, province, year);
    if (!picture)
        return picture.failure();
    const auto through = ProvincePictureLoader::estimatesThroughYear(store, province, year);
    if (!through)
        return through.failure();
    QList<TotalPoint> totals;
    for (const ProvincePictureLoader::EstimateThen &e : through.value())
        totals.append({e.period, e.estimate});
    return AssessmentChartData::build(picture.value(), totals);
}

} // namespace pardesk

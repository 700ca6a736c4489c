#pragma once
// One indicator over the periods against its targets: the actual values as a line broken where a
// period has no figures, points coloured and shaped by met / not met, each target as a line (a
// band for "about" targets) over the periods it applies to, and the projection to year end dashed.

#include "charts/ChartStyle.h"
#include "charts/TrendChartData.h"

#include <QCoreApplication>

class QChart;

namespace pardesk {

class TrendChartBuilder {
    Q_DECLARE_TR_FUNCTIONS(TrendChartBuilder)
public:
    // Series by objectName: "actual" (one QLineSeries per run of reported periods; x is the
    // period's index in data.points), "met", "notMet", "noTarget" (QScatterSeries), "target"
    // (QLineSeries or QAreaSeries per target), "projection".
    static QChart *build(const TrendChartData &data, const ChartStyle &style);
    // What the chart cannot show by itself: too few periods, the gaps, a projection off scale.
    static QStringList notes(const TrendChartData &data);
};

} // namespace pardesk

#pragma once
// The ranking indexes as charts: PAR Index criteria achieved against the maximum (most points
// lost on top), PAPI rows year over year with the country average, SIPAS against the averages.

#include "charts/ChartStyle.h"
#include "charts/ScoresChartData.h"

#include <QCoreApplication>

class QChart;

namespace pardesk {

class ScoresChartBuilder {
    Q_DECLARE_TR_FUNCTIONS(ScoresChartBuilder)
public:
    // Sets: "Achieved" and "Lost" stacked (they add up to the maximum), one category per criterion.
    static QChart *par(const ParArea &area, const ChartStyle &style);
    // Sets: the first year, the later year, and the country average of the later year where given.
    static QChart *papi(const QList<YearOverYear> &rows, const ChartStyle &style);
    // Sets: the result, the province average, the country average.
    static QChart *sipas(const QList<SipasComparison> &results, const ChartStyle &style);
};

} // namespace pardesk

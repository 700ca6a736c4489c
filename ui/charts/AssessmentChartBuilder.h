#pragma once
// The self-assessment charts for the meeting (issue 15): the province's estimate by area, achieved
// against lost; the agencies' ranking; the total month by month against last year's official
// result and the maximum. They draw AssessmentChartData and compute nothing.

#include "charts/AssessmentChartData.h"
#include "charts/ChartStyle.h"

#include <QCoreApplication>

class QChart;

namespace pardesk {

class AssessmentChartBuilder {
    Q_DECLARE_TR_FUNCTIONS(AssessmentChartBuilder)
public:
    // Sets "Achieved" and "Lost" stacked per area (lost where the area states a maximum).
    static QChart *areas(const AssessmentChartData &data, const QString &title, const ChartStyle &style);
    // One bar per ranked agency, the highest on top; nullptr when no agency has a total.
    static QChart *ranking(const AssessmentChartData &data, const ChartStyle &style);
    // The totals in time order, with the official result and the maximum drawn across; nullptr
    // when there is no assessment in the year.
    static QChart *totals(const AssessmentChartData &data, const ChartStyle &style);
};

} // namespace pardesk

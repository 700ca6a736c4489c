#pragma once
// What the meeting's self-assessment charts draw, from the province's picture: points by area
// (achieved against lost), the agencies' ranking, and the monthly total against last year's
// official result and the maximum. Pure: the chart views only draw these numbers.

#include "assessment/ProvincePicture.h"

#include <QList>
#include <optional>

namespace pardesk {

struct AreaBar {
    QString code;
    QString label;
    double achieved = 0;
    std::optional<double> lost; // max − achieved; none when the area states no maximum
};

struct RankingBar {
    QString agencyName;
    double total = 0;
    std::optional<int> rank;
};

// One point of the monthly line: a period's total (appraised, else self-scored).
struct TotalPoint {
    QString period;
    double total = 0;
};

struct AssessmentChartData {
    QList<AreaBar> areas;
    QList<RankingBar> ranking; // ranked agencies, highest first; not started ones are left out
    QList<TotalPoint> totals;  // in the given order
    std::optional<double> officialLine; // the last official total, drawn across
    std::optional<double> maxLine;

    static AssessmentChartData build(const ProvincePicture &picture, const QList<TotalPoint> &monthlyTotals);
};

} // namespace pardesk

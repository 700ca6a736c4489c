#pragma once
// Which chart to draw, with its parameters: what the charts area, the presentation list and
// `pardesk-cli chart` pass around, and build with ChartFactory.

#include "charts/TrendChartData.h"

#include <QCoreApplication>

namespace pardesk {

struct ChartSpec {
    enum class Kind { Compare, Overview, Trend, Scores, Assessment };
    Kind kind = Kind::Overview;
    QString theme;      // Compare
    TrendRequest trend; // Trend
    QString province;   // Scores, Assessment
    int year = 0;       // Assessment: the year whose self-assessments are estimated

    QString label() const; // for the presentation list, in the current language
};

class ChartSpecText {
    Q_DECLARE_TR_FUNCTIONS(ChartSpecText)
};

} // namespace pardesk

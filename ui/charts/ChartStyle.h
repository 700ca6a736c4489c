#pragma once
// How big a chart's texts are: the desk size, or larger for the meeting room's screen; and the
// value axes with Vietnamese numbers ("1.500", "12,5"), which QValueAxis's printf format cannot write.

#include <QString>

class QChart;
class QCategoryAxis;

namespace pardesk {

struct ChartStyle {
    double fontScale = 1.0; // presentation mode: 1.6

    // Title, legend and axes fonts by the scale; white background, no animation (exports are stills).
    void apply(QChart *chart) const;
    int pointSize(double base) const;
};

// A value axis from `low` to `high` with round steps, labelled the Vietnamese way, with `title`.
// Its labels are categories on their values, so grid lines fall on the labelled ticks.
QCategoryAxis *vietnameseValueAxis(double low, double high, const QString &title);

} // namespace pardesk

#include "charts/ChartStyle.h"

#include "plans/PlanFormat.h"

#include <QCategoryAxis>
#include <QChart>
#include <QLegend>
#include <cmath>

namespace pardesk {

int ChartStyle::pointSize(double base) const
{
    return int(std::lround(base * fontScale));
}

void ChartStyle::apply(QChart *chart) const
{
    QFont title = chart->titleFont();
    title.setPointSize(pointSize(13));
    title.setBold(true);
    chart->setTitleFont(title);
    QFont legend = chart->legend()->font();
    legend.setPointSize(pointSize(9));
    chart->legend()->setFont(legend);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setVisible(true);
    for (QAbstractAxis *axis : chart->axes()) {
        QFont labels = axis->labelsFont();
        labels.setPointSize(pointSize(8.5));
        axis->setLabelsFont(labels);
        QFont titleFont = axis->titleFont();
        titleFont.setPointSize(pointSize(9));
        titleFont.setBold(false);
        axis->setTitleFont(titleFont);
    }
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundBrush(Qt::white);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(6, 6, 22, 6)); // room for the last value label on the right
}

QCategoryAxis *vietnameseValueAxis(double low, double high, const QString &title)
{
    if (!(high > low))
        high = low + 1;
    // A step of 1, 2 or 5 × 10^n giving about five intervals.
    const double raw = (high - low) / 5;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = magnitude;
    for (const double m : {1.0, 2.0, 5.0, 10.0})
        if (m * magnitude >= raw) {
            step = m * magnitude;
            break;
        }
    const double first = std::floor(low / step) * step;
    const double last = std::ceil(high / step) * step;
    const int decimals = step >= 1 ? 0 : int(std::ceil(-std::log10(step)));

    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setStartValue(first - step * 1e-6); // so that the first tick is a category end, and labelled
    for (double v = first; v <= last + step / 2; v += step)
        axis->append(PlanFormat::number(std::abs(v) < step / 1e6 ? 0.0 : v, decimals), v);
    axis->setRange(first, last);
    axis->setTitleText(title);
    return axis;
}

} // namespace pardesk

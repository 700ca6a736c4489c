#pragma once
// Values written on a chart the Vietnamese way ("12,5 %"), beside each bar's end or above each
// point. QtCharts 6.4 formats bar and point labels with printf in the C locale ("12.5") and has no
// per-point label text, so the labels are text items of the chart's scene, placed again whenever
// the plot area changes. Exports render the scene, so PNG, SVG and PDF carry them.

#include <QObject>
#include <QPointF>
#include <QPointer>
#include <QString>

#include <QAbstractSeries>

class QChart;
class QGraphicsSimpleTextItem;

namespace pardesk {

class ValueLabels : public QObject {
    Q_OBJECT
public:
    enum class Side { Right, Above };

    // The chart's labels (made on first use; owned by the chart).
    static ValueLabels *of(QChart *chart);
    // `value` in the coordinates of `series` (for a bar: the bar's value and its category index).
    void add(QAbstractSeries *series, QPointF value, const QString &text, Side side);
    QStringList texts() const;

private:
    explicit ValueLabels(QChart *chart);
    void place();

    struct Label {
        QPointer<QAbstractSeries> series; // gone first when the chart is taken down
        QPointF value;
        Side side;
        QGraphicsSimpleTextItem *item;
    };
    QChart *m_chart;
    QList<Label> m_labels;
};

} // namespace pardesk

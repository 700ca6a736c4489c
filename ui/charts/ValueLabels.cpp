#include "charts/ValueLabels.h"

#include <QAbstractAxis>
#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsSimpleTextItem>

namespace pardesk {

ValueLabels *ValueLabels::of(QChart *chart)
{
    if (auto *existing = chart->findChild<ValueLabels *>(QString(), Qt::FindDirectChildrenOnly))
        return existing;
    return new ValueLabels(chart);
}

ValueLabels::ValueLabels(QChart *chart) : QObject(chart), m_chart(chart)
{
    connect(chart, &QChart::plotAreaChanged, this, &ValueLabels::place);
}

void ValueLabels::add(QAbstractSeries *series, QPointF value, const QString &text, Side side)
{
    auto *item = new QGraphicsSimpleTextItem(text, m_chart);
    item->setZValue(10); // above the series
    m_labels.append({series, value, side, item});
    place();
}

QStringList ValueLabels::texts() const
{
    QStringList out;
    for (const Label &label : m_labels)
        out << label.item->text();
    return out;
}

void ValueLabels::place()
{
    // The axes' label font, which ChartStyle sizes for the desk or the meeting room.
    const QList<QAbstractAxis *> axes = m_chart->axes(Qt::Horizontal);
    const QFont font = axes.isEmpty() ? m_chart->font() : axes.constFirst()->labelsFont();
    const QFontMetricsF metrics(font);
    for (const Label &label : std::as_const(m_labels)) {
        if (!label.series)
            continue;
        label.item->setFont(font);
        const QPointF at = m_chart->mapToPosition(label.value, label.series);
        const QRectF box = label.item->boundingRect();
        const QPointF offset = label.side == Side::Right ? QPointF(metrics.averageCharWidth() * 0.8, -box.height() / 2)
                                                         : QPointF(-box.width() / 2, -box.height() - metrics.height() * 0.4);
        label.item->setPos(at + offset);
        label.item->setVisible(m_chart->plotArea().isValid());
    }
}

} // namespace pardesk

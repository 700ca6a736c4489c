#include "charts/OverviewGrid.h"

#include "charts/ChartPalette.h"

#include <QPainter>

namespace pardesk {

OverviewGrid::OverviewGrid(QList<CompareChartData> themes, const ChartStyle &style, QWidget *parent)
    : QWidget(parent), m_themes(std::move(themes)), m_style(style)
{
    setObjectName(QStringLiteral("overviewGrid"));
    setMinimumSize(400, 300);
}

QString OverviewGrid::cellText(int row, int column) const
{
    const CompareProvince &p = m_themes[row].provinces[column];
    if (!p.hasTarget())
        return tr("no target");
    QStringList parts;
    for (const CompareBar &b : p.bars)
        parts << b.comparison;
    parts.removeDuplicates();
    if (p.qualitative > 0)
        parts << tr("%n qualitative", nullptr, p.qualitative);
    return parts.join(QStringLiteral(" · "));
}

int OverviewGrid::targetCount(int row, int column) const
{
    const CompareProvince &p = m_themes[row].provinces[column];
    return int(p.bars.size()) + p.qualitative;
}

QSize OverviewGrid::sizeHint() const
{
    return {1200, 60 + 24 * rowCount()};
}

void OverviewGrid::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), Qt::white);
    if (m_themes.isEmpty())
        return;
    QFont title = font();
    title.setPointSize(m_style.pointSize(13));
    title.setBold(true);
    QFont header = font();
    header.setPointSize(m_style.pointSize(9.5));
    header.setBold(true);
    QFont cell = font();
    cell.setPointSize(m_style.pointSize(8.5));

    const int titleHeight = QFontMetrics(title).height() + 10;
    painter.setFont(title);
    painter.setPen(Qt::black);
    painter.drawText(QRect(0, 0, width(), titleHeight), Qt::AlignCenter, tr("Targets by theme and province"));

    const int headerHeight = QFontMetrics(header).height() + 10;
    const double rowHeight = std::max(double(QFontMetrics(cell).height() + 4),
                                      double(height() - titleHeight - headerHeight) / rowCount());
    const int themeWidth = width() * 30 / 100;
    const double columnWidth = double(width() - themeWidth) / columnCount();
    int most = 1;
    for (int r = 0; r < rowCount(); ++r)
        for (int c = 0; c < columnCount(); ++c)
            most = std::max(most, targetCount(r, c));

    painter.setFont(header);
    painter.drawText(QRectF(4, titleHeight, themeWidth - 8, headerHeight), Qt::AlignVCenter | Qt::AlignLeft, tr("Theme"));
    for (int c = 0; c < columnCount(); ++c) {
        const CompareProvince &p = m_themes.first().provinces[c];
        const QRectF box(themeWidth + c * columnWidth, titleHeight, columnWidth, headerHeight);
        painter.fillRect(box.adjusted(1, 1, -1, -1), ChartPalette::provinceBrush(p.province));
        painter.drawText(box, Qt::AlignCenter, p.name.isEmpty() ? p.province : p.name);
    }
    for (int r = 0; r < rowCount(); ++r) {
        const double y = titleHeight + headerHeight + r * rowHeight;
        painter.setFont(cell);
        painter.setPen(Qt::black);
        const QRectF themeBox(4, y, themeWidth - 8, rowHeight);
        painter.drawText(themeBox, Qt::AlignVCenter | Qt::AlignLeft,
                         painter.fontMetrics().elidedText(m_themes[r].themeName, Qt::ElideRight, int(themeBox.width())));
        for (int c = 0; c < columnCount(); ++c) {
            const CompareProvince &p = m_themes[r].provinces[c];
            const QRectF box(themeWidth + c * columnWidth, y, columnWidth, rowHeight);
            QColor fill = p.hasTarget() ? ChartPalette::province(p.province) : QColor(0xEE, 0xEE, 0xEE);
            if (p.hasTarget())
                fill.setAlpha(60 + 195 * targetCount(r, c) / most);
            painter.fillRect(box.adjusted(1, 1, -1, -1), fill);
            painter.setPen(p.hasTarget() ? Qt::black : ChartPalette::noTarget());
            const QString text = cellText(r, c);
            painter.drawText(box.adjusted(4, 0, -4, 0), Qt::AlignCenter,
                             painter.fontMetrics().elidedText(text, Qt::ElideRight, int(box.width()) - 8));
        }
        painter.setPen(QColor(0xDD, 0xDD, 0xDD));
        painter.drawLine(QPointF(0, y + rowHeight), QPointF(width(), y + rowHeight));
    }
}

} // namespace pardesk

#pragma once
// Every theme × province on one page, for a meeting's summary: a heat table whose cell lists the
// province's targets of the theme ("≥ 80% · ≥ 85%"), shaded by how many there are in the
// province's colour, "no target" in grey. Painted, so that it exports like the charts.

#include "charts/ChartStyle.h"
#include "charts/CompareChartData.h"

#include <QWidget>

namespace pardesk {

class OverviewGrid : public QWidget {
    Q_OBJECT
public:
    OverviewGrid(QList<CompareChartData> themes, const ChartStyle &style, QWidget *parent = nullptr);

    int rowCount() const { return int(m_themes.size()); }
    int columnCount() const { return m_themes.isEmpty() ? 0 : int(m_themes.first().provinces.size()); }
    QString cellText(int row, int column) const;
    int targetCount(int row, int column) const; // measurable and qualitative
    const QList<CompareChartData> &themes() const { return m_themes; }

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<CompareChartData> m_themes;
    ChartStyle m_style;
};

} // namespace pardesk

#pragma once
// One picture to show, export or print: its chart(s) and a footnote with the data source (QChart
// has none), laid out in one widget so that the screen, the PNG, the SVG and the PDF are the same.

#include <QList>
#include <QWidget>

class QChart;
class QChartView;
class QGridLayout;
class QLabel;

namespace pardesk {

class ChartFigure : public QWidget {
    Q_OBJECT
public:
    explicit ChartFigure(QWidget *parent = nullptr);

    // The chart at a cell of the figure's grid; the figure owns it.
    void addChart(QChart *chart, int row = 0, int column = 0, int rowSpan = 1, int columnSpan = 1);
    void addWidget(QWidget *widget, int row = 0, int column = 0);
    void setFootnote(const QString &text, int pointSize = 8);

    QList<QChart *> charts() const;
    QList<QChartView *> chartViews() const { return m_views; }
    QString footnote() const;
    QWidget *content(int row, int column) const;
    // The texts QtCharts drew cut short ("8 Quản..."), once the figure is laid out at its size:
    // none means every title, label and legend entry is whole.
    QStringList cutTexts() const;

private:
    QGridLayout *m_grid;
    QLabel *m_footnote;
    QList<QChartView *> m_views;
};

} // namespace pardesk

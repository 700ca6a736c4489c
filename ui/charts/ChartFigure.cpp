#include "charts/ChartFigure.h"

#include <QGraphicsScene>
#include <QGraphicsTextItem>

#include "charts/ChartPalette.h"

#include <QChartView>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace pardesk {

ChartFigure::ChartFigure(QWidget *parent) : QWidget(parent), m_grid(new QGridLayout), m_footnote(new QLabel)
{
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, Qt::white);
    p.setColor(QPalette::WindowText, ChartPalette::footnote());
    setPalette(p);
    m_footnote->setWordWrap(true);
    m_footnote->setObjectName(QStringLiteral("chartFootnote"));
    m_footnote->setTextFormat(Qt::PlainText);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    m_grid->setSpacing(4);
    layout->addLayout(m_grid, 1);
    layout->addWidget(m_footnote);
}

void ChartFigure::addChart(QChart *chart, int row, int column, int rowSpan, int columnSpan)
{
    auto *view = new QChartView(chart);
    view->setRenderHint(QPainter::Antialiasing);
    view->setFrameShape(QFrame::NoFrame);
    view->setMinimumSize(200, 150);
    m_views.append(view);
    m_grid->addWidget(view, row, column, rowSpan, columnSpan);
}

void ChartFigure::addWidget(QWidget *widget, int row, int column)
{
    m_grid->addWidget(widget, row, column);
}

void ChartFigure::setFootnote(const QString &text, int pointSize)
{
    QFont font = m_footnote->font();
    font.setPointSize(pointSize);
    m_footnote->setFont(font);
    m_footnote->setText(text);
}

QList<QChart *> ChartFigure::charts() const
{
    QList<QChart *> out;
    for (QChartView *view : m_views)
        out.append(view->chart());
    return out;
}

QString ChartFigure::footnote() const
{
    return m_footnote->text();
}

QWidget *ChartFigure::content(int row, int column) const
{
    QLayoutItem *item = m_grid->itemAtPosition(row, column);
    return item ? item->widget() : nullptr;
}

QStringList ChartFigure::cutTexts() const
{
    // QtCharts shortens what does not fit with three dots, in the text items of the chart's scene.
    QStringList cut;
    for (const QChartView *view : m_views) {
        if (!view->scene())
            continue;
        for (const QGraphicsItem *item : view->scene()->items()) {
            const auto *text = dynamic_cast<const QGraphicsTextItem *>(item);
            if (text && text->isVisible() && text->toPlainText().endsWith(QLatin1String("...")))
                cut << text->toPlainText();
        }
    }
    return cut;
}

} // namespace pardesk

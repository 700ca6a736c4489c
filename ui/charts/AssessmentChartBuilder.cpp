#include "charts/AssessmentChartBuilder.h"

#include "assessment/AssessmentPeriod.h"
#include "charts/AxisLabels.h"
#include "charts/ChartPalette.h"
#include "charts/ValueLabels.h"
#include "plans/PlanFormat.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLineSeries>
#include <QPen>
#include <algorithm>

namespace pardesk {
namespace {

QBarSet *barSet(const QString &name, int colour)
{
    auto *set = new QBarSet(name);
    set->setBrush(ChartPalette::seriesBrush(colour));
    set->setColor(ChartPalette::series(colour));
    set->setBorderColor(ChartPalette::series(colour).darker(150));
    return set;
}

// Horizontal bars: the first category at the top, as the list reads (the axis counts upwards).
void addBars(QChart *chart, QAbstractBarSeries *series, const QStringList &topDown, double high,
             const QString &valueTitle, const ChartStyle &style)
{
    chart->addSeries(series);
    auto *categories = new QBarCategoryAxis;
    for (auto it = topDown.crbegin(); it != topDown.crend(); ++it)
        categories->append(wrappedAxisLabel(*it, 48, 2));
    auto *values = vietnameseValueAxis(0, high > 0 ? high : 1, valueTitle);
    chart->addAxis(categories, Qt::AlignLeft);
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(categories);
    series->attachAxis(values);
    style.apply(chart);
}

QString periodName(const QString &key)
{
    const auto p = AssessmentPeriod::parse(key);
    return p ? p->label() : key;
}

} // namespace

QChart *AssessmentChartBuilder::areas(const AssessmentChartData &data, const QString &title, const ChartStyle &style)
{
    auto *achieved = barSet(tr("Achieved"), 0);
    auto *lost = barSet(tr("Lost"), 1);
    QStringList topDown;
    double high = 0;
    // Appended bottom-up, as the category axis counts.
    for (auto it = data.areas.crbegin(); it != data.areas.crend(); ++it) {
        achieved->append(it->achieved);
        lost->append(it->lost.value_or(0));
        high = std::max(high, it->achieved + it->lost.value_or(0));
    }
    for (const AreaBar &a : data.areas)
        topDown << tr("%1 %2 — %3 of %4")
                       .arg(a.code, a.label, PlanFormat::number(a.achieved, 2),
                            a.lost ? PlanFormat::number(a.achieved + *a.lost, 2) : QStringLiteral("?"));
    auto *series = new QHorizontalStackedBarSeries;
    series->append({achieved, lost});
    auto *chart = new QChart;
    chart->setTitle(title);
    addBars(chart, series, topDown, high * 1.05, tr("Points"), style);
    return chart;
}

QChart *AssessmentChartBuilder::ranking(const AssessmentChartData &data, const ChartStyle &style)
{
    if (data.ranking.isEmpty())
        return nullptr;
    auto *totals = barSet(tr("Total"), 0);
    QStringList topDown;
    double high = 0;
    for (auto it = data.ranking.crbegin(); it != data.ranking.crend(); ++it) {
        totals->append(it->total);
        high = std::max(high, it->total);
    }
    auto *series = new QHorizontalBarSeries;
    series->append(totals);
    auto *chart = new QChart;
    chart->setTitle(tr("Agencies ranked by their total"));
    for (int i = 0; i < data.ranking.size(); ++i) {
        const RankingBar &r = data.ranking[i];
        topDown << tr("%1. %2").arg(r.rank ? QString::number(*r.rank) : QStringLiteral("–"), r.agencyName);
        ValueLabels::of(chart)->add(series, QPointF(r.total, data.ranking.size() - 1 - i), PlanFormat::number(r.total, 2),
                                    ValueLabels::Side::Right);
    }
    addBars(chart, series, topDown, std::max(high, data.maxLine.value_or(0)) * 1.1, tr("Points"), style);
    chart->legend()->hide();
    return chart;
}

QChart *AssessmentChartBuilder::totals(const AssessmentChartData &data, const ChartStyle &style)
{
    if (data.totals.isEmpty())
        return nullptr;
    auto *chart = new QChart;
    chart->setTitle(tr("Total through the year"));
    auto *line = new QLineSeries;
    line->setObjectName(QStringLiteral("total"));
    line->setName(tr("Estimate"));
    line->setPen(QPen(ChartPalette::series(0), 2.5 * style.fontScale));
    line->setPointsVisible(true);
    double high = 0;
    for (int i = 0; i < data.totals.size(); ++i) {
        line->append(i, data.totals[i].total);
        high = std::max(high, data.totals[i].total);
    }
    chart->addSeries(line);
    const double first = -0.4, last = data.totals.size() - 0.6;
    const auto across = [&](const QString &name, const char *key, double value, const QColor &colour, Qt::PenStyle dash) {
        auto *s = new QLineSeries;
        s->setObjectName(QLatin1String(key));
        s->setName(name);
        s->append({{first, value}, {last, value}});
        s->setPen(QPen(colour, 2 * style.fontScale, dash));
        chart->addSeries(s);
        high = std::max(high, value);
    };
    if (data.officialLine)
        across(tr("Official: %1").arg(PlanFormat::number(*data.officialLine, 4)), "official",
               *data.officialLine, ChartPalette::target(0), Qt::DashLine);
    if (data.maxLine)
        across(tr("Maximum: %1").arg(PlanFormat::number(*data.maxLine, 2)), "maximum", *data.maxLine,
               ChartPalette::target(1), Qt::DotLine);
    for (int i = 0; i < data.totals.size(); ++i)
        ValueLabels::of(chart)->add(line, QPointF(i, data.totals[i].total), PlanFormat::number(data.totals[i].total, 2),
                                    ValueLabels::Side::Above);

    auto *periods = new QCategoryAxis;
    periods->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    periods->setStartValue(-0.5);
    for (int i = 0; i < data.totals.size(); ++i)
        periods->append(periodName(data.totals[i].period), i);
    periods->setRange(-0.5, data.totals.size() - 0.5);
    periods->setGridLineVisible(false);
    auto *values = vietnameseValueAxis(0, high > 0 ? high * 1.1 : 1, tr("Points"));
    chart->addAxis(periods, Qt::AlignBottom);
    chart->addAxis(values, Qt::AlignLeft);
    for (QAbstractSeries *s : chart->series()) {
        s->attachAxis(periods);
        s->attachAxis(values);
    }
    style.apply(chart);
    return chart;
}

} // namespace pardesk

#include "charts/ScoresChartBuilder.h"

#include "charts/AxisLabels.h"
#include "charts/ChartPalette.h"
#include "plans/PlanFormat.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QHorizontalStackedBarSeries>

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

QString shortName(const QString &name, int length = 48)
{
    return name.size() > length ? name.left(length - 1) + u'…' : name;
}

QString number(std::optional<double> v, int decimals)
{
    return v ? PlanFormat::number(*v, decimals) : QStringLiteral("—");
}

QChart *finish(QChart *chart, QAbstractBarSeries *series, const QStringList &categories, Qt::Alignment categoryEdge,
               double high, const QString &valueTitle, const QString &categoryTitle, const ChartStyle &style)
{
    chart->addSeries(series);
    auto *categoryAxis = new QBarCategoryAxis;
    // Beside horizontal bars a label keeps one line (the rows are low); under columns it wraps to
    // the column's width.
    for (const QString &category : categories)
        categoryAxis->append(categoryEdge == Qt::AlignLeft ? wrappedAxisLabel(category, 1000, 1)
                                                           : wrappedAxisLabel(category, 12, 3));
    categoryAxis->setTitleText(categoryTitle);
    auto *valueAxis = vietnameseValueAxis(0, high > 0 ? high : 1, valueTitle);
    chart->addAxis(categoryAxis, categoryEdge);
    chart->addAxis(valueAxis, categoryEdge == Qt::AlignLeft ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
    style.apply(chart);
    return chart;
}

} // namespace

QChart *ScoresChartBuilder::par(const ParArea &area, const ChartStyle &style)
{
    auto *achieved = barSet(tr("Achieved"), 0);
    auto *lost = barSet(tr("Lost"), 1);
    QStringList categories;
    double high = 0;
    // Most points lost on top: a vertical category axis runs upwards, so the list goes in reversed.
    for (auto it = area.criteria.crbegin(); it != area.criteria.crend(); ++it) {
        categories << tr("%1 %2 — %3 of %4").arg(it->code, shortName(it->name, 30), number(it->achieved, 2), number(it->max, 2));
        achieved->append(it->achieved.value_or(0));
        lost->append(it->lost().value_or(0));
        high = std::max(high, it->max.value_or(0));
    }
    auto *series = new QHorizontalStackedBarSeries;
    series->append({achieved, lost});
    auto *chart = new QChart;
    chart->setTitle(tr("PAR Index %1, %2 — area %3: %4 of %5 points")
                        .arg(area.year)
                        .arg(area.province, area.area.code, number(area.area.achieved, 4), number(area.area.max, 4)));
    return finish(chart, series, categories, Qt::AlignLeft, high * 1.05, tr("Points"), tr("Criterion"),
                  style);
}

QChart *ScoresChartBuilder::papi(const QList<YearOverYear> &rows, const ChartStyle &style)
{
    const int fromYear = rows.isEmpty() ? 0 : rows.first().fromYear;
    const int toYear = rows.isEmpty() ? 0 : rows.first().toYear;
    auto *from = barSet(QString::number(fromYear), 2);
    auto *to = barSet(QString::number(toYear), 0);
    auto *country = barSet(tr("Country %1").arg(toYear), 3);
    bool anyCountry = false;
    QStringList categories;
    double high = 0;
    for (const YearOverYear &y : rows) {
        categories << tr("%1 %2").arg(y.code, shortName(y.name, 48));
        from->append(y.from.value_or(0));
        to->append(y.to.value_or(0));
        country->append(y.countryTo.value_or(0));
        anyCountry = anyCountry || y.countryTo;
        high = std::max({high, y.from.value_or(0), y.to.value_or(0), y.countryTo.value_or(0)});
    }
    auto *series = new QBarSeries;
    series->append({from, to});
    if (anyCountry)
        series->append(country);
    else
        delete country;
    auto *chart = new QChart;
    chart->setTitle(tr("PAPI %1 → %2, %3").arg(fromYear).arg(toYear).arg(rows.isEmpty() ? QString() : rows.first().province));
    return finish(chart, series, categories, Qt::AlignBottom, high * 1.05, tr("Points"), tr("Dimension / sub-indicator"), style);
}

QChart *ScoresChartBuilder::sipas(const QList<SipasComparison> &results, const ChartStyle &style)
{
    auto *value = barSet(tr("Result"), 0);
    auto *province = barSet(tr("Province average"), 2);
    auto *country = barSet(tr("Country average"), 3);
    QStringList categories;
    double high = 0;
    for (const SipasComparison &s : results) {
        const QString who = s.scope == u"agency" ? (s.note.isEmpty() ? tr("An agency") : shortName(s.note, 48))
                                                 : tr("The province");
        categories << tr("%1 (%2)").arg(who).arg(s.year);
        value->append(s.value);
        province->append(s.provinceAverage.value_or(0));
        country->append(s.countryAverage.value_or(0));
        high = std::max({high, s.value, s.provinceAverage.value_or(0), s.countryAverage.value_or(0)});
    }
    auto *series = new QBarSeries;
    series->append({value, province, country});
    auto *chart = new QChart;
    chart->setTitle(tr("SIPAS — satisfaction, %1").arg(results.isEmpty() ? QString() : results.first().province));
    return finish(chart, series, categories, Qt::AlignBottom, high <= 100 ? 100.0 : high * 1.02, tr("Satisfaction (%)"),
                  tr("Result of"), style);
}

} // namespace pardesk

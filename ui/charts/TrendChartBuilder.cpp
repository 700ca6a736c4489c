#include "charts/TrendChartBuilder.h"

#include "charts/ChartPalette.h"
#include "charts/ValueLabels.h"
#include "plans/PlanFormat.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QCursor>
#include <QToolTip>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <cmath>
#include <limits>

namespace pardesk {
namespace {

void hideFromLegend(QChart *chart, QAbstractSeries *series)
{
    for (QLegendMarker *marker : chart->legend()->markers(series))
        marker->setVisible(false);
}

QScatterSeries *points(const QString &name, const QString &key, const QColor &colour,
                       QScatterSeries::MarkerShape shape, double size)
{
    auto *s = new QScatterSeries;
    s->setName(name);
    s->setObjectName(key);
    s->setColor(colour);
    s->setBorderColor(Qt::black);
    s->setMarkerShape(shape);
    s->setMarkerSize(size);
    return s;
}

QString unitTitle(const TrendChartData &data)
{
    const QString unit = data.method == Aggregate::Method::Ratio ? QStringLiteral("%") : data.unit;
    return unit.isEmpty() ? TrendChartBuilder::tr("Value") : TrendChartBuilder::tr("Value (%1)").arg(unit);
}

// Where the projection's year ends on the x axis: that year's last period of the range, or one
// step past the range.
int yearEndIndex(const TrendChartData &data, int year)
{
    for (int i = int(data.points.size()) - 1; i >= 0; --i)
        if (data.points[i].period.year() == year && data.points[i].period.lastQuarter() == 4)
            return i;
    return int(data.points.size());
}

} // namespace

QStringList TrendChartBuilder::notes(const TrendChartData &data)
{
    QStringList out;
    const int reported = data.reportedCount();
    if (reported == 0)
        out << tr("No figures reported for this range: nothing to draw.");
    else if (reported == 1)
        out << tr("Only one period reported: there is no trend yet.");
    QStringList missing;
    for (const QString &key : data.missingPeriods())
        missing << Period::labelOf(key);
    if (!missing.isEmpty() && reported > 0)
        out << tr("No figures for %1 (gaps, not zeros).").arg(missing.join(QStringLiteral(", ")));
    if (data.targets.isEmpty()) {
        out << tr("No target of the province measures this item.");
    } else if (!std::any_of(data.points.cbegin(), data.points.cend(), [&](const TrendPoint &p) {
                   return std::any_of(data.targets.cbegin(), data.targets.cend(),
                                      [&](const TrendTarget &t) { return t.appliesTo(p.period); });
               })) {
        QStringList targets;
        for (const TrendTarget &t : data.targets)
            targets << tr("%1 (%2, from %3)").arg(t.comparison, t.plan).arg(t.firstYear);
        out << tr("The province's targets for this item apply outside this range: %1.").arg(targets.join(QStringLiteral("; ")));
    }
    if (data.projection && data.projection->value) {
        const QString value = PlanFormat::number(*data.projection->value, 2);
        out << tr("Year-end %1: %2. %3").arg(data.projection->year).arg(value, data.projection->assumption);
        if (!data.projectionComparable)
            out << tr("The projection is a year total, on another scale than the periods' values: not drawn.");
    }
    return out;
}

QChart *TrendChartBuilder::build(const TrendChartData &data, const ChartStyle &style)
{
    auto *chart = new QChart;
    const QString label = data.itemLabel.size() > 70 ? data.itemLabel.left(69) + u'…' : data.itemLabel;
    chart->setTitle(tr("%1 %2 — %3").arg(data.item, label, data.scopeLabel));
    double high = 0;
    double low = std::numeric_limits<double>::max();
    const auto seen = [&high, &low](double v) {
        high = std::max(high, v);
        low = std::min(low, v);
    };

    // The actual values, one line per run of reported periods: a gap stays a gap.
    QLineSeries *run = nullptr;
    bool named = false;
    auto *met = points(tr("Met"), QStringLiteral("met"), ChartPalette::met(), QScatterSeries::MarkerShapeCircle, 12);
    auto *notMet = points(tr("Not met"), QStringLiteral("notMet"), ChartPalette::notMet(),
                          QScatterSeries::MarkerShapeRectangle, 11);
    auto *noTarget = points(tr("No target applies"), QStringLiteral("noTarget"), ChartPalette::noTarget(),
                            QScatterSeries::MarkerShapeTriangle, 11);
    for (int i = 0; i < data.points.size(); ++i) {
        const TrendPoint &p = data.points[i];
        if (!p.value) {
            run = nullptr;
            continue;
        }
        seen(*p.value);
        if (!run) {
            run = new QLineSeries;
            run->setObjectName(QStringLiteral("actual"));
            run->setName(tr("Actual"));
            run->setPen(QPen(ChartPalette::series(0), 2.5 * style.fontScale));
            chart->addSeries(run);
            if (named)
                hideFromLegend(chart, run);
            named = true;
        }
        run->append(i, *p.value);
        QScatterSeries *marker = p.status == EvaluationStatus::Met      ? met
                                 : p.status == EvaluationStatus::NotMet ? notMet
                                                                         : noTarget;
        marker->append(i, *p.value);
        ValueLabels::of(chart)->add(run, QPointF(i, *p.value), PlanFormat::number(*p.value, 2), ValueLabels::Side::Above);
    }

    // The targets over the periods they apply to.
    const Qt::PenStyle dashes[] = {Qt::DashLine, Qt::DotLine, Qt::DashDotLine, Qt::DashDotDotLine};
    int n = 0;
    for (const TrendTarget &t : data.targets) {
        int first = -1, last = -1;
        for (int i = 0; i < data.points.size(); ++i)
            if (t.appliesTo(data.points[i].period)) {
                first = first < 0 ? i : first;
                last = i;
            }
        if (first < 0)
            continue;
        seen(t.value + t.tolerance.value_or(0));
        const QString name = tr("Target %1 (%2)").arg(t.comparison, t.plan);
        if (t.tolerance) {
            auto *upper = new QLineSeries, *lower = new QLineSeries;
            upper->append({{first - 0.4, t.value + *t.tolerance}, {last + 0.4, t.value + *t.tolerance}});
            lower->append({{first - 0.4, t.value - *t.tolerance}, {last + 0.4, t.value - *t.tolerance}});
            auto *band = new QAreaSeries(upper, lower);
            band->setObjectName(QStringLiteral("target"));
            band->setName(name);
            QColor fill = ChartPalette::target(n);
            fill.setAlpha(40);
            band->setBrush(QBrush(fill, Qt::BDiagPattern));
            band->setPen(QPen(ChartPalette::target(n), 1, dashes[n % 4]));
            chart->addSeries(band);
        } else {
            auto *line = new QLineSeries;
            line->setObjectName(QStringLiteral("target"));
            line->setName(name);
            line->append({{first - 0.4, t.value}, {last + 0.4, t.value}});
            line->setPen(QPen(ChartPalette::target(n), 2 * style.fontScale, dashes[n % 4]));
            chart->addSeries(line);
        }
        ++n;
    }

    // The projection, from the year's last figures to its end, when it is on the values' scale.
    int columns = int(data.points.size());
    if (data.projection && data.projection->value && data.projectionComparable &&
        data.projection->method == YearEndProjection::Method::LinearTrend) {
        const int year = data.projection->year;
        int from = -1;
        for (int i = 0; i < data.points.size(); ++i)
            if (data.points[i].period.year() == year && data.points[i].value)
                from = i;
        const int to = yearEndIndex(data, year);
        if (from >= 0 && to > from) {
            auto *projection = new QLineSeries;
            projection->setObjectName(QStringLiteral("projection"));
            projection->setName(tr("Projection to year end %1").arg(year));
            projection->setPen(QPen(ChartPalette::projection(), 2 * style.fontScale, Qt::DashLine));
            projection->append({{double(from), *data.points[from].value}, {double(to), *data.projection->value}});
            seen(*data.projection->value);
            chart->addSeries(projection);
            columns = std::max(columns, to + 1);
        }
    }
    for (QScatterSeries *s : {met, notMet, noTarget}) {
        QObject::connect(s, &QScatterSeries::hovered, s, [data = data.points](const QPointF &point, bool on) {
            const int i = int(std::lround(point.x()));
            if (!on || i < 0 || i >= data.size() || !data[i].value) {
                QToolTip::hideText();
                return;
            }
            const TrendPoint &p = data[i];
            QToolTip::showText(QCursor::pos(), tr("%1: %2 (%3 of %4 agencies reported)")
                                                   .arg(p.period.label(), PlanFormat::number(*p.value, 2))
                                                   .arg(p.covered)
                                                   .arg(p.expected));
        });
        chart->addSeries(s);
        if (s->count() == 0)
            hideFromLegend(chart, s);
    }

    auto *periods = new QCategoryAxis;
    periods->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    periods->setStartValue(-0.5);
    for (int i = 0; i < columns; ++i)
        periods->append(i < data.points.size() ? data.points[i].period.shortLabel() : tr("year end"), i);
    periods->setRange(-0.5, columns - 0.5);
    periods->setTitleText(tr("Period"));
    periods->setGridLineVisible(false);
    // A percentage axis stops at 100 when nothing goes beyond.
    const bool percent = data.method == Aggregate::Method::Ratio || data.unit == u"%";
    const double top = percent && high <= 100 ? 100 : high > 0 ? high * 1.08 : 100;
    // From zero, unless every figure sits high up: then the changes would be too flat to read.
    const double bottom = low < std::numeric_limits<double>::max() && low > top * 0.6 ? low - (top - low) * 0.5 : 0;
    auto *values = vietnameseValueAxis(bottom, top, unitTitle(data));
    values->setMax(values->max() + (values->max() - values->min()) * 0.03); // room for a marker at the top
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

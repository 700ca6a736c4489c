#include "charts/CompareChartBuilder.h"

#include "charts/ChartPalette.h"
#include "charts/ValueLabels.h"
#include "charts/AxisLabels.h"
#include "plans/PlanFormat.h"
#include "text/DateText.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCursor>
#include <QDate>
#include <QHash>
#include <QHorizontalStackedBarSeries>
#include <QToolTip>

namespace pardesk {
namespace {

// The categories of one province, in the order of the chart's list.
QStringList categoriesOf(const CompareProvince &p)
{
    QStringList out;
    for (const CompareBar &b : p.bars) {
        QStringList parts{p.province, b.comparison};
        if (b.level != AdminLevel::None)
            parts << CompareChartBuilder::levelName(b.level);
        parts << b.documentName;
        out << parts.join(QStringLiteral(" · "));
    }
    if (p.bars.isEmpty())
        out << (p.qualitative > 0 ? CompareChartBuilder::tr("%1: no measurable target (%n qualitative)", nullptr, p.qualitative)
                                        .arg(p.province)
                                  : CompareChartBuilder::tr("%1: no target for this theme").arg(p.province));
    return out;
}

} // namespace

QString CompareChartBuilder::levelName(AdminLevel level)
{
    switch (level) {
    case AdminLevel::Province:
        return tr("province level");
    case AdminLevel::District:
        return tr("district level");
    case AdminLevel::Commune:
        return tr("commune level");
    case AdminLevel::Department:
        return tr("departments");
    case AdminLevel::None:
        break;
    }
    return {};
}

QString CompareChartBuilder::tooltip(const CompareBar &bar)
{
    const QDate issued = QDate::fromString(bar.documentDate.left(10), Qt::ISODate);
    const QString date = issued.isValid() ? dateText(issued) : bar.documentDate;
    return tr("%1\n— %2, %3").arg(bar.text, bar.documentName, date);
}

QStringList CompareChartBuilder::categories(const CompareChartData &data)
{
    QStringList out;
    for (const CompareProvince &p : data.provinces)
        out << categoriesOf(p);
    // A category axis keeps one of equal names: number the repeats (three "≥ 100%" of one plan).
    QHash<QString, int> seen;
    for (QString &c : out)
        if (const int n = ++seen[c]; n > 1)
            c += QStringLiteral(" (%1)").arg(n);
    return out;
}

QChart *CompareChartBuilder::build(const CompareChartData &data, const ChartStyle &style)
{
    const QStringList all = categories(data);
    auto *series = new QHorizontalStackedBarSeries;
    series->setBarWidth(0.7);
    double high = 0;
    qsizetype offset = 0;
    for (const CompareProvince &p : data.provinces) {
        auto *set = new QBarSet(p.name.isEmpty() ? p.province : p.name);
        set->setBrush(ChartPalette::provinceBrush(p.province));
        set->setColor(ChartPalette::province(p.province));
        set->setBorderColor(ChartPalette::province(p.province).darker(150));
        QStringList tips(all.size());
        const qsizetype own = std::max<qsizetype>(1, p.bars.size());
        for (qsizetype c = 0; c < all.size(); ++c) {
            const qsizetype bar = c - offset;
            const bool mine = bar >= 0 && bar < p.bars.size();
            set->append(mine ? p.bars[bar].value : 0.0);
            if (mine) {
                tips[c] = tooltip(p.bars[bar]);
                high = std::max(high, p.bars[bar].value);
            }
        }
        offset += own;
        set->setProperty("tooltips", tips);
        set->setProperty("province", p.province);
        QObject::connect(set, &QBarSet::hovered, set, [set](bool on, int index) {
            const QString tip = set->property("tooltips").toStringList().value(index);
            if (on && !tip.isEmpty())
                QToolTip::showText(QCursor::pos(), tip);
            else
                QToolTip::hideText();
        });
        series->append(set);
    }

    auto *chart = new QChart;
    chart->setTitle(tr("Targets for \"%1\" by province").arg(data.themeName));
    chart->addSeries(series);
    // The first category at the top: a vertical category axis runs upwards.
    QStringList topDown = all;
    std::reverse(topDown.begin(), topDown.end());
    auto *categoryAxis = new QBarCategoryAxis;
    // Two lines where a document has a long name ("Kế hoạch hành động tháng 7/2024 của Ủy ban nhân
    // dân tỉnh Tuyên Quang"), so that the label is read whole.
    for (const QString &category : std::as_const(topDown))
        categoryAxis->append(wrappedAxisLabel(category, 48, 2));
    categoryAxis->setTitleText(tr("Province · comparison · level · document"));
    chart->addAxis(categoryAxis, Qt::AlignLeft);
    const QStringList units = data.units();
    series->attachAxis(categoryAxis);
    // The bars were appended top-down; the axis counts from the bottom.
    for (QBarSet *set : series->barSets()) {
        QList<qreal> values;
        for (int i = 0; i < set->count(); ++i)
            values.prepend(set->at(i));
        QStringList tips = set->property("tooltips").toStringList();
        std::reverse(tips.begin(), tips.end());
        set->setProperty("tooltips", tips);
        for (int i = 0; i < set->count(); ++i)
            set->replace(i, values[i]);
    }
    // A percentage axis stops at 100 when no target goes beyond.
    const bool percent = units == QStringList{QStringLiteral("%")};
    auto *valueAxis = vietnameseValueAxis(0, percent && high <= 100 ? 100 : high > 0 ? high * 1.05 : 100,
                                          units.isEmpty() ? tr("Target value")
                                                          : tr("Target value (%1)").arg(units.join(QStringLiteral(", "))));
    chart->addAxis(valueAxis, Qt::AlignBottom);
    series->attachAxis(valueAxis);

    // Each bar's value written just past its end, in the user's convention ("12,5 %").
    const QString unit = units.size() == 1 ? units.first() : QString();
    for (QBarSet *set : series->barSets())
        for (int i = 0; i < set->count(); ++i) {
            if (set->property("tooltips").toStringList().value(i).isEmpty())
                continue; // another province's row
            const QString value = PlanFormat::number(set->at(i), 2);
            ValueLabels::of(chart)->add(series, QPointF(set->at(i), i), unit.isEmpty() ? value : value + u' ' + unit,
                                        ValueLabels::Side::Right);
        }
    style.apply(chart);
    return chart;
}

} // namespace pardesk

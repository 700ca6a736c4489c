#include "charts/ChartFactory.h"

#include "plans/PlanFormat.h"
#include "charts/AssessmentChartBuilder.h"
#include "charts/AssessmentChartLoader.h"
#include "charts/ChartExport.h"
#include "charts/CompareChartBuilder.h"
#include "charts/OverviewGrid.h"
#include "charts/ScoresChartBuilder.h"
#include "charts/TrendChartBuilder.h"
#include "store/Store.h"
#include "store/StoreInfo.h"

#include <QChart>
#include <QLabel>

namespace pardesk {
namespace {

QString sourceLine(const QStringList &documents)
{
    return documents.isEmpty() ? ChartFactory::tr("Source: the ParDesk store.")
                               : ChartFactory::tr("Source: %1.").arg(ChartSource::documentList(documents));
}

Result<ChartFigure *> compare(const Store &store, const ChartSpec &spec, const ChartStyle &style, QStringList &notes)
{
    const auto data = CompareChartData::build(store, spec.theme);
    if (!data)
        return data.failure();
    auto *figure = new ChartFigure;
    figure->addChart(CompareChartBuilder::build(data.value(), style));
    notes << sourceLine(data->documents)
          << ChartFactory::tr("Each bar is one target (per level, per document); hover over a bar for its wording.");
    return figure;
}

Result<ChartFigure *> overview(const Store &store, const ChartStyle &style, QStringList &notes)
{
    const auto all = CompareChartData::buildAll(store);
    if (!all)
        return all.failure();
    QStringList documents;
    for (const CompareChartData &d : all.value())
        documents << d.documents;
    auto *figure = new ChartFigure;
    figure->addWidget(new OverviewGrid(all.value(), style));
    notes << sourceLine(documents)
          << ChartFactory::tr("Shade: the number of targets the province set for the theme.");
    return figure;
}

Result<ChartFigure *> trend(const Store &store, const ChartSpec &spec, const ChartStyle &style, QStringList &notes)
{
    const auto data = TrendChartData::build(store, spec.trend);
    if (!data)
        return data.failure();
    auto *figure = new ChartFigure;
    figure->addChart(TrendChartBuilder::build(data.value(), style));
    notes << TrendChartBuilder::notes(data.value());
    notes << ChartFactory::tr("Actuals: form %1, item %2, summed numerators over summed denominators for percentages.")
                 .arg(data->form, data->item)
          << sourceLine(data->documents);
    return figure;
}

Result<ChartFigure *> scores(const Store &store, const ChartSpec &spec, const ChartStyle &style, QStringList &notes)
{
    const auto data = ScoresChartData::build(store, spec.province);
    if (!data)
        return data.failure();
    auto *figure = new ChartFigure;
    if (data->isEmpty()) {
        auto *label = new QLabel(ChartFactory::tr("No index scores (PAR Index, PAPI, SIPAS) in the store for %1.")
                                     .arg(data->provinceName));
        label->setObjectName(QStringLiteral("noScores"));
        label->setAlignment(Qt::AlignCenter);
        QFont font = label->font();
        font.setPointSize(style.pointSize(14));
        label->setFont(font);
        figure->addWidget(label);
    }
    int row = 0;
    for (const ParArea &area : data->par)
        figure->addChart(ScoresChartBuilder::par(area, style), row++, 0, 1, 2);
    if (!data->par.isEmpty())
        notes << ChartFactory::tr("The criteria that lost the most points are on top.");
    int column = 0;
    if (!data->papi.isEmpty())
        figure->addChart(ScoresChartBuilder::papi(data->papi, style), row, column++);
    if (!data->sipas.isEmpty())
        figure->addChart(ScoresChartBuilder::sipas(data->sipas, style), row, column++);
    notes << sourceLine(data->documents);
    return figure;
}

// The province's PAR Index estimate from its self-assessments: by area, the ranking, the year.
Result<ChartFigure *> assessment(const Store &store, const ChartSpec &spec, const ChartStyle &style, QStringList &notes)
{
    const auto data = AssessmentChartLoader::load(store, spec.province, spec.year);
    if (!data)
        return data.failure();
    auto *figure = new ChartFigure;
    int row = 0;
    figure->addChart(AssessmentChartBuilder::areas(data.value(),
                                                   ChartFactory::tr("Self-assessment %1, %2: the estimate by area")
                                                       .arg(spec.year)
                                                       .arg(spec.province),
                                                   style),
                     row++, 0, 1, 2);
    int column = 0;
    if (QChart *totals = AssessmentChartBuilder::totals(data.value(), style))
        figure->addChart(totals, row, column++);
    if (QChart *ranking = AssessmentChartBuilder::ranking(data.value(), style))
        figure->addChart(ranking, row, column++);
    notes << ChartFactory::tr("Points: the council's where it appraised, else the agency's own; a survey criterion "
                              "keeps the last official result. An estimate, not the official index.");
    if (data->totals.isEmpty())
        notes << ChartFactory::tr("No self-assessment of %1 yet, so no line through the year.").arg(spec.year);
    return figure;
}

} // namespace

Result<ChartFigure *> ChartFactory::build(const Store &store, const ChartSpec &spec, const ChartStyle &style)
{
    QStringList notes;
    Result<ChartFigure *> figure = Error{};
    switch (spec.kind) {
    case ChartSpec::Kind::Compare:
        figure = compare(store, spec, style, notes);
        break;
    case ChartSpec::Kind::Overview:
        figure = overview(store, style, notes);
        break;
    case ChartSpec::Kind::Trend:
        figure = trend(store, spec, style, notes);
        break;
    case ChartSpec::Kind::Scores:
        figure = scores(store, spec, style, notes);
        break;
    case ChartSpec::Kind::Assessment:
        figure = assessment(store, spec, style, notes);
        break;
    }
    if (!figure)
        return figure;
    if (store.isSynthetic())
        notes.prepend(StoreInfo::syntheticNotice());
    // Said where the audience might read "1.234" as one and a bit: in the Vietnamese convention.
    if (PlanFormat::number(1234.5, 1) == u"1.234,5")
        notes << tr("Numbers are written the Vietnamese way: 1.234,5.");
    figure.value()->setFootnote(notes.join(u' '), style.pointSize(ChartExport::kSmallestPointSize));
    return figure;
}

} // namespace pardesk

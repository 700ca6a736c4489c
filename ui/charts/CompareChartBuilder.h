#pragma once
// The targets of one theme side by side: a horizontal bar per target, grouped by province, each
// province in its colour, labelled with the comparison, the level and the document; hovering a
// bar shows the target's verbatim text, its document and date.

#include "charts/ChartStyle.h"
#include "charts/CompareChartData.h"
#include "domain/Vocabulary.h"

#include <QCoreApplication>

class QChart;

namespace pardesk {

class CompareChartBuilder {
    Q_DECLARE_TR_FUNCTIONS(CompareChartBuilder)
public:
    // One QBarSet per province (its values are zero outside its own categories); each set carries
    // the property "tooltips" (QStringList, by category) that hovering shows.
    static QChart *build(const CompareChartData &data, const ChartStyle &style);
    // "TQ · ≥ 50% · cấp huyện · 268/KH-UBND", or "BG: no target for this theme".
    static QStringList categories(const CompareChartData &data);
    static QString levelName(AdminLevel level);
    static QString tooltip(const CompareBar &bar);
};

} // namespace pardesk

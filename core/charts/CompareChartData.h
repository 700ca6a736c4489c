#pragma once
// The targets of one theme, province by province, as the comparison chart shows them: one bar
// per measurable target (per level, per document), a province without a target kept as such.

#include "charts/ChartSource.h"

namespace pardesk {

class Store;

struct CompareBar {
    qint64 targetId = 0;
    QString documentName; // as a user cites it (SourceName::document)
    QString documentDate; // the document's issue date as the store holds it (ISO)
    AdminLevel level = AdminLevel::None; // None: not tied to a level
    QString comparison;   // ChartSource::comparisonText: "≥ 50%"
    double value = 0;     // the target value, in `unit`
    QString unit;
    QString text;         // the target's verbatim text
    bool aspirational = false;
};

struct CompareProvince {
    QString province; // code
    QString name;
    QList<CompareBar> bars;  // in the store's order of targets
    int qualitative = 0;     // targets of the theme that state no number

    bool hasTarget() const { return !bars.isEmpty() || qualitative > 0; }
};

struct CompareChartData {
    QString theme;
    QString themeName; // as the documents name it (Vietnamese)
    QList<CompareProvince> provinces; // every province of the store, TQ, BG, TV first
    QStringList documents;            // numbers of the documents the bars come from

    QStringList units() const; // the units of the bars, most frequent first

    // Unknown theme: an error naming it.
    static Result<CompareChartData> build(const Store &store, const QString &theme);
    // Every theme that has a target in some province, in the themes' order: the overview grid.
    static Result<QList<CompareChartData>> buildAll(const Store &store);
};

class CompareChart {
    Q_DECLARE_TR_FUNCTIONS(CompareChart)
};

} // namespace pardesk

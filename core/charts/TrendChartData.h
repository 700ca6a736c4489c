#pragma once
// One indicator over a range of periods, as the trend chart shows it: the aggregated actual per
// period (a missing period is a gap, never zero), the targets that apply to those periods, met /
// not met per point, and the projection to year end.

#include "aggregate/Aggregate.h"
#include "periods/Projection.h"
#include "targets/TargetEvaluation.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace pardesk {

class Store;

struct TrendRequest {
    // A form item: "7.6.4", or "TQ-PL02-CCHC:7.6.4" to name the form; or a theme key with actual
    // data (indicators.json), which picks the theme's item for the scope the way evaluations do.
    QString indicator;
    AgencyScope scope;
    QString from; // period keys of one kind: 2022Q1 … 2024Q4, 2022S1 … 2024S2, 2022 … 2024
    QString to;
};

struct TrendPoint {
    Period period;
    std::optional<double> value; // none: nothing reported (a gap)
    std::optional<double> numerator;
    std::optional<double> denominator;
    int covered = 0;
    int expected = 0;
    EvaluationStatus status = EvaluationStatus::NoData; // against the first target that applies
};

struct TrendTarget {
    qint64 id = 0;
    QString plan;       // the document as a user cites it (SourceName::document)
    QString comparison; // "≥ 80%"
    Comparator comparator = Comparator::None;
    double value = 0;
    QString unit;
    QString text;       // verbatim
    std::optional<double> tolerance; // "~" targets: the band's half-width
    int firstYear = 0;  // the document's year: the target applies from then
    int lastYear = 0;   // the deadline's year; 0: no deadline ("thường xuyên")

    bool appliesTo(const Period &period) const
    {
        return period.year() >= firstYear && (lastYear == 0 || period.year() <= lastYear);
    }
};

struct TrendChartData {
    QString form;
    QString item;
    QString itemLabel;
    QString unit;        // the item's unit as the form writes it
    QString scopeLabel;  // "Tuyên Quang (whole province)", the agency's name, …
    Aggregate::Method method = Aggregate::Method::Sum;
    bool cumulative = false;
    QList<TrendPoint> points; // every period of the range, in order
    QList<TrendTarget> targets;
    std::optional<YearEndProjection> projection; // of the last year with figures
    // Whether the projected year-end value is on the same scale as the points (a percentage, or
    // a cumulative count), so that the chart may draw it; otherwise only its text is shown.
    bool projectionComparable = false;
    QStringList documents;

    int reportedCount() const;
    QStringList missingPeriods() const; // keys

    static Result<TrendChartData> build(const Store &store, const TrendRequest &request);
    // The periods from `from` to `to`, both included, of the kind of `from`.
    static Result<QList<Period>> periodRange(const QString &from, const QString &to);
};

class TrendChart {
    Q_DECLARE_TR_FUNCTIONS(TrendChart)
};

} // namespace pardesk

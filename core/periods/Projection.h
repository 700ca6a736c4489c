#pragma once
// Projects a year-end value from the cumulative ("lũy kế") values of the periods so far, by a
// linear trend, and says whether a target will be met, with the assumption written out.

#include "domain/Vocabulary.h"
#include "periods/Period.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace pardesk {

struct PeriodValue {
    Period period;
    std::optional<double> value; // no value: missing (skipped, never read as zero)
};

struct YearEndProjection {
    enum class Method {
        Known,       // the year's own value was given: nothing to project
        LinearTrend, // least squares on (quarters elapsed, cumulative value)
        None,        // fewer than two values: no trend
    };
    int year = 0;
    Method method = Method::None;
    std::optional<double> value;      // the year-end value, projected or known
    std::optional<double> perQuarter; // the trend's slope: growth per quarter
    QList<Period> used;
    QList<Period> skipped; // given without a value
    std::optional<bool> meetsTarget; // no value without a projection or without a target
    QString assumption;              // one or two sentences for the user
};

class Projection {
    Q_DECLARE_TR_FUNCTIONS(Projection)
public:
    // `cumulative`: values of periods of one year that start the year (Q1, S1, N9, the year) or
    // lũy kế values reported with a quarter (Q2 = cumulative to the end of June). Period values
    // (what happened in one quarter alone) must be turned into cumulative ones first: see
    // cumulate(). With a comparator (not None) and a target value, the
    // projection is compared with the target; `tolerance` is the half-width of "~" (khoảng).
    static Result<YearEndProjection> project(const QList<PeriodValue> &cumulative, Comparator comparator = Comparator::None,
                                             std::optional<double> target = {}, double tolerance = 0);

    // Quarter values (each quarter alone, counts) to cumulative values Q1, Q1+Q2, …; a missing
    // quarter leaves every later total unknown. Percentages cannot be added up this way: sum
    // their numerators and denominators first.
    // The totals are given as the periods they cover: Q1, S1 (Q1+Q2), N9 (+Q3), the year (+Q4).
    static Result<QList<PeriodValue>> cumulate(const QList<PeriodValue> &quarterValues);

    // Whether `actual` meets `target` by the comparison; Comparator::None is an error.
    static Result<bool> meets(double actual, Comparator comparator, double target, double tolerance = 0);
};

} // namespace pardesk

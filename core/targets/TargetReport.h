#pragma once
// Each target set against the figures reported for it: the actual value (aggregated the right
// way), met / not met / no data, the gap, the progress and the year-end projection. What
// `pardesk-cli evaluate`, the plans view and the progress table show.

#include "domain/Records.h"
#include "periods/Projection.h"
#include "targets/TargetEvaluation.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace pardesk {

class Store;

// Where an actual value comes from: a form item (indicators.json) summed over the agencies in scope.
struct ActualValue {
    double value = 0;
    QString period;         // the period key of the figures
    QString form;           // form key
    QString item;           // item code
    QString scope;          // "province" (the province's own total) or "agency" (agencies added up)
    std::optional<double> numerator;
    std::optional<double> denominator;
    int covered = 0;        // agencies whose figures are in it
    int expected = 0;       // agencies that were to report
    // false: the figures are of an earlier year than the target's, shown as context only (the
    // verdict is then NoFiguresForItsYear, never met or not met)
    bool inTargetYear = true;
};

struct TargetReportRow {
    Target target;
    std::optional<ActualValue> actual;
    Evaluation evaluation;
    std::optional<YearEndProjection> projection;
};

struct TargetReportOptions {
    QString province;  // empty: every province
    // A period key: only its figures judge a target (when of the target's year); empty: for each
    // target, the latest period of its year with figures. Either way, without such figures the
    // latest figure of an earlier year is given as context.
    QString period;
    EvaluationOptions evaluation;
};

class Forms;
class FormValueRepository;
class Plans;

class TargetReport {
    Q_DECLARE_TR_FUNCTIONS(TargetReport)
public:
    static Result<QList<TargetReportRow>> build(const Store &store, const TargetReportOptions &options = {});
    // The figures read through `values`: only the items the targets are measured by, one year of
    // periods at a time (the target's year; an earlier one only for context when it has none).
    static Result<QList<TargetReportRow>> build(const Plans &plans, const Forms &forms,
                                                const FormValueRepository &values, const TargetReportOptions &options = {});
};

} // namespace pardesk

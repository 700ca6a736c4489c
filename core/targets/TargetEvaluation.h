#pragma once
// Measures an actual value against a target (chỉ tiêu): met or not, the gap in the target's unit,
// and the progress from the baseline to the target.

#include "domain/Records.h"

#include <QCoreApplication>
#include <QMap>
#include <optional>

namespace pardesk {

enum class EvaluationStatus {
    Met,
    NotMet,
    NoData,        // no actual value (missing is not zero)
    NotMeasurable, // a qualitative target: no number to compare with
    // Set by TargetReport, which knows the forms and the periods; evaluate() never returns these:
    NotMeasuredByForms,   // measurable, but no form item measures exactly what it states
    NoFiguresForItsYear,  // figures exist only for other years than the target's: shown as context, not judged
};

struct EvaluationOptions {
    // How far from a "khoảng" (~) target an actual may lie and still meet it, in the target's unit.
    // Unset: defaultTolerance().
    std::optional<double> tolerance;
    // Where progress starts when the target states no baseline value of its own (e.g. last year's
    // actual, supplied by the caller).
    std::optional<double> baseline;
};

struct Evaluation {
    EvaluationStatus status = EvaluationStatus::NoData;
    std::optional<double> actual;
    // actual − target, or target − actual when lower is better: positive is better than the
    // target, in the target's unit (percentage points for %). For "~" targets: actual − target.
    std::optional<double> gap;
    // (actual − baseline) / (target − baseline): 0 at the baseline, 1 at the target, above 1 when
    // exceeded, negative when moving away; nothing when the baseline is unknown or equals the target.
    std::optional<double> progress;
    std::optional<double> baseline;  // the baseline that progress was measured from
    std::optional<double> tolerance; // "~" targets: the tolerance that was applied
    bool aspirational = false;       // the target's "phấn đấu" flag, passed through
};

// Comparisons: ">=", ">", "<=", "<", "=" as written (strict ones are not met at equality), "~"
// within the tolerance on either side. Reduction targets take the achieved reduction as actual
// ("tinh giản 0,45%": actual 0,5 means 0,5% was cut) and measure progress from no reduction (or
// options.baseline); their baselineValue is the quantity being reduced, not a starting point.
// Level targets measure progress from baselineValue, else options.baseline, else 0 when higher is
// better; a lower-is-better target with neither has no progress (there is no natural start).
Evaluation evaluate(const Target &target, std::optional<double> actual, const EvaluationOptions &options = {});

// The targets of one sentence stated per level ("tỉnh 90%, huyện 80%, xã 75%"), each measured
// with the actual of its own level (a target with no level reads the key AdminLevel::None). A
// level without an actual gives NoData. Same order as `targets`.
QList<Evaluation> evaluatePerLevel(const QList<Target> &targets, const QMap<AdminLevel, double> &actualByLevel,
                                   const EvaluationOptions &options = {});

// 2 percentage points for a target in %; otherwise 5% of the target value (25 phút → 1,25 phút).
double defaultTolerance(const Target &target);

class TargetEvaluation {
    Q_DECLARE_TR_FUNCTIONS(TargetEvaluation)
public:
    static QString statusLabel(EvaluationStatus status); // for people: "Met", "Not met", …
    // stable, for JSON: met, not_met, no_data, not_measurable, not_measured_by_forms, no_figures_for_its_year
    static QString statusKey(EvaluationStatus status);
};

} // namespace pardesk

#pragma once
// One problem that validation found in a submission: which item, which rule, how serious, and the
// figures that disagree. Rule ids are stable (docs/validation-rules.md): files and scripts rely on them.

#include <QLatin1String>
#include <QString>
#include <optional>

namespace pardesk {

enum class Severity { Error, Warning };

// "error" or "warning", as the command line prints it.
inline QString severityName(Severity severity)
{
    return severity == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning");
}

struct Finding {
    QString code; // the item the finding is about
    QString rule; // one of the ids in namespace rules
    Severity severity = Severity::Error;
    QString message;
    std::optional<double> stated;   // what was written, when the rule compares it
    std::optional<double> computed; // what the item's inputs give, when the rule computes it
};

namespace rules {
inline constexpr QLatin1String PercentMismatch("PERCENT_MISMATCH");
inline constexpr QLatin1String PercentNotComputable("PERCENT_NOT_COMPUTABLE");
inline constexpr QLatin1String SumMismatch("SUM_MISMATCH");
inline constexpr QLatin1String NumeratorExceedsDenominator("NUMERATOR_EXCEEDS_DENOMINATOR");
inline constexpr QLatin1String PercentOutOfRange("PERCENT_OUT_OF_RANGE");
inline constexpr QLatin1String CountNegative("COUNT_NEGATIVE");
inline constexpr QLatin1String CountNotWhole("COUNT_NOT_WHOLE");
inline constexpr QLatin1String PercentInCountRow("PERCENT_IN_COUNT_ROW");
inline constexpr QLatin1String CodeNotAnOption("CODE_NOT_AN_OPTION");
inline constexpr QLatin1String RequiredMissing("REQUIRED_MISSING");
// Not the Validator's: OutlierFindings compares a stored value with the agency's history.
inline constexpr QLatin1String ValueOutlier("VALUE_OUTLIER");
} // namespace rules

} // namespace pardesk

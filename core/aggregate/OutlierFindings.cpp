#include "aggregate/OutlierFindings.h"

#include "aggregate/OutlierDetector.h"

namespace pardesk {

QList<Finding> OutlierFindings::of(const FormValues &history, int agency, int period)
{
    QList<Finding> findings;
    if (agency < 0 || period < 0 || agency >= history.agencies().size() || period >= history.periods().size())
        return findings;
    for (const Outlier &o : OutlierDetector::inPeriod(history, agency, period))
        findings.append({o.code, o.rule, Severity::Warning, o.message, o.value, std::nullopt});
    return findings;
}

} // namespace pardesk

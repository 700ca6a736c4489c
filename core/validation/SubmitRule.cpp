#include "validation/SubmitRule.h"

#include <algorithm>

namespace pardesk {

int SubmitRule::errorCount(const QList<Finding> &findings)
{
    return int(std::count_if(findings.cbegin(), findings.cend(), [](const Finding &f) { return f.severity == Severity::Error; }));
}

Status SubmitRule::check(int errorCount, const QString &explanation)
{
    if (needsExplanation(errorCount) && explanation.trimmed().isEmpty())
        return Error{tr("The submission has %n error(s); it is sent only with an explanation of them.", nullptr, errorCount)};
    return {};
}

} // namespace pardesk

#include "targets/Comparison.h"

#include <algorithm>
#include <cmath>

namespace pardesk {

std::optional<bool> satisfies(double actual, const QString &comparator, double target, double tolerance)
{
    const double eps = 1e-9 * std::max(1.0, std::abs(target));
    if (comparator == u">=")
        return actual >= target - eps;
    if (comparator == u">")
        return actual > target + eps;
    if (comparator == u"=")
        return std::abs(actual - target) <= eps;
    if (comparator == u"<=")
        return actual <= target + eps;
    if (comparator == u"<")
        return actual < target - eps;
    if (comparator == u"~")
        return std::abs(actual - target) <= std::abs(tolerance) + eps;
    return std::nullopt;
}

} // namespace pardesk

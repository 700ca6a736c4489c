#include "targets/Comparison.h"

#include <algorithm>
#include <cmath>

namespace pardesk {

std::optional<bool> satisfies(double actual, Comparator comparator, double target, double tolerance)
{
    const double eps = 1e-9 * std::max(1.0, std::abs(target));
    switch (comparator) {
    case Comparator::AtLeast:
        return actual >= target - eps;
    case Comparator::Above:
        return actual > target + eps;
    case Comparator::Equal:
        return std::abs(actual - target) <= eps;
    case Comparator::AtMost:
        return actual <= target + eps;
    case Comparator::Below:
        return actual < target - eps;
    case Comparator::About:
        return std::abs(actual - target) <= std::abs(tolerance) + eps;
    case Comparator::None:
        break;
    }
    return std::nullopt;
}

} // namespace pardesk

#pragma once
// Whether a value satisfies a target's comparison: the one rule that evaluation and projection share.

#include "domain/Vocabulary.h"

#include <optional>

namespace pardesk {

// About (khoảng, ~) holds within `tolerance` of the target; Comparator::None (a qualitative
// target) gives nothing. Computed actuals (45 / 99 × 100) get a relative slack of
// 1e-9, so that a target stated as 45,45 does not fail on the last bit.
std::optional<bool> satisfies(double actual, Comparator comparator, double target, double tolerance = 0);

} // namespace pardesk

#pragma once
// The generator moved to core/generate/ (pardesk-cli generate shares it); the benches and tests
// keep their name for it.
#include "generate/SyntheticPlan.h"

namespace pardesk::bench {
using generate::SyntheticPlan;
}

#pragma once
// The generator moved to core/store/ (pardesk-cli generate shares it); the benches and tests
// keep their name for it.
#include "store/StoreBuilder.h"

namespace pardesk::bench {
using generate::StoreBuilder;
}

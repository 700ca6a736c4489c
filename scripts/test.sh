#!/usr/bin/env bash
# Sets up, builds, and runs every test through CTest (widgets on the offscreen platform); then the
# same suite in the checked build (AddressSanitizer + UndefinedBehaviorSanitizer), and the
# importers' fuzz targets for a bounded time each when they are present.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --for-tests
export QT_QPA_PLATFORM=offscreen
ctest --test-dir build --output-on-failure -j"$(nproc)"
scripts/sanitize.sh
if [ -x scripts/fuzz.sh ]; then scripts/fuzz.sh; fi

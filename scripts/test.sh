#!/usr/bin/env bash
# The README's test command: sets up (scripts/setup.sh --for-tests), builds, and runs every test of
# the suite through CTest, widgets on the offscreen platform. Labels: core, gui, cli, and slow for
# the long ones; `scripts/test.sh -L core` (any ctest options) runs a part.
# The deeper checks (the suite under the sanitizers, the fuzz targets) are run by .ci/run after it.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --for-tests
preset=dev
[ "${CI:-}" = true ] && preset=ci
ctest --preset "$preset" -j"$(nproc)" "$@"

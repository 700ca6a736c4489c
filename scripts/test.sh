#!/usr/bin/env bash
# Sets up, builds, and runs every test through CTest (widgets on the offscreen platform).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --for-tests
export QT_QPA_PLATFORM=offscreen
ctest --test-dir build --output-on-failure -j"$(nproc)"

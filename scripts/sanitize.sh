#!/usr/bin/env bash
# The checked build: every target with AddressSanitizer and UndefinedBehaviorSanitizer in
# build-asan/ (the "asan" preset), then the whole CTest suite under it.
# Any sanitizer report stops the test that hit it, so the suite fails.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake --preset asan >/dev/null
cmake --build --preset asan
# detect_leaks=0: Qt's plugins, fonts and the offscreen platform keep allocations until exit that
# LeakSanitizer reports as leaks of Qt, not of ParDesk; the memory errors ASan exists for are still
# caught. UBSan's suppressions (tests/sanitize/ubsan.supp) name only what is in Qt's own headers.
export ASAN_OPTIONS="halt_on_error=1:detect_leaks=0:abort_on_error=0:strict_string_checks=1:detect_stack_use_after_return=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:suppressions=$PWD/tests/sanitize/ubsan.supp"
export QT_QPA_PLATFORM=offscreen
# The crash test's kills are the same under the sanitizers; fewer of them keep the run bounded.
export CRASH_KILLS="${CRASH_KILLS:-200}"
ctest --test-dir build-asan --output-on-failure -j"$(nproc)" --timeout 1800

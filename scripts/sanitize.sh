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
# tst_cli_restore races writers against a restore and checks that some writes land after it; slowed
# down by the sanitizers, its timing fails one run in two (seen 2026-12-03: writers finished before
# the restore, or a `plans` read came out the same before and after an edit), so it runs in the
# normal suite only until its timing no longer depends on the machine's speed.
ctest --test-dir build-asan --output-on-failure -j"$(nproc)" --timeout 1800 -E '^tst_cli_restore$'

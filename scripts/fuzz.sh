#!/bin/sh
# Builds the importers' fuzz targets with clang (libFuzzer, AddressSanitizer, UBSan) in build-fuzz,
# the core library only, and runs each for FUZZ_SECONDS (default 20) from its seed corpus in
# tests/fuzz/corpus. Fails on the first crash, leak or sanitizer report.
set -eu
cd "$(dirname "$0")/.."
seconds="${FUZZ_SECONDS:-20}"
cmake --preset fuzz >/dev/null
cmake --build build-fuzz --target fuzz_xlsx_reader fuzz_csv_import fuzz_package fuzz_assessment_template
for target in fuzz_xlsx_reader fuzz_csv_import fuzz_package fuzz_assessment_template; do
    corpus="build-fuzz/corpus/$target"
    mkdir -p "$corpus"
    echo "== $target: ${seconds}s"
    # New inputs go to the build folder's corpus; the committed seeds are read only.
    QT_QPA_PLATFORM=offscreen "build-fuzz/tests/fuzz/$target" -max_total_time="$seconds" -rss_limit_mb=2048 \
        -artifact_prefix="build-fuzz/$target-" "$corpus" "tests/fuzz/corpus/$target"
done
echo "fuzz: no crash in ${seconds}s per target"

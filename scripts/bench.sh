#!/usr/bin/env bash
# Builds and runs every benchmark (the bench_* executables of tests/bench that exist), then writes
# their RESULT lines (tests/bench/BenchReport.h) into README.md's performance table, between the
# markers <!-- bench:begin --> and <!-- bench:end -->, with the machine they ran on.
#   scripts/bench.sh            all of them
#   scripts/bench.sh startup    only those whose name contains "startup"
set -euo pipefail
cd "$(dirname "$0")/.."
# The "bench" preset: the benchmarks are built only there, in build-bench/.
BUILD_DIR=build-bench
[ -f "$BUILD_DIR/build.ninja" ] || cmake --preset bench >/dev/null
mapfile -t targets < <(sed -n 's/^qt_add_executable(\(bench_[a-z_0-9]*\) .*/\1/p' tests/bench/CMakeLists.txt | grep -v bench_bare_window | grep -- "${1:-}")
cmake --build "$BUILD_DIR" --target "${targets[@]}"

log=$(mktemp)
trap 'rm -f "$log"' EXIT
# Start-up is measured on a display when there is one, else under Xvfb (what a user sees).
run() {
    if [ -z "${DISPLAY:-}" ] && [ "$1" = bench_startup ] && command -v xvfb-run >/dev/null; then
        xvfb-run -a -s "-screen 0 1600x1000x24" "$BUILD_DIR/tests/bench/$1"
    else
        "$BUILD_DIR/tests/bench/$1"
    fi
}
for t in "${targets[@]}"; do
    echo "== $t" >&2
    run "$t" | tee -a "$log"
done

cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)
memory=$(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo)
load=$(cut -d' ' -f1-3 /proc/loadavg)
table=$(mktemp)
{
    echo "<!-- bench:begin (written by scripts/bench.sh; edits here are overwritten) -->"
    echo "Measured by \`scripts/bench.sh\` on $(date -u +%Y-%m-%d): $cpu, $(nproc) cores, $memory memory,"
    echo "$(. /etc/os-release && echo "$PRETTY_NAME"), RelWithDebInfo build, load average $load at the end."
    echo "Each figure is a ratio against a reference measured in the same run."
    echo
    echo "| benchmark | ParDesk | reference | ratio |"
    echo "|---|---|---|---|"
    grep '^RESULT |' "$log" | awk -F' [|] ' '{printf "| %s | %s | %s: %s | %s |\n", $2, $3, $5, $4, $6}'
    echo "<!-- bench:end -->"
} >"$table"
if [ -z "${1:-}" ] && grep -q '<!-- bench:begin' README.md; then
    awk -v table="$table" '
        /<!-- bench:begin/ { while ((getline line < table) > 0) print line; skip = 1; next }
        /<!-- bench:end -->/ { skip = 0; next }
        !skip { print }' README.md >README.md.new && mv README.md.new README.md
    echo "README.md: performance table written" >&2
else
    echo "README.md left as it is (a partial run, or no markers); the table:" >&2
    cat "$table"
fi
rm -f "$table"

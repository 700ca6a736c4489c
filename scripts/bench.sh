#!/usr/bin/env bash
# Builds and runs every benchmark (the bench_* executables of tests/bench that exist), then writes
# their RESULT lines (tests/bench/BenchReport.h) into README.md's performance table, between the
# markers <!-- bench:begin --> and <!-- bench:end -->, with the machine they ran on.
#   scripts/bench.sh            all of them
#   scripts/bench.sh startup    only those whose name contains "startup"
set -euo pipefail
cd "$(dirname "$0")/.."
# The "bench" preset: the benchmarks are built only there, in build-bench/.
BUILD_DIR=${BUILD_DIR:-build-bench} # another tree configured with PARDESK_BENCHES=ON will do (the ci preset)
[ -f "$BUILD_DIR/build.ninja" ] || cmake --preset bench >/dev/null
mapfile -t targets < <(sed -n 's/^qt_add_executable(\(bench_[a-z_0-9]*\) .*/\1/p' tests/bench/CMakeLists.txt | grep -v bench_bare_window | grep -- "${1:-}")
cmake --build "$BUILD_DIR" --target "${targets[@]}"

log=$(mktemp)
pgdir="$PWD/$BUILD_DIR/bench-pg-cluster" # the server benchmarks' cluster, below
trap 'bash tests/support/pg-cluster.sh stop "$pgdir" >/dev/null 2>&1 || true; rm -f "$log"' EXIT
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

# The aggregation and the package import again on a PostgreSQL server (issue 14): a throw-away
# cluster like the tests' (tests/support/pg-cluster.sh: a unix socket, fsync off, so the disk of
# this machine does not decide), each figure against raw SQL run by the same server.
server_targets=()
for t in "${targets[@]}"; do
    case $t in bench_aggregate | bench_package_import) server_targets+=("$t") ;; esac
done
if [ ${#server_targets[@]} -gt 0 ]; then
    bash tests/support/pg-cluster.sh start "$pgdir" >&2
    if [ -f "$pgdir/unavailable" ]; then
        echo "== the server benchmarks skip: $(cat "$pgdir/unavailable")" >&2
    else
        export PGPASSFILE="$pgdir/pgpass"
        base=$(sed 's#/[^/]*$##' "$pgdir/url") # postgresql://pardesk@<socket folder>
        for database in bench_aggregate bench_office bench_reference; do
            /usr/lib/postgresql/15/bin/psql -q -h "$pgdir" -U pardesk -d pardesk -c "CREATE DATABASE $database"
        done
        for t in "${server_targets[@]}"; do
            echo "== $t on the PostgreSQL server" >&2
            case $t in
            bench_aggregate) "$BUILD_DIR/tests/bench/bench_aggregate" "$base/bench_aggregate" | tee -a "$log" ;;
            bench_package_import) "$BUILD_DIR/tests/bench/bench_package_import" "$base/bench_office" "$base/bench_reference" | tee -a "$log" ;;
            esac
        done
    fi
fi

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

#!/usr/bin/env bash
# Installs what ParDesk needs on Debian 12 (as root), then configures and builds (preset "dev", or
# "ci" under CI=true: warnings are errors there).
#   --for-tests   also what the tests use to read our outputs independently (LibreOffice headless,
#                 poppler), to build the sanitizer and fuzz builds (clang), and PostgreSQL's server
#                 binaries for the throw-away clusters of the server tests (tests/support/pg-cluster.sh)
#   --packaging   also what scripts/package.sh needs (dpkg-shlibdeps)
#   --no-build    install only
# Idempotent and offline once everything is there: packages are looked up with dpkg-query by their
# real names (a virtual name is never "installed"), and apt is not called at all when none is
# missing; the build is incremental.
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(
    cmake ninja-build g++ pkg-config ccache
    # Qt 6.4: qt6-base-dev only recommends libqt6opengl6-dev, whose CMake files Qt6Charts needs.
    qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev libgl-dev libqt6sql6-sqlite
    # Qt's PostgreSQL driver (QPSQL): a store on a server (docs/server.md).
    libqt6sql6-psql
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qt6-charts-dev qt6-svg-dev qt6-qpa-plugins
    libsqlite3-dev sqlite3 libxlsxwriter-dev zlib1g-dev libssl-dev
    xvfb xauth fonts-liberation fonts-dejavu-core
)
build=1
for option in "$@"; do
    case $option in
    --for-tests) PACKAGES+=(poppler-utils libreoffice-calc-nogui libreoffice-writer-nogui clang libclang-rt-14-dev file desktop-file-utils appstream openssl postgresql-15) ;;
    --packaging) PACKAGES+=(dpkg-dev file desktop-file-utils appstream) ;;
    --no-build) build=0 ;;
    *) echo "setup: unknown option $option" >&2; exit 2 ;;
    esac
done

missing=()
for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "setup: installing ${missing[*]}" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    # Check again: a name that apt accepted but that never shows as installed (a virtual package)
    # would make every later run call apt, which an offline office PC cannot.
    for p in "${missing[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" ||
            { echo "setup: $p is still not installed (a virtual package name?)" >&2; exit 1; }
    done
fi

[ $build = 1 ] || exit 0
preset=dev
[ "${CI:-}" = true ] && preset=ci
if [ ! -f build/build.ninja ] || [ "$(sed -n 's/^PARDESK_WERROR:BOOL=//p' build/CMakeCache.txt)" != "$([ $preset = ci ] && echo ON || echo OFF)" ]; then
    cmake --preset "$preset" >/dev/null
fi
cmake --build --preset "$preset"

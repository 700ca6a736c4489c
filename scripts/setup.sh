#!/usr/bin/env bash
# Installs what ParDesk needs on Debian 12 (as root), then configures and builds.
# Idempotent: packages already present are not reinstalled, and the build is incremental.
# With --for-tests it also installs what the tests use to read our outputs independently
# (LibreOffice headless, poppler) and to build the fuzz targets and sanitizer builds (clang).
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-translations-l10n qt6-charts-dev qt6-svg-dev libqt6opengl6-dev libgl-dev
    libsqlite3-dev sqlite3 libxlsxwriter-dev zlib1g-dev libssl-dev
    xvfb xauth fonts-liberation
)
if [ "${1:-}" = "--for-tests" ]; then
    PACKAGES+=(poppler-utils libreoffice-calc-nogui libreoffice-writer-nogui clang libclang-rt-14-dev openssl)
fi

missing=()
for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "setup: installing ${missing[*]}" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

BUILD_DIR=${BUILD_DIR:-build}
if [ ! -f "$BUILD_DIR/build.ninja" ]; then
    cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
fi
cmake --build "$BUILD_DIR" -j"$(nproc)"

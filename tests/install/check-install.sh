#!/usr/bin/env bash
# `cmake --install` of the build into a temporary prefix lays out what a desktop needs, and the
# desktop entry and AppStream metainfo pass their validators. Usage: check-install.sh BUILD_DIR
set -euo pipefail
build=$1
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
cmake --install "$build" --prefix "$prefix" >/dev/null
expected=(
    bin/pardesk
    bin/pardesk-cli
    share/applications/pardesk.desktop
    share/metainfo/io.github.pardesk.ParDesk.metainfo.xml
    share/icons/hicolor/scalable/apps/pardesk.svg
)
for size in 16 24 32 48 64 128 256; do expected+=("share/icons/hicolor/${size}x${size}/apps/pardesk.png"); done
status=0
for f in "${expected[@]}"; do
    [ -s "$prefix/$f" ] || { echo "missing from the installation: $f"; status=1; }
done
[ -x "$prefix/bin/pardesk" ] && [ -x "$prefix/bin/pardesk-cli" ] || { echo "the executables are not executable"; status=1; }
desktop-file-validate "$prefix/share/applications/pardesk.desktop" || status=1
appstreamcli validate --no-net "$prefix/share/metainfo/io.github.pardesk.ParDesk.metainfo.xml" || status=1
grep -q "release version=\"$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")\"" \
    "$prefix/share/metainfo/io.github.pardesk.ParDesk.metainfo.xml" || { echo "metainfo lacks the project version"; status=1; }
"$prefix/bin/pardesk-cli" --version
[ $status = 0 ] && echo "install layout: ${#expected[@]} files, validators passed"
exit $status

#!/usr/bin/env bash
# Builds the Debian package of ParDesk: a release build (the "release" preset, in build-release/)
# installed under /usr, packed by CPack with its library dependencies computed by dpkg-shlibdeps.
# The result, build-release/pardesk_VERSION_ARCH.deb, installs with `apt install ./pardesk_*.deb`.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --packaging --no-build
cmake --preset release >/dev/null
cmake --build --preset release
(cd build-release && cpack -G DEB)
ls -1 build-release/pardesk_*.deb

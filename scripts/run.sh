#!/usr/bin/env bash
# Sets up, builds, and starts the ParDesk window on the embedded default database.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
exec build/app/pardesk "$@"

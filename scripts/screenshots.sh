#!/usr/bin/env bash
# Makes the pictures of the README (docs/screenshots) and of the manuals (docs/manual) again, with
# the app itself on a fresh default store, offscreen, in Vietnamese. Run after a change that shows:
# the pictures then match what the officials see. Needs a built tree (build/ by default).
set -euo pipefail
cd "$(dirname "$0")/.."
gui=${BUILD_DIR:-build}/app/pardesk
store=$(mktemp -d)/screenshots.sqlite
trap 'rm -rf "$(dirname "$store")"' EXIT
export QT_QPA_PLATFORM=offscreen PARDESK_LANG=vi

shot() { # FILE VIEW [more options]
    local file=$1 view=$2
    shift 2
    "$gui" --db "$store" --view "$view" "$@" --screenshot "$file" >/dev/null 2>&1
    echo "$file"
}

shot docs/screenshots/start.png start
shot docs/screenshots/plans.png plans
shot docs/screenshots/tasks.png tasks
shot docs/screenshots/submissions.png submissions --select 1
shot docs/screenshots/scores.png scores
shot docs/screenshots/charts-view.png charts
shot docs/screenshots/consolidation.png consolidation
shot docs/manual/plans.png plans
shot docs/manual/tasks.png tasks
shot docs/manual/submission.png submissions --select 1
shot docs/manual/charts.png charts
shot docs/manual/consolidation.png consolidation
shot docs/manual/print-dialog.png plans --trigger actionPrintAppendix
shot docs/screenshots/assessment.png assessment

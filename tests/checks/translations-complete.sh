#!/usr/bin/env bash
# translations_complete: every string the code shows through tr() (or QCoreApplication::translate,
# QT_TR_NOOP) has its Vietnamese translation in translations/pardesk_vi.ts, and the file keeps no
# message the code no longer asks for (a string moved to another class or reworded leaves its old
# entry behind, which then hides that the new one is missing). Runs Qt's lupdate on a copy of the
# file, so the sources and the translations are read as the build reads them; nothing is written
# in the source tree.
# Usage: translations-complete.sh <lupdate> <source dir>
set -u
lupdate=${1:?usage: translations-complete.sh <lupdate> <source dir>}
root=${2:?usage: translations-complete.sh <lupdate> <source dir>}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$root/translations/pardesk_vi.ts" "$work/pardesk_vi.ts"
cd "$root" || exit 2
if ! "$lupdate" -locations none core ui app -ts "$work/pardesk_vi.ts" >"$work/lupdate.log" 2>&1; then
    cat "$work/lupdate.log" >&2
    echo "translations_complete: lupdate failed" >&2
    exit 2
fi
status=0
# lupdate marks a message it found in the code with no translation "unfinished", and one the code
# no longer has "vanished" (or "obsolete", as older versions wrote).
missing=$(grep -c 'type="unfinished"' "$work/pardesk_vi.ts")
stale=$(grep -cE 'type="(vanished|obsolete)"' "$work/pardesk_vi.ts")
if [ "$missing" -ne 0 ]; then
    echo "translations_complete: $missing message(s) without a Vietnamese translation:" >&2
    grep -B3 'type="unfinished"' "$work/pardesk_vi.ts" | grep -E '<name>|<source>' >&2
    status=1
fi
if [ "$stale" -ne 0 ]; then
    echo "translations_complete: $stale message(s) in translations/pardesk_vi.ts that the code no longer asks for:" >&2
    grep -B3 -E 'type="(vanished|obsolete)"' "$work/pardesk_vi.ts" | grep -E '<source>' >&2
    status=1
fi
[ "$status" -eq 0 ] && echo "translations_complete: every message has its translation, and none is stale."
exit "$status"

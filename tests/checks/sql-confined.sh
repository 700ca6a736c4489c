#!/usr/bin/env bash
# sql_confined: only core/store runs SQL. Fails, naming file:line, when a source file of core/, ui/
# or app/ outside core/store includes <QSqlQuery> or <QSqlRecord>, names those classes, or holds SQL
# statement text. Tests (tests/) may build stores however they like and are not checked.
# Usage: sql-confined.sh <source dir>
set -u
root=${1:?usage: sql-confined.sh <source dir>}
cd "$root" || exit 2

# TEMPORARY, for the parallel work on issue 13: engineer B moves the SQL of these paths into
# core/store. The lead removes this list after merging; nothing may be added to it.
allowed=(
    core/aggregate/FormValues.h
    core/aggregate/FormValues.cpp
    core/aggregate/OutlierFindings.h
    core/aggregate/OutlierFindings.cpp
    core/targets/
    core/charts/TrendChartData.cpp
    core/dataset/
    core/generate/
)

pattern='QSqlQuery|QSqlRecord|\bSELECT\b.*\bFROM\b|\bINSERT[[:space:]]+INTO\b|\bUPDATE\b.*\bSET\b|\bDELETE[[:space:]]+FROM\b|\bPRAGMA\b|\bCREATE[[:space:]]+(TABLE|INDEX)\b|\bBEGIN[[:space:]]+IMMEDIATE\b'

found=0
hits=$(mktemp)
trap 'rm -f "$hits"' EXIT
while IFS= read -r file; do
    case "$file" in core/store/*) continue ;; esac
    skip=0
    for a in "${allowed[@]}"; do
        case "$file" in "$a"*) skip=1 ;; esac
    done
    [ "$skip" = 1 ] && continue
    if grep -nE "$pattern" "$file" >"$hits" 2>/dev/null; then
        while IFS= read -r hit; do
            echo "$file:$hit"
        done <"$hits"
        found=1
    fi
done < <(find core ui app -type f \( -name '*.cpp' -o -name '*.h' \) | sort)

if [ "$found" = 1 ]; then
    echo "sql_confined: SQL outside core/store (above). Move it into a repository of core/store." >&2
    exit 1
fi
echo "sql_confined: only core/store runs SQL."

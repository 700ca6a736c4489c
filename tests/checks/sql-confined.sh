#!/usr/bin/env bash
# sql_confined: only core/store runs SQL. Fails, naming file:line, when a source file of core/, ui/
# or app/ outside core/store includes <QSqlQuery> or <QSqlRecord>, names those classes, or holds SQL
# statement text. Tests (tests/) may build stores however they like and are not checked.
# Usage: sql-confined.sh <source dir>
set -u
root=${1:?usage: sql-confined.sh <source dir>}
cd "$root" || exit 2


pattern='QSqlQuery|QSqlRecord|\bSELECT\b.*\bFROM\b|\bINSERT[[:space:]]+INTO\b|\bUPDATE\b.*\bSET\b|\bDELETE[[:space:]]+FROM\b|\bPRAGMA\b|\bCREATE[[:space:]]+(TABLE|INDEX)\b|\bBEGIN[[:space:]]+IMMEDIATE\b'

found=0
hits=$(mktemp)
trap 'rm -f "$hits"' EXIT
while IFS= read -r file; do
    case "$file" in core/store/*) continue ;; esac
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

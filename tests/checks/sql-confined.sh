#!/usr/bin/env bash
# Issue 13: core/store is the only layer that speaks to the database. Two checks over the sources of
# core/, ui/ and app/ outside core/store, each failing with file:line of what it finds:
#   sql_confined (the default): SQL there: <QSqlQuery> or <QSqlRecord> included or named, or SQL
#     statement text.
#   store_handles_only (`handles`): a connection there: QSqlDatabase or QSqlQuery named, or
#     `.connection()` / `->connection()` called (on a Store, a Database or a repository). Views,
#     commands and builders receive the Store or one of its repositories (core/store/Store.h).
# Tests (tests/) may build stores however they like and are not checked.
# Usage: sql-confined.sh <source dir> [handles]
set -u
root=${1:?usage: sql-confined.sh <source dir> [handles]}
mode=${2:-sql}
cd "$root" || exit 2

case "$mode" in
sql)
    name=sql_confined
    pattern='QSqlQuery|QSqlRecord|\bSELECT\b.*\bFROM\b|\bINSERT[[:space:]]+INTO\b|\bUPDATE\b.*\bSET\b|\bDELETE[[:space:]]+FROM\b|\bPRAGMA\b|\bCREATE[[:space:]]+(TABLE|INDEX)\b|\bBEGIN[[:space:]]+IMMEDIATE\b'
    failed="SQL outside core/store (above). Move it into a repository of core/store."
    passed="only core/store runs SQL."
    ;;
handles)
    name=store_handles_only
    pattern='QSqlDatabase|QSqlQuery|(\.|->)connection\(\)'
    failed="a connection outside core/store (above). Pass the Store or a repository; give what is missing a method in core/store."
    passed="outside core/store, only the Store and its repositories are passed."
    ;;
*)
    echo "usage: sql-confined.sh <source dir> [handles]" >&2
    exit 2
    ;;
esac

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
    echo "$name: $failed" >&2
    exit 1
fi
echo "$name: $passed"

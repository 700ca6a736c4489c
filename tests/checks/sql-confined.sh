#!/usr/bin/env bash
# Issue 13: core/store is the only layer that speaks to the database. Three checks, each failing with
# file:line of what it finds. Two over the sources of core/, ui/ and app/ outside core/store:
#   sql_confined (the default): SQL there: <QSqlQuery> or <QSqlRecord> included or named, or SQL
#     statement text.
#   store_handles_only (`handles`): a connection there: QSqlDatabase or QSqlQuery named, or
#     `.connection()` / `->connection()` called (on a Store, a Database or a repository). Views,
#     commands and builders receive the Store or one of its repositories (core/store/Store.h).
# One inside core/store:
#   one_statement_runner (`runner`): every statement goes through the one checked runner, Statement
#     (core/store/Statement.h), so that no failure is dropped or read as an empty result and each
#     keeps its kind (retryable when busy, refused by the server). QSqlQuery (and Qt's SQL models,
#     which run their own statements) may be named only in
#       Statement.h, Statement.cpp  the runner itself;
#       Transaction.cpp             the transaction mechanism (BEGIN, COMMIT, ROLLBACK, SAVEPOINT and
#                                   pg_notify), with its own handling of a busy store and a full disk.
# Tests (tests/) may build stores however they like and are not checked.
# Usage: sql-confined.sh <source dir> [handles|runner]
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
runner)
    name=one_statement_runner
    pattern='QSqlQuery|QSql(Relational)?TableModel'
    failed="a statement in core/store not run through Statement (above). Use Statement (core/store/Statement.h); give it what is missing."
    passed="core/store runs every statement through Statement."
    ;;
*)
    echo "usage: sql-confined.sh <source dir> [handles|runner]" >&2
    exit 2
    ;;
esac

found=0
hits=$(mktemp)
trap 'rm -f "$hits"' EXIT
if [ "$mode" = runner ]; then
    # core/store, but for the runner and the transaction mechanism (see above).
    files() {
        find core/store -type f \( -name '*.cpp' -o -name '*.h' \) \
            ! -path core/store/Statement.h ! -path core/store/Statement.cpp ! -path core/store/Transaction.cpp | sort
    }
else
    files() {
        find core ui app -type f \( -name '*.cpp' -o -name '*.h' \) ! -path 'core/store/*' | sort
    }
fi
while IFS= read -r file; do
    if grep -nE "$pattern" "$file" >"$hits" 2>/dev/null; then
        while IFS= read -r hit; do
            echo "$file:$hit"
        done <"$hits"
        found=1
    fi
done < <(files)

if [ "$found" = 1 ]; then
    echo "$name: $failed" >&2
    exit 1
fi
echo "$name: $passed"

#!/usr/bin/env bash
# A province's server store backed up and restored as docs/server.md tells the administrator
# (issue 14): the store's roles with pg_dumpall --roles-only, the database with pg_dump -Fc, both
# restored into a fresh cluster (a second throw-away one, tests/support/pg-cluster.sh) as its
# superuser. The restored store then reads the same, command by command (pardesk-cli's JSON), and an
# agency's login, given a password again, still sees only its own reports.
#   pg-dump-restore.sh PARDESK_CLI SUPPORT_DIR     (run by CTest in the fixture pg_cluster)
# Exit 77 (CTest: skipped) with the reason when PostgreSQL is not installed here.
set -euo pipefail
cli=${1:?usage: pg-dump-restore.sh PARDESK_CLI SUPPORT_DIR}
support=${2:?usage: pg-dump-restore.sh PARDESK_CLI SUPPORT_DIR}
first=${PARDESK_TEST_PG_DIR:?run through CTest: the fixture pg_cluster sets PARDESK_TEST_PG_DIR}
second="$first-restored"
bin=${PARDESK_PG_BIN:-/usr/lib/postgresql/15/bin}
if [ -f "$first/unavailable" ]; then
    echo "skipped: $(cat "$first/unavailable")"
    exit 77
fi
work=$(mktemp -d)
trap 'bash "$support/pg-cluster.sh" stop "$second" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

urlOf() { # cluster folder, database, login
    printf 'postgresql://%s@%s/%s' "$3" "$(printf '%s' "$1" | sed 's#/#%2F#g')" "$2"
}
# The administrator's tools, as the cluster's superuser (the password pg-cluster.sh set).
as_admin() { # cluster folder, then the program and its arguments
    local dir=$1
    shift
    PGPASSWORD=$(cat "$dir/superpass") "$@" -h "$dir" -U postgres
}
fail() {
    echo "FAIL: $*" >&2
    exit 1
}

db="restore_$$"
as_admin "$first" "$bin/psql" -q -d postgres -v ON_ERROR_STOP=1 -c "CREATE DATABASE $db OWNER pardesk"
source_url=$(urlOf "$first" "$db" pardesk)
export PGPASSFILE="$first/pgpass"

# A store in use: the bundled dataset, a report imported from a file (generated figures), a
# self-assessment with a score, an agency's login.
"$cli" --db "$source_url" init >/dev/null
printf 'code,value,note\n5.1.1,12,\n5.1.2,7,số liệu sinh ra để thử sao lưu\n' >"$work/report.csv"
"$cli" --db "$source_url" import "$work/report.csv" --form TQ-PL08-CQDT --agency TQ.STTTT --period 2031Q1 \
    --explanation "thử sao lưu" >/dev/null
"$cli" --db "$source_url" assessment create --id 1 --agency TV.STTTT --period 2031 >"$work/created.json"
assessment=$(sed -n 's/.*"id": *\([0-9]*\).*/\1/p' "$work/created.json")
"$cli" --db "$source_url" assessment score --assessment "$assessment" --code 7.I.2 --points 0.5 --explanation "thử" >/dev/null ||
    fail "the score was not written"
agency_login="agency_${db}"
"$cli" --db "$source_url" server add-user --login "$agency_login" --role agency --agency TQ.STTTT >/dev/null

snapshot() { # url, folder
    mkdir -p "$2"
    for command in plans targets tasks forms submissions scores themes "assessment scores" "server users"; do
        # shellcheck disable=SC2086 # the command's words
        "$cli" --db "$1" $command >"$2/${command// /-}.json" || fail "pardesk-cli $command failed on $1"
    done
    "$cli" --db "$1" values --submission "$(sed -n 's/.*"id": *\([0-9]*\).*/\1/p' "$2/submissions.json" | tail -1)" >"$2/values.json"
}
snapshot "$source_url" "$work/before"

# The backup, as docs/server.md writes it.
as_admin "$first" "$bin/pg_dumpall" --roles-only --no-role-passwords >"$work/roles.sql"
as_admin "$first" "$bin/pg_dump" -Fc -d "$db" -f "$work/store.dump"

# A new server: a fresh cluster. Its roles first (those that exist already, such as postgres and
# pardesk, are reported as existing and left alone), then the database, owner and rights included.
bash "$support/pg-cluster.sh" start "$second" >/dev/null
as_admin "$second" "$bin/psql" -q -d postgres -f "$work/roles.sql" >"$work/roles.log" 2>&1 || true
grep -v 'already exists\|current user cannot be changed' "$work/roles.log" | grep 'ERROR' && fail "roles were not restored"
as_admin "$second" "$bin/psql" -q -d postgres -v ON_ERROR_STOP=1 -c "CREATE DATABASE $db OWNER pardesk"
as_admin "$second" "$bin/pg_restore" -d "$db" --exit-on-error "$work/store.dump" || fail "pg_restore failed"

restored_url=$(urlOf "$second" "$db" pardesk)
export PGPASSFILE="$second/pgpass"
snapshot "$restored_url" "$work/after"
for file in "$work"/before/*.json; do
    diff -u "$file" "$work/after/$(basename "$file")" >&2 || fail "$(basename "$file") differs after the restore"
done
grep -q "$agency_login" "$work/after/server-users.json" || fail "the agency's login is not in the restored store"

# Passwords are not in the dump: the administrator sets the login's again; then it reads its own only.
as_admin "$second" "$bin/psql" -q -d postgres -v ON_ERROR_STOP=1 -c "ALTER ROLE $agency_login PASSWORD 'restored-pw'"
printf '%s:5432:*:%s:restored-pw\n' "$second" "$agency_login" >>"$work/pgpass"
chmod 600 "$work/pgpass"
PGPASSFILE="$work/pgpass" "$cli" --db "$(urlOf "$second" "$db" "$agency_login")" submissions >"$work/agency.json" ||
    fail "the agency's login cannot read the restored store"
grep -q '"agency": "TQ.STTTT"' "$work/agency.json" || fail "the agency does not see its own report"
if grep '"agency": ' "$work/agency.json" | grep -vq '"TQ.STTTT"'; then
    fail "the agency sees other agencies' reports after the restore"
fi
echo "restored: $(ls "$work/before" | wc -l) outputs identical; the agency's login sees its own reports only"

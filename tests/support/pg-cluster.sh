#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for the server tests (issue 14), as a CTest fixture:
#   pg-cluster.sh start DIR   makes a cluster in DIR/data that listens only on a unix socket in DIR
#                             (no TCP port to collide with another build), with a login "pardesk"
#                             (password in DIR/pgpass, which the tests use as PGPASSFILE) that may
#                             create databases and roles (a store's owner makes its group roles and
#                             its logins, docs/server.md); writes DIR/url for the record.
#   pg-cluster.sh stop DIR    stops it and removes DIR.
# Without PostgreSQL's server binaries (scripts/setup.sh --for-tests installs postgresql-15) "start"
# writes the reason to DIR/unavailable and succeeds: the server tests read it and skip, saying so,
# instead of the whole fixture failing. Any other failure fails the fixture.
# The server refuses to run as root, so as root it runs as the system user "postgres"
# (the package creates it); the tests, as root, connect over the socket with the password.
set -euo pipefail
action=${1:?usage: pg-cluster.sh start|stop DIR}
dir=${2:?usage: pg-cluster.sh start|stop DIR}
bin=${PARDESK_PG_BIN:-/usr/lib/postgresql/15/bin}

as_server() {
    if [ "$(id -u)" = 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

case $action in
start)
    # A cluster left by an interrupted run: stop it first, then start afresh.
    [ -f "$dir/data/postmaster.pid" ] && as_server "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    mkdir -p "$dir"
    if [ ! -x "$bin/initdb" ]; then
        echo "PostgreSQL is not installed ($bin/initdb is missing; scripts/setup.sh --for-tests installs postgresql-15)" >"$dir/unavailable"
        echo "pg-cluster: $(cat "$dir/unavailable"); the server tests will skip" >&2
        exit 0
    fi
    if [ "$(id -u)" = 0 ]; then
        id postgres >/dev/null 2>&1 || { echo "pg-cluster: running as root but there is no user 'postgres' to run the server as" >&2; exit 1; }
        chown postgres: "$dir"
        # The server must reach DIR through every parent folder.
        if ! runuser -u postgres -- test -w "$dir"; then
            echo "pg-cluster: the user 'postgres' cannot write to $dir (a parent folder is closed to it)" >&2
            exit 1
        fi
    fi
    superpass=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
    password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
    printf '%s\n' "$superpass" >"$dir/superpass"
    chmod 600 "$dir/superpass"
    [ "$(id -u)" = 0 ] && chown postgres: "$dir/superpass"
    # scram-sha-256 everywhere, so that the tests' connections really read the password file.
    as_server "$bin/initdb" -D "$dir/data" -U postgres --pwfile="$dir/superpass" -A scram-sha-256 \
        -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
        { cat "$dir/initdb.log" >&2; exit 1; }
    as_server "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-c listen_addresses='' -c unix_socket_directories='$dir' -c fsync=off -c max_connections=120" start >/dev/null ||
        { cat "$dir/server.log" >&2; exit 1; }
    as_server env PGPASSWORD="$superpass" "$bin/psql" -q -h "$dir" -U postgres -d postgres \
        -v ON_ERROR_STOP=1 -c "CREATE ROLE pardesk LOGIN CREATEDB CREATEROLE PASSWORD '$password'" \
        -c "CREATE DATABASE pardesk OWNER pardesk" >/dev/null
    # hostname:port:database:username:password, as libpq reads it; a socket folder is the host.
    printf '%s:5432:*:pardesk:%s\n' "$dir" "$password" >"$dir/pgpass"
    chmod 600 "$dir/pgpass"
    encoded=$(printf '%s' "$dir" | sed 's|/|%2F|g')
    printf 'postgresql://pardesk@%s/pardesk\n' "$encoded" >"$dir/url"
    echo "pg-cluster: running in $dir ($(cat "$dir/url"))" >&2
    ;;
stop)
    if [ -f "$dir/data/postmaster.pid" ]; then
        as_server "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
    fi
    rm -rf "$dir"
    ;;
*)
    echo "usage: pg-cluster.sh start|stop DIR" >&2
    exit 2
    ;;
esac

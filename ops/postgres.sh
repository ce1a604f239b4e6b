#!/usr/bin/env bash
# A throw-away PostgreSQL server for the test suite: Debian's server binaries, a
# cluster of its own in a temporary folder, listening on a free loopback port.
#
#   ops/postgres.sh start     prints DATABASE_URL=... and the state folder
#   ops/postgres.sh restart   stops and starts the same server (same port and data)
#   ops/postgres.sh stop      stops the server and deletes its folder
#
# The state folder is kept in ops/.postgres-state (an environment file that
# `make test` reads), or in POSTGRES_STATE for a second server beside it (make bench);
# under CI=true a server that cannot start is an error.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
state_file="${POSTGRES_STATE:-$here/.postgres-state}"  # another file for a second server

find_bin() {
    local dir
    for dir in /usr/lib/postgresql/*/bin; do
        [ -x "$dir/initdb" ] && { echo "$dir"; return 0; }
    done
    return 1
}

install_server() {
    # Debian's server package, when missing and we may install it.
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        echo "Installing Debian's PostgreSQL server..." >&2
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >/dev/null 2>&1 \
            || { apt-get update -q >/dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >/dev/null; }
    fi
}

free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# Run a command as the unprivileged owner of the cluster (PostgreSQL refuses root).
as_owner() {
    if [ "$(id -u)" = 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

start() {
    local bin dir port
    bin="$(find_bin)" || { install_server; bin="$(find_bin)"; } || {
        echo "PostgreSQL server binaries not found (Debian package 'postgresql')." >&2
        return 1
    }
    dir="$(mktemp -d /tmp/ravot-postgres.XXXXXX)"
    port="$(free_port)"
    [ "$(id -u)" = 0 ] && chown postgres: "$dir"
    as_owner "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; return 1; }
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start \
        -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
        >/dev/null || { cat "$dir/server.log" >&2; return 1; }
    as_owner "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres ravot
    cat >"$state_file" <<STATE
PG_BIN=$bin
PG_DIR=$dir
DATABASE_URL=postgres://postgres@127.0.0.1:$port/ravot
STATE
    echo "PostgreSQL running on 127.0.0.1:$port (data in $dir)" >&2
    grep DATABASE_URL "$state_file"
}

stop() {
    [ -f "$state_file" ] || return 0
    # shellcheck disable=SC1090
    . "$state_file"
    as_owner "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$PG_DIR" "$state_file"
    echo "PostgreSQL stopped." >&2
}

restart() {
    # A real restart: every client connection is cut, the server comes back on the
    # same port with the options it was started with (pg_ctl keeps them).
    [ -f "$state_file" ] || { echo "No PostgreSQL server to restart." >&2; return 1; }
    # shellcheck disable=SC1090
    . "$state_file"
    as_owner "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -m fast -w -t 60 restart \
        >/dev/null || { tail -20 "$PG_DIR/server.log" >&2; return 1; }
    echo "PostgreSQL restarted." >&2
}

case "${1:-}" in
    start) start ;;
    restart) restart ;;
    stop) stop ;;
    *) echo "usage: $0 start|restart|stop" >&2; exit 2 ;;
esac

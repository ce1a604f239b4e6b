#!/usr/bin/env bash
# make bench / make soak: the site as in production (gunicorn, PostgreSQL, DEBUG off,
# WhiteNoise, the page cache in files) on a PostgreSQL of its own, loaded by wrk from
# another process.
#
#   ops/bench.sh bench   requests/s and p50/p95/p99 latency per page, queries per page
#   ops/bench.sh soak    a few minutes of a mix of pages, PostgreSQL restarted on the way;
#                        fails on a 5xx error or on memory growth of a worker
#
# Search runs on the database, on the node given in SEARCH_URL, or with
# BENCH_SEARCH=opensearch on an OpenSearch node of its own (which the soak stops half-way);
# GUNICORN_WORKERS (2 × cores + 1);
# the rest in ops/bench/driver.py.
set -euo pipefail
cd "$(dirname "$0")/.."
python="$PWD/.venv/bin/python"
mode="${1:-bench}"

ops/ensure-wrk.sh || { echo "wrk (Debian package) is needed: apt-get install wrk" >&2; exit 1; }

work="$(mktemp -d /tmp/ravot-bench.XXXXXX)"
# Servers of its own, beside those of `make test`.
export POSTGRES_STATE="$work/postgres-state"
cleanup() {
    [ -f "$work/gunicorn.pid" ] && kill "$(cat "$work/gunicorn.pid")" 2>/dev/null || true
    ops/postgres.sh stop || true
    [ -n "${OPENSEARCH_STATE:-}" ] && { ops/opensearch.sh stop || true; }
    rm -rf "$work"
}
trap cleanup EXIT

DATABASE_URL="$(ops/postgres.sh start | sed -n 's/^DATABASE_URL=//p')"
[ -n "$DATABASE_URL" ] || { echo "PostgreSQL could not start." >&2; exit 1; }
if [ "${BENCH_SEARCH:-}" = opensearch ]; then
    export OPENSEARCH_STATE="$work/opensearch-state"
    SEARCH_URL="$(ops/opensearch.sh start | sed -n 's/^SEARCH_URL=//p')"
    export SEARCH_URL SEARCH_ENGINE=opensearch
fi
if [ -n "${SEARCH_URL:-}" ]; then
    # A node of its own, or one given in SEARCH_URL (indexes with their own prefix).
    [ -n "${SEARCH_ENGINE:-}" ] || SEARCH_ENGINE="$(python3 ops/search_engine_of.py "$SEARCH_URL")"
    export SEARCH_URL SEARCH_ENGINE SEARCH_INDEX_PREFIX=bench_
    search="$SEARCH_ENGINE at $SEARCH_URL"
else
    search="database search"
fi

# Production settings, but plain HTTP on the loopback interface.
export DATABASE_URL VAR_DIR="$work/var" DJANGO_SETTINGS_MODULE=ravot.settings.production
export SECRET_KEY="bench-only-$(head -c 48 /dev/urandom | base64 | tr -d '/+=')"
export ALLOWED_HOSTS=127.0.0.1 SECURE_SSL_REDIRECT=false LOG_LEVEL=WARNING

echo "== Preparing the site on PostgreSQL with $search" >&2
"$python" ops/compile_messages.py
"$python" manage.py migrate --no-input -v 0
"$python" manage.py seed_demo >/dev/null
[ -n "${SEARCH_URL:-}" ] && "$python" manage.py search_reindex >/dev/null
"$python" manage.py collectstatic --no-input -v 0
"$python" ops/bench/driver.py prepare "$work/plan.json"

port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
workers="${GUNICORN_WORKERS:-$(( 2 * $(nproc) + 1 ))}"
echo "== gunicorn with $workers workers on 127.0.0.1:$port" >&2
# No control socket: its default path is shared by every gunicorn of the user.
.venv/bin/gunicorn ravot.wsgi --bind "127.0.0.1:$port" --workers "$workers" --no-control-socket \
    --pid "$work/gunicorn.pid" --error-logfile "$work/gunicorn.log" --capture-output --daemon
for _ in $(seq 60); do
    curl -sf "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break
    sleep 1
done
curl -sf "http://127.0.0.1:$port/healthz" >/dev/null || { cat "$work/gunicorn.log" >&2; exit 1; }
export GUNICORN_PID="$(cat "$work/gunicorn.pid")"

echo "== wrk: ${BENCH_THREADS:-2} threads, ${BENCH_CONNECTIONS:-16} connections" >&2
status=0
"$python" ops/bench/driver.py "$mode" "$work/plan.json" "http://127.0.0.1:$port" || status=$?
# Django logs every 5xx: the 503s of a soak's database restart, and any error.
if grep -qE "^(Internal Server Error|Service Unavailable):" "$work/gunicorn.log"; then
    echo "== 5xx responses in gunicorn's log:" >&2
    grep -E "^(Internal Server Error|Service Unavailable):" "$work/gunicorn.log" | sort | uniq -c >&2
fi
exit "$status"

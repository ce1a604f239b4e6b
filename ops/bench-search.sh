#!/usr/bin/env bash
# make bench-search: a throw-away PostgreSQL and OpenSearch node, then
# `manage.py search_benchmark` (synthetic corpora of 1,000 and 10,000 pages).
set -euo pipefail
cd "$(dirname "$0")/.."
python=.venv/bin/python

# Servers of its own: make test's (ops/.postgres-state, ops/.opensearch-state) may be
# running beside them.
export POSTGRES_STATE="/tmp/ravot-bench-search-postgres.$$" OPENSEARCH_STATE="/tmp/ravot-bench-search-opensearch.$$"
cleanup() {
    ops/postgres.sh stop || true
    [ -n "${started_search:-}" ] && ops/opensearch.sh stop || true
}
trap cleanup EXIT

export DATABASE_URL
DATABASE_URL="$(ops/postgres.sh start | sed -n 's/^DATABASE_URL=//p')"
if [ -z "${SEARCH_URL:-}" ]; then
    SEARCH_URL="$(ops/opensearch.sh start | sed -n 's/^SEARCH_URL=//p')"
    started_search=1
fi
export SEARCH_URL SEARCH_ENGINE="${SEARCH_ENGINE:-opensearch}" SEARCH_INDEX_PREFIX=bench_
export VAR_DIR="$(mktemp -d /tmp/ravot-bench.XXXXXX)" DJANGO_SETTINGS_MODULE=ravot.settings.dev

"$python" manage.py migrate --no-input -v 0
"$python" manage.py seed_demo >/dev/null
"$python" manage.py search_benchmark "$@"
rm -rf "$VAR_DIR"

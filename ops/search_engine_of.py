"""Prints which engine answers at a URL: `opensearch` or `elasticsearch8` (the default)."""

import json
import sys
import urllib.request


def engine_of(url):
    try:
        with urllib.request.urlopen(url, timeout=3) as response:  # noqa: S310 - the configured node
            info = json.load(response)
    except (OSError, ValueError):
        return "elasticsearch8"
    distribution = info.get("version", {}).get("distribution", "")
    return "opensearch" if distribution == "opensearch" else "elasticsearch8"


if __name__ == "__main__":
    print(engine_of(sys.argv[1]))

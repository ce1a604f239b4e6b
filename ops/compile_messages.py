"""Compiles the project's .po catalogues to .mo with polib (no GNU gettext needed).

Django's compilemessages needs GNU gettext's msgfmt; `make run` must work with
nothing but Python, so the build compiles with polib, which wagtail-localize
already installs. Fuzzy entries are left out, as msgfmt does.
"""

import sys
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent
SKIP = {".venv", "node_modules", ".git", "var"}


def catalogues():
    for po_path in ROOT.rglob("locale/*/LC_MESSAGES/*.po"):
        if not SKIP.intersection(po_path.relative_to(ROOT).parts):
            yield po_path


def main():
    count = 0
    for po_path in catalogues():
        catalogue = polib.pofile(str(po_path))
        for entry in catalogue.fuzzy_entries():
            catalogue.remove(entry)
        catalogue.save_as_mofile(str(po_path.with_suffix(".mo")))
        count += 1
    print(f"Compiled {count} message catalogue(s).")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The interface is fully translated into Hungarian, Dutch and French."""

import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest

ROOT = Path(__file__).resolve().parents[2]
CATALOGUES = {
    code: ROOT / "site" / "locale" / code / "LC_MESSAGES" / "django.po"
    for code in ("hu", "nl", "fr")
}


@pytest.mark.parametrize("code", CATALOGUES)
def test_catalogue_is_complete(code):
    catalogue = polib.pofile(str(CATALOGUES[code]))
    assert not catalogue.untranslated_entries(), [e.msgid for e in catalogue.untranslated_entries()]
    assert not catalogue.fuzzy_entries(), [e.msgid for e in catalogue.fuzzy_entries()]
    for entry in catalogue.translated_entries():
        # Placeholders survive translation.
        for placeholder in ("%(", "{{"):
            assert (
                entry.msgid.count(placeholder) == entry.msgstr.count(placeholder)
                or entry.msgstr_plural
            ), entry.msgid


@pytest.mark.skipif(not shutil.which("xgettext"), reason="GNU gettext (xgettext) is not installed")
def test_every_interface_string_is_in_the_catalogues(tmp_path):
    """makemessages over the code finds no string that the catalogues lack."""
    copy = tmp_path / "project"
    shutil.copytree(
        ROOT,
        copy,
        ignore=shutil.ignore_patterns(".venv", "var", ".git", "node_modules", "*.mo", "tests"),
    )
    # Settings whose catalogue is the copy's, so that the checkout is never written to.
    (copy / "catalogue_check_settings.py").write_text(
        "from ravot.settings.test import *  # noqa\n"
        f"LOCALE_PATHS = [{str(copy / 'site' / 'locale')!r}]\n"
    )
    subprocess.run(
        [
            sys.executable,
            "manage.py",
            "makemessages",
            "-l",
            "hu",
            "--no-obsolete",
            "--ignore=.venv/*",
            "--ignore=var/*",
        ],
        cwd=copy,
        check=True,
        capture_output=True,
        env={"PATH": "/usr/bin:/bin", "DJANGO_SETTINGS_MODULE": "catalogue_check_settings"},
    )
    extracted = {
        entry.msgid for entry in polib.pofile(str(copy / "site/locale/hu/LC_MESSAGES/django.po"))
    }
    for code, path in CATALOGUES.items():
        translated = {entry.msgid for entry in polib.pofile(str(path)).translated_entries()}
        assert extracted <= translated, (code, sorted(extracted - translated))

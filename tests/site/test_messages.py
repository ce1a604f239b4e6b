"""The interface is fully translated into Hungarian, Dutch and French.

Site-wide strings live in site/locale; an app may keep its own catalogue in
<app>/locale (makemessages puts an app's strings there once the folder exists).
"""

import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ("hu", "nl", "fr")
CATALOGUE_FOLDERS = sorted(
    path.parent
    for path in ROOT.glob("*/locale")
    if path.is_dir() and path.parent.name not in {".venv", "var", "node_modules"}
)


def catalogue_path(folder, code):
    return folder / "locale" / code / "LC_MESSAGES" / "django.po"


@pytest.mark.parametrize("code", LANGUAGES)
@pytest.mark.parametrize("folder", CATALOGUE_FOLDERS, ids=lambda folder: folder.name)
def test_catalogue_is_complete(folder, code):
    catalogue = polib.pofile(str(catalogue_path(folder, code)))
    assert not catalogue.untranslated_entries(), [e.msgid for e in catalogue.untranslated_entries()]
    assert not catalogue.fuzzy_entries(), [e.msgid for e in catalogue.fuzzy_entries()]
    for entry in catalogue.translated_entries():
        # Placeholders survive translation, in every plural form too.
        translations = list(entry.msgstr_plural.values()) if entry.msgid_plural else [entry.msgstr]
        for translation in translations:
            for placeholder in ("%(", "{{"):
                assert entry.msgid.count(placeholder) == translation.count(placeholder), entry.msgid


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
        [sys.executable, "manage.py", "makemessages", "--no-obsolete", "--ignore=.venv/*"]
        + [f"-l{code}" for code in LANGUAGES],
        cwd=copy,
        check=True,
        capture_output=True,
        env={"PATH": "/usr/bin:/bin", "DJANGO_SETTINGS_MODULE": "catalogue_check_settings"},
    )
    for folder in CATALOGUE_FOLDERS:
        for code in LANGUAGES:
            extracted = polib.pofile(str(catalogue_path(copy / folder.name, code)))
            translated = polib.pofile(str(catalogue_path(folder, code))).translated_entries()
            missing = {e.msgid for e in extracted} - {e.msgid for e in translated}
            assert not missing, (folder.name, code, sorted(missing))

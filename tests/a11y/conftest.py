"""Accessibility, valid HTML and page weight: the checkers from ops/a11y (axe-core and the
Nu HTML Checker, from npm) over the live demo site in Debian's Chromium.

`make test` runs a representative set (every page type in one language, the four languages
in turn); `make a11y` sets A11Y_LANGUAGES=all for every page type in every language and
prints the table of results at the end of the run.
"""

import os
import shutil

import pytest

from . import audit


def pytest_collection_modifyitems(items):
    for item in items:
        if "a11y" in str(item.fspath):
            item.add_marker(pytest.mark.a11y)
            if "browser" in item.fixturenames:
                item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def checkers():
    """axe-core and vnu installed by `npm ci` in ops/a11y, and a Java to run vnu."""
    missing = [
        str(path.relative_to(audit.ROOT))
        for path in (audit.AXE_SCRIPT, audit.VNU_JAR)
        if not path.exists()
    ]
    if not shutil.which("java"):
        missing.append("java (Debian's openjdk-17-jre-headless)")
    if missing:
        message = f"missing {', '.join(missing)}: run `make a11y` or `make test` to install"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)


@pytest.fixture
def demo_search_index(db):
    audit.index_the_demo()


def pytest_terminal_summary(terminalreporter, config):
    results = config.stash.get(audit.REPORT_KEY, None)
    if results:
        terminalreporter.section("accessibility, valid HTML and weight")
        terminalreporter.write_line(audit.table(results))

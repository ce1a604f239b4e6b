"""Browser journeys: Debian's Chromium, driven by Playwright, against a live server
(the fixtures are in tests/live_browser.py).

Journeys here only read, unless they write through `committed`: anything the browser
wrote would be committed by the server's own connection and outlive the test.
"""

import pytest


def pytest_collection_modifyitems(items):
    for item in items:
        if "e2e" in str(item.fspath):
            item.add_marker(pytest.mark.browser)

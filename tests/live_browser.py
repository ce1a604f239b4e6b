"""The live server and the browser, for the journeys (tests/e2e) and the accessibility
checks (tests/a11y): one server thread and one Chromium for the whole session, since
Playwright's sync API cannot run twice in one thread. Registered in tests/conftest.py.

The server runs in a thread of the test process on the session's test database, so
it serves the seeded demo.
"""

import os
import shutil

import pytest

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

# Playwright's sync API runs an event loop in this thread; the ORM calls made by the
# tests themselves are still synchronous and safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(scope="session")
def site_server(django_db_setup, django_db_blocker):
    from django.db import connections
    from django.test.testcases import LiveServerThread, _StaticFilesHandler

    with django_db_blocker.unblock():
        shared = {
            connection.alias: connection
            for connection in connections.all()
            if connection.vendor == "sqlite" and connection.is_in_memory_db()
        }
        for connection in shared.values():
            connection.inc_thread_sharing()
        thread = LiveServerThread(
            "127.0.0.1", _StaticFilesHandler, connections_override=shared, port=0
        )
        thread.daemon = True
        thread.start()
        thread.is_ready.wait()
        if thread.error:
            raise thread.error
    yield f"http://127.0.0.1:{thread.port}"
    thread.terminate()
    for connection in shared.values():
        connection.dec_thread_sharing()


@pytest.fixture(scope="session")
def browser():
    if not shutil.which(CHROMIUM):
        if os.environ.get("CI") == "true":
            pytest.fail(f"{CHROMIUM} is missing (install Debian's chromium package)")
        pytest.skip(f"{CHROMIUM} is missing: browser journeys skipped")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, site_server, db):
    context = browser.new_context(base_url=site_server, locale="en-GB")
    page = context.new_page()
    # A victim's browser must not talk to anyone but this site.
    outside = []
    page.on(
        "request",
        lambda request: (
            None
            if request.url.startswith(site_server) or request.url.startswith("data:")
            else outside.append(request.url)
        ),
    )
    yield page
    context.close()
    assert not outside, f"requests left the site: {outside}"


@pytest.fixture
def committed(db):
    """Runs a function so that the live server sees its writes at once.

    On PostgreSQL the test's own connection sits in a transaction the server thread
    cannot see, so the function runs on a connection of its own and commits; on SQLite
    the server shares the test's connection and sees everything already.
    """
    import threading

    from django.db import connection, connections

    def run(function, *args, **kwargs):
        if connection.vendor == "sqlite":
            return function(*args, **kwargs)
        outcome = {}

        def target():
            try:
                outcome["value"] = function(*args, **kwargs)
            except BaseException as error:  # noqa: BLE001 - re-raised in the test's thread
                outcome["error"] = error
            finally:
                connections.close_all()

        thread = threading.Thread(target=target)
        thread.start()
        thread.join()
        if "error" in outcome:
            raise outcome["error"]
        return outcome.get("value")

    return run

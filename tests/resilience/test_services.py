"""The site keeps serving pages while PostgreSQL restarts and when the search node stops
answering; the app itself is never restarted."""

import sqlite3
import subprocess

import psycopg2
import pytest
from django.db import OperationalError

from manual.models import ManualChapterPage

from .conftest import CHECKOUT

pytestmark = pytest.mark.django_db

DEGRADED_NOTICE = 'class="alert alert--warning"'


@pytest.fixture(scope="module")
def pages(live_site, django_db_blocker):
    with django_db_blocker.unblock():
        chapter = ManualChapterPage.objects.live().filter(locale__language_code="en").first()
        return ["/en/", chapter.url, "/en/search/?q=Payoke"]


def test_pages_are_served_right_after_postgresql_restarts(live_site, second_postgres, pages):
    for path in pages:
        assert live_site.get(path)[0] == 200, path
    workers = live_site.worker_pids()

    restarted = subprocess.run(
        [CHECKOUT / "ops" / "postgres.sh", "restart"],
        env=second_postgres["env"],
        capture_output=True,
        text=True,
    )
    assert restarted.returncode == 0, restarted.stderr

    # The worker's connection died with the server: the health check at the next
    # request notices and opens a new one (CONN_HEALTH_CHECKS), so no request fails.
    for path in pages:
        assert live_site.get(path)[0] == 200, path
    assert live_site.worker_pids() == workers  # the same worker, not a restarted one


def test_pages_and_search_keep_working_when_the_search_node_is_cut(
    live_site, search_forwarder, pages, request
):
    if search_forwarder is None:
        pytest.skip("no search node (SEARCH_URL unset): `make test` starts one")
    request.getfixturevalue("refresh")()  # the index holds the seeded demo (rebuilt)
    status, html = live_site.get("/en/search/?q=Payoke")
    assert status == 200 and DEGRADED_NOTICE not in html

    search_forwarder.cut()

    for path in pages:
        assert live_site.get(path)[0] == 200, path
    status, html = live_site.get("/en/search/?q=Payoke")
    assert status == 200
    assert DEGRADED_NOTICE in html  # says so, and answers from the database
    assert "search-result__title" in html


# Django raises its own OperationalError from the driver's (django.db.utils).
def connection_cut():
    message = "server closed the connection unexpectedly"
    raise OperationalError(message) from psycopg2.OperationalError(message)


def bad_query():
    message = "no such column: name"
    raise OperationalError(message) from sqlite3.OperationalError(message)


@pytest.mark.parametrize(("cause", "status"), [(connection_cut, 503), (bad_query, 500)])
def test_only_a_database_outage_is_a_503(client, monkeypatch, cause, status):
    """While PostgreSQL is down (a restart, a failover) readers get a temporary error with
    Retry-After; an error of a query is a bug, and stays a 500."""
    from home.models import HomePage

    def serve(*args, **kwargs):
        cause()

    monkeypatch.setattr(HomePage, "serve", serve)
    client.raise_request_exception = False
    response = client.get("/en/")
    assert response.status_code == status
    assert response.get("Retry-After") == ("5" if status == 503 else None)

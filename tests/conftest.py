"""Shared fixtures: the demo site is seeded once per test session, as `make run` seeds it."""

import io
import os

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from modelsearch.backends import get_search_backend

LANGUAGES = ["en", "hu", "nl", "fr"]

# The live server, Chromium and `committed`, shared by tests/e2e and tests/a11y.
pytest_plugins = ["tests.live_browser"]


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        call_command("seed_demo", stdout=io.StringIO())


@pytest.fixture(autouse=True)
def _fresh_caches():
    # Wagtail caches site root paths; tests that add pages must not see stale ones.
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


@pytest.fixture
def get_page(client):
    """GETs a URL, asserts the status, and returns the parsed HTML."""

    def get(url, status=200, **kwargs):
        response = client.get(url, **kwargs)
        assert response.status_code == status, (url, response.status_code)
        return soup(response)

    return get


# -- search: the real OpenSearch node that `make test` starts (SEARCH_URL) ------------------
# Pages written by other tests reach the engine but their transactions roll back, so each
# engine test starts from a rebuilt index of what its own database holds.


@pytest.fixture
def engine(db):
    from django.conf import settings

    if not settings.SEARCH_URL:
        if os.environ.get("CI") == "true":
            pytest.fail("SEARCH_URL is not set: the search engine tests need the OpenSearch node")
        pytest.skip("no search engine (SEARCH_URL unset): run `make test` to start OpenSearch")
    backend = get_search_backend("default")
    call_command("search_reindex", "--engine-only", stdout=io.StringIO())
    return backend


@pytest.fixture
def refresh(engine):
    """Makes what was just written visible to searches."""

    def refresh():
        engine.refresh_indexes()

    return refresh


@pytest.fixture
def database_search(settings):
    """The single-machine setup: no SEARCH_URL, Wagtail's database backend only."""
    settings.SEARCH_URL = ""
    settings.WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}

"""Search tests run against the real OpenSearch node that `make test` starts (SEARCH_URL).

Pages written by other tests reach the engine but their transactions roll back, so
each engine test starts from a rebuilt index of what its own database holds.
"""

import io
import os

import pytest
from django.core.management import call_command
from modelsearch.backends import get_search_backend

from search.service import SearchRequest, search_site


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


def find(query, language="en", user=None, **filters):
    from django.contrib.auth.models import AnonymousUser

    return search_site(
        SearchRequest(query=query, language=language, user=user or AnonymousUser(), **filters)
    )


def titles(outcome):
    return [result.title for result in outcome.results]

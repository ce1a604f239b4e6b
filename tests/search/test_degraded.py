"""With no engine, or with the engine down, search still answers from the database."""

import io

import pytest
from django.core.management import call_command
from modelsearch.backends import get_search_backend

from home.models import HomePage
from search.models import PendingIndexUpdate
from tests.factories import StandardPageFactory
from tests.search.conftest import find, titles

DEAD_URL = "http://127.0.0.1:9"  # the discard port: nothing listens, connections are refused


@pytest.mark.smoke
@pytest.mark.django_db
def test_database_backend_groups_translations_like_the_engine(database_search):
    outcome = find("Payoke", "nl")
    assert outcome.results and not outcome.degraded
    keys = [result.obj.translation_key for result in outcome.results]
    assert len(keys) == len(set(keys))  # one result per group of translations
    assert all(result.language == "nl" for result in outcome.results)
    assert all(len(result.versions) == 4 for result in outcome.results)
    assert any("<mark>" in result.snippet for result in outcome.results)


@pytest.mark.smoke
@pytest.mark.django_db
def test_database_search_page_works_without_an_engine(database_search, client):
    response = client.get("/hu/search/", {"q": "Payoke"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "search-result__title" in html
    assert "csökkentett" not in html  # no degradation notice: this is the normal setup


@pytest.fixture
def engine_down(engine, settings):
    """The configured engine stops answering (a real refused connection)."""
    settings.WAGTAILSEARCH_BACKENDS = {
        **settings.WAGTAILSEARCH_BACKENDS,
        "default": {**settings.WAGTAILSEARCH_BACKENDS["default"], "URLS": [DEAD_URL]},
    }
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


def test_search_says_it_is_degraded_and_answers_from_the_database(engine_down, client):
    outcome = find("Payoke", "fr")
    assert outcome.degraded and outcome.results
    html = client.get("/fr/search/", {"q": "Payoke"}).content.decode()
    assert 'class="alert alert--warning"' in html
    assert "mode réduit" in html


def test_publishing_works_while_the_engine_is_down_and_is_caught_up(engine_down, settings, refresh):
    page = StandardPageFactory(
        parent=HomePage.objects.get(locale__language_code="en"), title="Okapi protocol"
    )
    assert PendingIndexUpdate.objects.filter(object_id=str(page.pk), action="index").exists()

    # the engine comes back
    settings.WAGTAILSEARCH_BACKENDS = {
        **settings.WAGTAILSEARCH_BACKENDS,
        "default": {**settings.WAGTAILSEARCH_BACKENDS["default"], "URLS": [settings.SEARCH_URL]},
    }
    from django.core.cache import cache

    cache.clear()
    output = io.StringIO()
    call_command("search_catch_up", stdout=output)
    assert "1 missed update(s)" in output.getvalue()
    assert not PendingIndexUpdate.objects.exists()
    get_search_backend("default").refresh_indexes()
    assert titles(find("okapi protocol")) == ["Okapi protocol"]


def test_wagtail_admin_search_answers_from_the_database_while_the_engine_is_down(
    engine_down, admin_client
):
    for url in ("/admin/pages/search/", "/admin/documents/", "/admin/images/"):
        response = admin_client.get(url, {"q": "Payoke"})
        assert response.status_code == 200, url
    assert "Payoke" in admin_client.get("/admin/pages/search/", {"q": "Payoke"}).content.decode()

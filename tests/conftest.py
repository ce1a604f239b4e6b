"""Shared fixtures: the demo site is seeded once per test session, as `make run` seeds it."""

import io

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command

LANGUAGES = ["en", "hu", "nl", "fr"]


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

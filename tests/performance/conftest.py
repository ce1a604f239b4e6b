"""Fixtures of the performance tests: the anonymous page cache switched on."""

import pytest
from django.core.cache import caches


@pytest.fixture
def page_cache(settings):
    """The page cache as in production (the rest of the suite runs without it)."""
    settings.PAGE_CACHE_SECONDS = 600
    caches["pages"].clear()
    yield caches["pages"]
    caches["pages"].clear()

"""Fixtures of the referral tests: the seeded demo's referral pages."""

import pytest

from referral.models import DirectoryIndexPage, PathwayIndexPage

# The search tests' fixtures (engine on the real node, or the database backend only).
from tests.search.conftest import database_search, engine, refresh  # noqa: F401


@pytest.fixture
def directory(db):
    return DirectoryIndexPage.objects.get(locale__language_code="en")


@pytest.fixture
def pathways(db):
    return PathwayIndexPage.objects.get(locale__language_code="en")

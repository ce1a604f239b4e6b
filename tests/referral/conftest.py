"""Fixtures of the referral tests: the seeded demo's referral pages."""

import pytest

from referral.models import DirectoryIndexPage, PathwayIndexPage


@pytest.fixture
def directory(db):
    return DirectoryIndexPage.objects.get(locale__language_code="en")


@pytest.fixture
def pathways(db):
    return PathwayIndexPage.objects.get(locale__language_code="en")

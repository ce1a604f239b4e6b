"""Fixtures of the manual's tests: the seeded demo manual in each language."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from manual.models import GlossaryPage, ManualChapterPage, ManualIndexPage


@pytest.fixture(autouse=True)
def _no_background_pdf_builds(settings):
    """Publishing in a test marks the PDF stale but builds nothing behind the test's back."""
    settings.MANUAL_PDF_BUILD = "off"


def manual_index(language_code):
    return ManualIndexPage.objects.live().get(locale__language_code=language_code)


def chapters(language_code):
    return (
        ManualChapterPage.objects.live()
        .filter(locale__language_code=language_code)
        .order_by("path")
    )


def glossary_page(language_code):
    return GlossaryPage.objects.live().get(locale__language_code=language_code)


def first_chapter(language_code):
    return chapters(language_code).first()


class QueryCounter(CaptureQueriesContext):
    def __init__(self):
        super().__init__(connection)

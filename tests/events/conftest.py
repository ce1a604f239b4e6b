import pytest
from wagtail.models import Locale

from ravot_events.models import EventIndexPage, EventPage


@pytest.fixture
def events_index():
    """The English events index of the demo."""

    def get(language_code="en"):
        return EventIndexPage.objects.get(locale__language_code=language_code)

    return get


def demo_event(key_slug, language_code="en"):
    """A demo event by its English slug, in the given language."""
    english = EventPage.objects.get(locale__language_code="en", slug=key_slug)
    if language_code == "en":
        return english
    return english.get_translation(Locale.objects.get(language_code=language_code))

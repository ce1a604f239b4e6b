"""Factories for event pages and speakers, on wagtail-factories."""

import datetime
import zoneinfo

import factory
import wagtail_factories
from wagtail.models import Locale

from ravot_events.models import EventIndexPage, EventPage, Speaker

BRUSSELS = zoneinfo.ZoneInfo("Europe/Brussels")


class SpeakerFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Representative of test organisation {n}")
    organisation = "Test organisation"
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = Speaker


class EventIndexPageFactory(wagtail_factories.PageFactory):
    title = "Events"

    class Meta:
        model = EventIndexPage


class EventPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Test event {n}")
    summary = "What the event is about."
    event_type = "workshop"
    time_zone = "Europe/Brussels"
    start = factory.Sequence(
        lambda n: datetime.datetime(2015, 3, 2, 9, tzinfo=BRUSSELS) + datetime.timedelta(days=n)
    )
    end = factory.LazyAttribute(lambda page: page.start + datetime.timedelta(hours=8))
    venue_name = "Test venue"
    venue_city = "Brussels"
    venue_country = "BE"
    host = "Test host"

    class Meta:
        model = EventPage


def session(start, end, title, speakers=(), kind="talk", room="", day=None):
    """An agenda item as the StreamField expects it."""
    return (
        "session",
        {
            "date": day,
            "start_time": datetime.time.fromisoformat(start),
            "end_time": datetime.time.fromisoformat(end) if end else None,
            "title": title,
            "session_type": kind,
            "description": "",
            "room": room,
            "speakers": list(speakers),
        },
    )

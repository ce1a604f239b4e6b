"""The events demo: four languages, the project's events, and idempotent seeding."""

import datetime
import io

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.models import Collection, Revision

from ravot_events.demo import content
from ravot_events.demo.seed import EventsDemo
from ravot_events.models import EventIndexPage, EventPage, Speaker
from tests.conftest import LANGUAGES

from .conftest import demo_event


def counts():
    models = [EventPage, EventIndexPage, Speaker, get_document_model(), Revision]
    return {model.__name__: model.objects.count() for model in models}


@pytest.mark.smoke
@pytest.mark.django_db
def test_second_run_changes_nothing():
    before = counts()
    output = io.StringIO()
    call_command("seed_demo", stdout=output)
    assert counts() == before
    assert "0 new English events" in output.getvalue()


@pytest.mark.django_db
@pytest.mark.parametrize("language_code", LANGUAGES)
def test_every_language_has_every_event_and_speaker(language_code):
    events = EventPage.objects.live().filter(locale__language_code=language_code)
    assert events.count() == len(content.EVENTS) + 1
    assert {e.event_type for e in events} == {"workshop", "study_visit", "conference", "webinar"}
    assert set(events.values_list("venue_country", flat=True)) >= {"HU", "BE", "NL"}
    speakers = Speaker.objects.filter(locale__language_code=language_code)
    assert speakers.count() == len(content.SPEAKERS)


@pytest.mark.django_db
def test_demo_tells_the_project_facts():
    kick_off = demo_event("kick-off-conference-budapest-2014")
    assert kick_off.local_start.date() == datetime.date(2014, 6, 17)
    assert kick_off.venue_name == "Ministry of Interior of Hungary"
    closing = demo_event("closing-conference-budapest-2016")
    assert closing.local_start.date().replace(day=1) == datetime.date(2016, 1, 1)
    assert closing.venue_city == "Budapest"
    assert len(closing.agenda) >= 10
    assert len(closing.speakers()) >= 8
    cities = set(
        EventPage.objects.filter(locale__language_code="en", event_type="workshop").values_list(
            "venue_city", flat=True
        )
    )
    assert cities == {"Budapest", "Brussels", "The Hague"}


@pytest.mark.django_db
def test_past_events_have_reports_and_materials_in_the_events_collection():
    events = Collection.objects.get(name="Events")
    for event in EventPage.objects.filter(locale__language_code="en").past():
        assert event.report_outcomes and event.report_conclusions, event
        assert event.materials, event
        for block in event.materials:
            assert block.value["document"].collection == events
            assert block.value["document"].file.read(5) == b"%PDF-"


@pytest.mark.django_db
@pytest.mark.parametrize("language_code", ["hu", "nl", "fr"])
def test_translations_are_real_and_linked(language_code):
    for english in EventPage.objects.filter(locale__language_code="en"):
        translated = demo_event(english.slug, language_code)
        assert translated.title != english.title
        assert translated.start == english.start and translated.time_zone == english.time_zone
        speakers = [s for b in translated.agenda for s in b.value["speakers"]]
        assert all(s.locale.language_code == language_code for s in speakers)


@pytest.mark.django_db
def test_speakers_are_roles_not_names():
    for speaker in Speaker.objects.filter(locale__language_code="en"):
        assert speaker.name.startswith(("Representative of", "Moderator")), speaker.name


@pytest.mark.django_db
def test_upcoming_event_is_dated_from_today():
    upcoming = EventPage.objects.filter(locale__language_code="en").upcoming()
    [event] = upcoming
    days = (event.local_start.date() - timezone.localdate()).days
    assert 40 <= days <= 50
    assert event.local_start.time() == datetime.time(10)
    assert event.time_zone == "Europe/Brussels"
    assert event.registration_is_open()


@pytest.mark.django_db
def test_upcoming_event_moves_ahead_once_its_day_has_passed():
    english = EventPage.objects.get(locale__language_code="en", slug=content.UPCOMING["slug"].en)
    for version in english.get_translations(inclusive=True).specific():
        version.start -= datetime.timedelta(days=100)
        version.end -= datetime.timedelta(days=100)
        version.registration_deadline -= datetime.timedelta(days=100)
        version.save()
    EventsDemo(io.StringIO()).run()
    for version in english.get_translations(inclusive=True).specific():
        version.refresh_from_db()
        assert version.end > timezone.now()

"""iCalendar files and feeds: valid RFC 5545 with the event's zone, read back by two
parsers (icalendar, which writes them, and vobject, which does not); RSS and Atom."""

import datetime
import zoneinfo

import feedparser
import icalendar
import pytest
import vobject
from django.utils import timezone

from ravot_events.models import EventPage
from tests.conftest import LANGUAGES

from .conftest import demo_event
from .factories import EventPageFactory, session

BRUSSELS_WORKSHOP = "workshop-assistance-and-protection-brussels"
UTC = datetime.UTC


def fetch(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return response


@pytest.mark.django_db
def test_event_calendar_has_the_event_in_its_own_zone(client):
    event = demo_event(BRUSSELS_WORKSHOP)
    response = fetch(client, f"{event.url}calendar/")
    assert response["Content-Disposition"] == f'attachment; filename="{event.slug}.ics"'

    calendar = icalendar.Calendar.from_ical(response.content)
    assert calendar["VERSION"] == "2.0"
    assert calendar["PRODID"]
    [vevent] = calendar.walk("VEVENT")
    assert vevent["SUMMARY"] == event.title
    assert vevent["DTSTART"].params["TZID"] == "Europe/Brussels"
    assert vevent["DTSTART"].dt == datetime.datetime(
        2014, 11, 18, 9, tzinfo=zoneinfo.ZoneInfo("Europe/Brussels")
    )
    assert vevent["DTEND"].params["TZID"] == "Europe/Brussels"
    assert vevent["URL"] == f"http://testserver{event.url}"
    assert "Meeting centre in central Brussels" in vevent["LOCATION"]
    assert "Belgium" in vevent["LOCATION"]
    assert "Payoke" in vevent["DESCRIPTION"]
    assert vevent["UID"].startswith(f"event-{event.translation_key}@")
    assert vevent["DTSTAMP"].dt.tzinfo is not None
    [vtimezone] = calendar.walk("VTIMEZONE")
    assert vtimezone["TZID"] == "Europe/Brussels"
    assert {part.name for part in vtimezone.subcomponents} == {"STANDARD", "DAYLIGHT"}
    assert calendar.get_missing_tzids() == set()
    # Lines are folded at 75 octets and end in CRLF, as RFC 5545 asks.
    assert all(len(line) <= 75 for line in response.content.split(b"\r\n"))


@pytest.mark.django_db
def test_calendar_of_an_event_with_a_unicode_slug(client, events_index):
    event = EventPageFactory(parent=events_index("hu"), title="Műhely", slug="műhely-győr")
    response = fetch(client, f"{event.url}calendar/")
    assert response["Content-Disposition"] == (
        "attachment; filename*=utf-8''m%C5%B1hely-gy%C5%91r.ics"
    )


@pytest.mark.django_db
def test_independent_parser_reads_09_00_brussels_as_08_00_utc(client):
    """An event at 09:00 Europe/Brussels in winter is 08:00 UTC."""
    response = fetch(client, f"{demo_event(BRUSSELS_WORKSHOP).url}calendar/")
    parsed = vobject.readOne(response.content.decode())
    start = parsed.vevent.dtstart.value
    assert start.utcoffset() == datetime.timedelta(hours=1)
    assert start.astimezone(UTC) == datetime.datetime(2014, 11, 18, 8, tzinfo=UTC)
    assert parsed.vevent.dtend.value.astimezone(UTC).hour == 16
    assert parsed.vtimezone.tzid.value == "Europe/Brussels"


@pytest.mark.django_db
def test_summer_time_is_honoured(client, events_index):
    """09:00 in Amsterdam in June is 07:00 UTC."""
    amsterdam = zoneinfo.ZoneInfo("Europe/Amsterdam")
    event = EventPageFactory(
        parent=events_index(),
        time_zone="Europe/Amsterdam",
        start=datetime.datetime(2015, 6, 10, 9, tzinfo=amsterdam),
        end=datetime.datetime(2015, 6, 10, 12, tzinfo=amsterdam),
    )
    parsed = vobject.readOne(fetch(client, f"{event.url}calendar/").content.decode())
    assert parsed.vevent.dtstart.value.astimezone(UTC).hour == 7


@pytest.mark.django_db
@pytest.mark.parametrize("language_code", LANGUAGES)
def test_calendar_speaks_the_page_language(client, language_code):
    event = demo_event(BRUSSELS_WORKSHOP, language_code)
    calendar = icalendar.Calendar.from_ical(fetch(client, f"{event.url}calendar/").content)
    [vevent] = calendar.walk("VEVENT")
    assert vevent["SUMMARY"] == event.title
    assert vevent["URL"].endswith(event.url)
    # One event, one UID in every language.
    assert vevent["UID"].startswith(f"event-{event.translation_key}@")


@pytest.mark.django_db
def test_agenda_calendar_has_one_event_per_session(client, events_index):
    event = EventPageFactory(
        parent=events_index(),
        start=datetime.datetime(2015, 3, 2, 8, tzinfo=UTC),
        end=datetime.datetime(2015, 3, 3, 16, tzinfo=UTC),
        agenda=[
            session("09:00", "10:00", "Opening", room="Hall"),
            session("10:00", None, "Without an end"),
            session("11:30", "12:00", "Coffee", kind="break"),
            session("16:00", None, "Last of the day"),
            session("11:00", "12:00", "Day two", day=datetime.date(2015, 3, 3)),
        ],
    )
    response = fetch(client, f"{event.url}agenda/calendar/")
    calendar = icalendar.Calendar.from_ical(response.content)
    vevents = calendar.walk("VEVENT")
    assert [str(v["SUMMARY"]) for v in vevents] == [
        "Opening",
        "Without an end",
        "Coffee",
        "Last of the day",
        "Day two",
    ]
    assert all(v["DTSTART"].params["TZID"] == "Europe/Brussels" for v in vevents)
    assert vevents[0]["LOCATION"].startswith("Hall, ")
    # A session without an end lasts until the next one starts, or half an hour at the
    # end of a day.
    assert vevents[1]["DTEND"].dt.time() == datetime.time(11, 30)
    assert vevents[3]["DTEND"].dt.time() == datetime.time(16, 30)
    assert vevents[4]["DTSTART"].dt == datetime.datetime(
        2015, 3, 3, 11, tzinfo=zoneinfo.ZoneInfo("Europe/Brussels")
    )
    assert len({str(v["UID"]) for v in vevents}) == 5
    assert all(v["RELATED-TO"] for v in vevents)
    assert len(list(vobject.readComponents(response.content.decode()))) == 1


@pytest.mark.django_db
@pytest.mark.parametrize("language_code", LANGUAGES)
def test_upcoming_feed_of_each_language(client, events_index, language_code):
    index = events_index(language_code)
    response = fetch(client, f"{index.url}calendar/")
    calendar = icalendar.Calendar.from_ical(response.content)
    upcoming = list(EventPage.objects.child_of(index).live().upcoming())
    assert [str(v["SUMMARY"]) for v in calendar.walk("VEVENT")] == [e.title for e in upcoming]
    assert calendar.get_missing_tzids() == set()
    assert "Content-Disposition" not in response  # subscribed to, not downloaded
    parsed = vobject.readOne(response.content.decode())
    assert parsed.vevent.dtstart.value > timezone.now()


@pytest.mark.django_db
def test_upcoming_feed_with_several_zones(client, events_index):
    index = events_index()
    soon = timezone.now() + datetime.timedelta(days=20)
    EventPageFactory(
        parent=index,
        time_zone="Europe/Budapest",
        start=soon,
        end=soon + datetime.timedelta(hours=2),
    )
    calendar = icalendar.Calendar.from_ical(fetch(client, f"{index.url}calendar/").content)
    assert {tz["TZID"] for tz in calendar.walk("VTIMEZONE")} == {
        "Europe/Brussels",
        "Europe/Budapest",
    }


@pytest.mark.django_db
def test_event_page_offers_the_calendars(get_page):
    event = demo_event(BRUSSELS_WORKSHOP, "nl")
    actions = get_page(event.url).select(".event-actions a")
    assert [a["href"] for a in actions] == [f"{event.url}calendar/", f"{event.url}agenda/calendar/"]
    assert actions[0].get_text(" ", strip=True).startswith("Toevoegen aan mijn agenda")


@pytest.mark.django_db
@pytest.mark.parametrize("language_code", LANGUAGES)
@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_rss_and_atom_feeds_of_each_language(client, events_index, language_code, kind):
    index = events_index(language_code)
    response = client.get(f"{index.url}feed/{kind}/")
    assert response.status_code == 200
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    assert feed.version == ("rss20" if kind == "rss" else "atom10")
    events = list(EventPage.objects.child_of(index).live().order_by("-start"))
    assert [entry.title for entry in feed.entries] == [event.title for event in events]
    assert all(e.link.startswith(f"http://testserver/{language_code}/") for e in feed.entries)
    assert all(entry.tags for entry in feed.entries)


@pytest.mark.django_db
def test_listing_links_its_feeds_and_calendar(get_page, events_index):
    index = events_index("fr")
    links = get_page(index.url).find_all("link", rel="alternate", href=True)
    hrefs = {link["type"]: link["href"] for link in links if link.get("type")}
    assert hrefs == {
        "application/rss+xml": f"{index.url}feed/rss/",
        "application/atom+xml": f"{index.url}feed/atom/",
        "text/calendar": f"{index.url}calendar/",
    }

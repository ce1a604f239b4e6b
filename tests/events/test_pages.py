"""Event pages and the events index render in every language, in the event's local time."""

import datetime
import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from ravot_events.models import EventPage
from tests.conftest import LANGUAGES, soup

from .conftest import demo_event
from .factories import EventPageFactory, SpeakerFactory, session

CLOSING = "closing-conference-budapest-2016"
BRUSSELS_WORKSHOP = "workshop-assistance-and-protection-brussels"


@pytest.mark.smoke
@pytest.mark.django_db
@pytest.mark.parametrize("language_code", LANGUAGES)
def test_index_renders_in_its_language(get_page, events_index, language_code):
    index = events_index(language_code)
    assert index.url.startswith(f"/{language_code}/")

    html = get_page(index.url)

    assert html.html["lang"] == language_code
    assert html.find("h1").get_text(strip=True) == index.title
    upcoming = html.find("section", attrs={"aria-labelledby": "upcoming-heading"})
    past = html.find("section", attrs={"aria-labelledby": "past-heading"})
    assert len(upcoming.select(".event-list__item")) == 1
    assert len(past.select(".event-list__item")) == 8
    links = [a["href"] for a in html.select("a.card__link")]
    assert all(href.startswith(index.url) for href in links)


@pytest.mark.smoke
@pytest.mark.django_db
@pytest.mark.parametrize("language_code", LANGUAGES)
def test_event_page_renders_in_its_language(get_page, language_code):
    event = demo_event(CLOSING, language_code)
    html = get_page(event.url)

    assert html.html["lang"] == language_code
    assert html.find("h1").get_text(strip=True) == event.title
    assert html.find("main").get("lang") is None
    # The agenda is a table with a caption, column headers and one row header per session.
    table = html.select_one("section.agenda table")
    assert table.find("caption").find("time")["datetime"] == "2016-01-20"
    assert [th["scope"] for th in table.select("thead th")] == ["col", "col", "col"]
    rows = table.select("tbody tr")
    assert len(rows) == 12
    assert all(row.find("th", scope="row") for row in rows)
    # Speakers appear in the reader's language (they are translated snippets).
    speakers = [h.get_text(strip=True) for h in html.select(".event-speakers h3")]
    english = [s.name for s in demo_event(CLOSING).speakers()]
    assert len(speakers) == len(english)
    if language_code != "en":
        assert set(speakers).isdisjoint(english)


@pytest.mark.django_db
def test_hungarian_page_speaks_hungarian(get_page):
    html = get_page(demo_event(CLOSING, "hu").url)
    text = html.find("main").get_text(" ", strip=True)
    for phrase in [
        "Program",
        "Előadók",
        "Beszámoló",
        "Ajánlások",
        "Anyagok",
        "A Belügyminisztérium",
    ]:
        assert phrase in text, phrase
    assert "2016. január 20." in text


@pytest.mark.django_db
def test_times_are_shown_in_the_event_zone_and_the_zone_is_named(get_page):
    """09:00 in Brussels reads 09:00, although the site's own zone is Budapest's."""
    html = get_page(demo_event(BRUSSELS_WORKSHOP).url)
    when = html.select_one(".event-facts__item dd")
    first, last = when.find_all("time")
    assert first["datetime"] == "2014-11-18T09:00:00+01:00"
    assert first.get_text(strip=True) == "18 November 2014, 09:00"
    assert last.get_text(strip=True) == "17:00"
    assert "Europe/Brussels" in when.get_text()
    assert "CET, UTC+01:00" in when.get_text()
    first_session = html.select_one("section.agenda tbody th time")
    assert first_session.get_text(strip=True) == "09:00"
    assert first_session["datetime"] == "2014-11-18T09:00:00+01:00"


@pytest.mark.django_db
def test_agenda_is_in_time_order_and_grouped_by_day(get_page, events_index):
    event = EventPageFactory(
        parent=events_index(),
        start=datetime.datetime(2015, 5, 4, 9, tzinfo=datetime.UTC),
        end=datetime.datetime(2015, 5, 5, 15, tzinfo=datetime.UTC),
        agenda=[
            session("14:00", "15:00", "Second day, afternoon", day=datetime.date(2015, 5, 5)),
            session("13:00", "14:00", "First day, afternoon"),
            session("11:00", "12:00", "First day, morning"),
        ],
    )
    html = get_page(event.url)
    tables = html.select("section.agenda table")
    assert [t.find("caption").get_text(" ", strip=True)[:5] for t in tables] == ["Day 1", "Day 2"]
    titles = [[s.get_text() for s in t.select(".agenda__title")] for t in tables]
    assert titles == [["First day, morning", "First day, afternoon"], ["Second day, afternoon"]]


@pytest.mark.django_db
def test_report_and_materials_appear_once_the_event_is_over(get_page, events_index):
    demo = demo_event(CLOSING)
    event = EventPageFactory(
        parent=events_index(),
        start=timezone.now() + datetime.timedelta(days=3),
        end=timezone.now() + datetime.timedelta(days=3, hours=6),
        report_outcomes="<p>A secret outcome.</p>",
        materials=demo.materials.raw_data,
    )
    before = get_page(event.url)
    assert before.find(id="report-heading") is None
    assert "A secret outcome." not in before.get_text()
    assert not before.select("ul.materials a")
    assert before.find("section", class_="event-registration")

    event.start -= datetime.timedelta(days=10)
    event.end -= datetime.timedelta(days=10)
    event.save_revision().publish()
    after = get_page(event.url)
    assert after.find(id="report-heading").get_text(strip=True) == "Report"
    assert "A secret outcome." in after.get_text()
    assert len(after.select("ul.materials a")) == 3
    assert after.find("section", class_="event-registration") is None


@pytest.mark.django_db
def test_editors_preview_the_report_before_the_event(events_index):
    event = EventPageFactory(
        parent=events_index(),
        start=timezone.now() + datetime.timedelta(days=3),
        end=timezone.now() + datetime.timedelta(days=4),
        report_outcomes="<p>Draft outcome.</p>",
    )
    request = event.make_preview_request()
    html = soup(request)
    assert "Draft outcome." in html.get_text()
    assert html.select_one(".event-report .alert")


@pytest.mark.django_db
def test_past_event_without_report_says_it_will_come(get_page, events_index):
    event = EventPageFactory(parent=events_index())
    html = get_page(event.url)
    assert html.select_one(".event-report-pending")


@pytest.mark.django_db
def test_report_links_to_the_pages_it_informed_in_the_reader_language(get_page):
    event = demo_event("workshop-identifying-victims-budapest", "nl")
    html = get_page(event.url)
    links = html.select("ul.related-pages a")
    assert links and all(a["href"].startswith("/nl/") for a in links)


@pytest.mark.django_db
def test_schema_org_event_data(get_page):
    event = demo_event(BRUSSELS_WORKSHOP, "fr")
    html = get_page(event.url)
    [script] = html.find_all("script", type="application/ld+json")
    data = json.loads(script.string)
    assert data["@type"] == "Event"
    assert data["name"] == event.title
    assert data["startDate"] == "2014-11-18T09:00:00+01:00"
    assert data["endDate"] == "2014-11-18T17:00:00+01:00"
    assert data["inLanguage"] == "fr"
    assert data["location"]["address"]["addressLocality"] == "Bruxelles"
    assert data["location"]["address"]["addressCountry"] == "BE"
    assert data["organizer"]["name"] == "Payoke"
    assert data["url"] == f"http://testserver{event.url}"
    assert len(data["subEvent"]) == len(event.agenda)
    # No other script in the page's body than the site's own file.
    inline = [s for s in html.find_all("script") if not s.get("src")]
    assert inline == [script]


@pytest.mark.django_db
def test_everything_an_editor_types_is_escaped(client, events_index):
    evil = '</script><script>alert("x")</script>'
    speaker = SpeakerFactory(name=f"<b>{evil}</b>")
    event = EventPageFactory(
        parent=events_index(),
        title=evil,
        venue_name=evil,
        agenda=[session("09:00", "10:00", evil, speakers=[speaker], room=evil)],
    )
    content = client.get(event.url).content.decode()
    assert "<script>alert" not in content
    html = soup(client.get(event.url))
    data = json.loads(html.find("script", type="application/ld+json").string)
    assert data["name"] == evil


@pytest.mark.django_db
def test_event_page_query_count_does_not_grow_with_the_agenda(client, events_index):
    def event_with(speaker_count):
        speakers = [SpeakerFactory() for _ in range(speaker_count)]
        return EventPageFactory(
            parent=events_index(),
            agenda=[
                session(f"{9 + i:02d}:00", f"{9 + i:02d}:30", f"Session {i}", speakers=[s])
                for i, s in enumerate(speakers)
            ],
        )

    small, large = event_with(1), event_with(8)
    client.get(small.url)
    with CaptureQueriesContext(connection) as few:
        assert client.get(small.url).status_code == 200
    with CaptureQueriesContext(connection) as many:
        assert client.get(large.url).status_code == 200
    assert len(many) <= len(few)


@pytest.mark.django_db
@pytest.mark.parametrize("language_code", LANGUAGES)
def test_home_page_shows_the_next_event(get_page, language_code):
    upcoming = (
        EventPage.objects.live().filter(locale__language_code=language_code).upcoming().first()
    )
    html = get_page(f"/{language_code}/")
    section = html.find("section", attrs={"aria-labelledby": "next-event-heading"})
    assert section.select_one("a.card__link").get_text(strip=True) == upcoming.title
    assert section.select_one("a.more-link")["href"] == upcoming.get_parent().url


@pytest.mark.django_db
def test_home_page_says_when_nothing_is_planned(get_page):
    EventPage.objects.filter(locale__language_code="nl").upcoming().delete()
    html = get_page("/nl/")
    section = html.find("section", attrs={"aria-labelledby": "next-event-heading"})
    assert section.find(class_="empty-state").get_text(strip=True) == (
        "Er staat op dit moment geen evenement gepland."
    )

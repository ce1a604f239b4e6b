"""The events listing: upcoming and past, filters without JavaScript, pagination, bad input."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from ravot_events.models import EVENTS_PER_PAGE, EventPage

from .factories import EventPageFactory


def titles(html, section):
    block = html.find("section", attrs={"aria-labelledby": f"{section}-heading"})
    return [a.get_text(strip=True) for a in block.select("a.card__link")] if block else []


def english(slug):
    return EventPage.objects.get(locale__language_code="en", slug=slug).title


@pytest.mark.django_db
def test_upcoming_soonest_first_and_past_latest_first(get_page, events_index):
    index = events_index()
    html = get_page(index.url)
    past = list(EventPage.objects.child_of(index).live().past())
    assert titles(html, "past") == [event.title for event in past]
    assert past[0].start > past[-1].start
    assert titles(html, "upcoming") == [english("online-refresher-referral-across-borders")]


@pytest.mark.django_db
def test_an_event_is_past_only_once_it_has_ended(events_index):
    """The split at the boundary: an event that ends right now is not over yet."""
    now = timezone.now()
    event = EventPageFactory(
        parent=events_index(), start=now - datetime.timedelta(hours=2), end=now
    )
    events = EventPage.objects.filter(pk=event.pk)
    assert list(events.upcoming(now)) == [event]
    assert not events.past(now).exists()
    assert event.is_happening(now) and not event.is_past(now)

    later = now + datetime.timedelta(microseconds=1)
    assert list(events.past(later)) == [event]
    assert not events.upcoming(later).exists()
    assert event.is_past(later)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("type=workshop", 3),
        ("type=study_visit", 3),
        ("type=conference", 2),
        ("country=BE", 2),
        ("country=NL", 2),
        ("year=2014", 5),
        ("year=2015", 2),
        ("type=workshop&country=NL", 1),
        ("type=webinar&year=2014", 0),
    ],
)
def test_filters_by_type_country_and_year(get_page, events_index, query, expected):
    html = get_page(f"{events_index().url}?{query}")
    assert len(titles(html, "past")) == expected
    assert not html.select(".filters .alert")
    if expected == 0:
        assert (
            html.find(class_="empty-state")
            .get_text(" ", strip=True)
            .startswith("No event matches these filters.")
        )
    # The form keeps what the reader chose.
    for pair in query.split("&"):
        name, value = pair.split("=")
        select = html.find("select", attrs={"name": name})
        assert select.find("option", selected=True)["value"] == value


@pytest.mark.django_db
def test_filter_form_works_without_javascript(get_page, events_index):
    form = get_page(events_index("fr").url).find("form", class_="filters")
    assert form["method"] == "get"
    for select in form.find_all("select"):
        label = form.find("label", attrs={"for": select["id"]})
        assert label and label.get_text(strip=True)
    assert form.find("button", type="submit").get_text(strip=True) == "Afficher les événements"
    years = [o["value"] for o in form.find("select", attrs={"name": "year"}).find_all("option")]
    assert years[0] == "" and "2016" in years and "2014" in years


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query",
    [
        "type=bogus",
        "country=XX",
        "year=1800",
        "year=abc",
        "type=%3Cscript%3E&country=&year=",
        "type=workshop&type=%00",
    ],
)
def test_unknown_filter_values_are_reported_and_ignored(client, get_page, events_index, query):
    html = get_page(f"{events_index().url}?{query}")
    alert = html.select_one(".filters .alert[role=alert]")
    assert alert is not None
    invalid = html.select("select[aria-invalid=true]")
    assert invalid
    for select in invalid:
        assert html.find(id=select["aria-describedby"])
    assert "<script>" not in client.get(f"{events_index().url}?{query}").content.decode()
    assert len(titles(html, "past")) >= 8 - 5  # the bad filter is dropped, the rest applies


@pytest.mark.django_db
def test_unknown_filters_do_not_hide_events(get_page, events_index):
    html = get_page(f"{events_index().url}?type=bogus&year=1800")
    assert len(titles(html, "past")) == 8
    assert len(titles(html, "upcoming")) == 1
    messages = [li.get_text() for li in html.select(".filters .alert li")]
    assert len(messages) == 2 and "bogus" in messages[0] and "1800" in messages[1]


@pytest.mark.django_db
@pytest.mark.parametrize("page", ["abc", "0", "-3", "999", "1.5", "%00"])
def test_bad_page_numbers_fall_back(get_page, events_index, page):
    html = get_page(f"{events_index().url}?page={page}")
    assert titles(html, "past")


@pytest.mark.django_db
def test_past_events_paginate_and_keep_the_filters(get_page, events_index):
    index = events_index()
    for _ in range(EVENTS_PER_PAGE + 2):
        EventPageFactory(parent=index, event_type="workshop")
    workshops = EventPage.objects.child_of(index).filter(event_type="workshop").count()

    first = get_page(f"{index.url}?type=workshop")
    assert len(titles(first, "past")) == EVENTS_PER_PAGE
    next_link = first.find("nav", class_="pagination").find("a", rel="next")
    assert next_link["href"] == "?type=workshop&page=2"

    second = get_page(f"{index.url}?type=workshop&page=2")
    assert len(titles(second, "past")) == workshops - EVENTS_PER_PAGE
    assert second.select_one("section ol.event-list[start]")  # numbering continues
    # The upcoming events stay on every page.
    assert titles(second, "upcoming") == titles(first, "upcoming")


@pytest.mark.django_db
def test_empty_listing_says_so(get_page, events_index):
    index = events_index("hu")
    EventPage.objects.child_of(index).delete()
    html = get_page(index.url)
    assert (
        html.find(class_="empty-state")
        .get_text(strip=True)
        .startswith("Ezen a nyelven még nem tettünk közzé eseményt.")
    )


@pytest.mark.django_db
def test_listing_query_count_does_not_grow_with_the_events(client, events_index):
    index = events_index()
    client.get(index.url)
    with CaptureQueriesContext(connection) as few:
        assert client.get(index.url).status_code == 200
    for days in range(1, 7):
        EventPageFactory(parent=index)
        EventPageFactory(
            parent=index,
            start=timezone.now() + datetime.timedelta(days=days),
            end=timezone.now() + datetime.timedelta(days=days, hours=3),
        )
    with CaptureQueriesContext(connection) as many:
        assert client.get(index.url).status_code == 200
    assert len(many) <= len(few), [q["sql"] for q in many.captured_queries]

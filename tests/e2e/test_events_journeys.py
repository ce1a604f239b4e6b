"""A reader finds an event without JavaScript, adds it to a calendar, prints its agenda."""

import re
from pathlib import Path

import pytest
from playwright.sync_api import expect
from wagtail.models import Locale

from ravot_events.models import EventIndexPage, EventPage

CLOSING = "closing-conference-budapest-2016"


def event_url(slug, language_code="en"):
    english = EventPage.objects.get(locale__language_code="en", slug=slug)
    return english.get_translation(Locale.objects.get(language_code=language_code)).url


@pytest.mark.django_db
def test_reader_filters_events_without_javascript(browser, site_server):
    context = browser.new_context(base_url=site_server, java_script_enabled=False)
    page = context.new_page()
    page.goto(EventIndexPage.objects.get(locale__language_code="nl").url)
    page.get_by_label("Land").select_option("BE")
    page.get_by_role("button", name="Evenementen tonen").click()

    expect(page).to_have_url(re.compile(r"country=BE"))
    past = page.locator("section[aria-labelledby=past-heading] .event-list__item")
    expect(past).to_have_count(2)
    expect(page.get_by_label("Land")).to_have_value("BE")
    context.close()


@pytest.mark.django_db
def test_reader_adds_an_event_to_the_calendar_in_one_click(page):
    page.goto(event_url(CLOSING, "fr"))
    with page.expect_download() as download_info:
        page.get_by_role("link", name=re.compile("Ajouter à mon calendrier")).click()
    download = download_info.value
    assert download.suggested_filename.endswith(".ics")
    content = Path(download.path()).read_text(encoding="utf-8")
    assert content.startswith("BEGIN:VCALENDAR")
    assert "DTSTART;TZID=Europe/Budapest:20160120T083000" in content


@pytest.mark.django_db
def test_agenda_prints_on_at_most_two_pages(page):
    page.goto(event_url(CLOSING))
    page.emulate_media(media="print")
    expect(page.locator(".agenda table")).to_be_visible()
    expect(page.locator(".event-report")).to_be_hidden()
    pdf = page.pdf(format="A4")
    pages = len(re.findall(rb"/Type\s*/Page[^s]", pdf))
    assert 1 <= pages <= 2, pages


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["index", "event"])
def test_phone_reader_needs_no_sideways_scrolling(page, path):
    page.set_viewport_size({"width": 360, "height": 740})
    url = EventIndexPage.objects.get(locale__language_code="hu").url
    page.goto(url if path == "index" else event_url(CLOSING, "hu"))
    width = page.evaluate("document.documentElement.scrollWidth")
    wide = page.evaluate(
        """() => Array.from(document.querySelectorAll('body *'))
        .filter(e => e.getBoundingClientRect().right > 361)
        .map(e => `${e.tagName}.${e.className}: ${(e.textContent || '').trim().slice(0, 50)}`)"""
    )
    assert width <= 360, wide[:10]
    expect(page.locator(".agenda table, .event-list").first).to_be_visible()


@pytest.mark.django_db
def test_keyboard_reaches_the_filters_and_the_calendar_links(page):
    page.goto(EventIndexPage.objects.get(locale__language_code="en").url)
    page.get_by_label("Type of event").focus()
    page.keyboard.press("Tab")
    expect(page.get_by_label("Country")).to_be_focused()
    page.goto(event_url(CLOSING))
    link = page.get_by_role("link", name=re.compile("Add to my calendar"))
    link.focus()
    expect(link).to_be_focused()
    outline = link.evaluate("element => getComputedStyle(element).backgroundColor")
    assert outline == "rgb(255, 204, 0)"  # the site's focus fill


@pytest.mark.django_db
def test_reader_elsewhere_also_sees_the_times_in_their_own_zone(browser, site_server):
    """The closing conference starts at 08:30 in Budapest: 02:30 in New York."""
    context = browser.new_context(base_url=site_server, timezone_id="America/New_York")
    page = context.new_page()
    page.goto(event_url(CLOSING))
    local = page.locator(".event-local-time")
    expect(local).to_be_visible()
    expect(local).to_contain_text("In your time zone (America/New_York)")
    expect(local).to_contain_text("02:30")
    expect(local).to_contain_text("11:00")
    context.close()


@pytest.mark.django_db
def test_reader_at_the_venue_sees_no_second_time(browser, site_server):
    context = browser.new_context(base_url=site_server, timezone_id="Europe/Budapest")
    page = context.new_page()
    page.goto(event_url(CLOSING, "hu"))
    expect(page.locator(".event-local-time")).to_be_hidden()
    context.close()

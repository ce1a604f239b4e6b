"""Referral journeys in a real browser: the finder without JavaScript, and the quick exit
on the victims' page with the mouse, the keyboard and the Shift key, with and without
JavaScript."""

import re
import time

import pytest
from playwright.sync_api import expect

from referral.models import GetHelpPage, PathwayIndexPage


def neutral_site(context, exit_url):
    """Answers the neutral site's address in the browser itself (no network here), and
    records every request that leaves this site for another address."""
    outside = []
    context.route(
        re.compile(re.escape(exit_url) + ".*"),
        lambda route: route.fulfill(
            status=200, content_type="text/html", body="<title>Weather</title><p>Weather</p>"
        ),
    )
    return outside


@pytest.fixture
def help_page(db):
    return GetHelpPage.objects.get(locale__language_code="en")


def new_page(browser, site_server, help_page, **options):
    context = browser.new_context(base_url=site_server, locale="en-GB", **options)
    neutral_site(context, help_page.exit_url)
    page = context.new_page()
    others = []
    page.on(
        "request",
        lambda request: (
            None
            if request.url.startswith((site_server, help_page.exit_url, "data:"))
            else others.append(request.url)
        ),
    )
    return context, page, others


@pytest.mark.django_db
def test_dutch_officer_finds_the_steps_without_javascript(browser, site_server):
    """The issue's test: in Dutch, a Hungarian victim in the Netherlands who wants to go
    home, in well under a minute, with JavaScript off."""
    index = PathwayIndexPage.objects.get(locale__language_code="nl")
    context = browser.new_context(base_url=site_server, locale="nl-NL", java_script_enabled=False)
    page = context.new_page()
    started = time.monotonic()

    page.goto(index.url)
    page.get_by_role("group", name=re.compile("Waar is het slachtoffer nu")).get_by_label(
        "Nederland"
    ).check()
    page.get_by_role("group", name=re.compile("land van het slachtoffer")).get_by_label(
        "Hongarije"
    ).check()
    page.get_by_label("Arbeidsuitbuiting").check()
    page.get_by_label("Veilig naar huis terugkeren").check()
    page.get_by_label("Een volwassene").check()
    page.get_by_role("button", name="Route zoeken").click()

    expect(page).to_have_url(re.compile(r"location=NL.*origin=HU"))
    result = page.locator("#finder-result")
    expect(result.get_by_role("heading", name="Nederland")).to_be_visible()
    expect(result.get_by_role("heading", name="Hongarije")).to_be_visible()
    expect(
        result.get_by_role("link", name="Hongaars slachtoffer geïdentificeerd in Nederland")
    ).to_be_visible()
    expect(result.locator(".referral-step__title").first).to_have_text(
        "Signalen herkennen en melden bij het coördinatiecentrum"
    )
    assert time.monotonic() - started < 60

    # The address is the answer: opening it again shows the same result.
    shared = page.url
    other = context.new_page()
    other.goto(shared)
    expect(other.locator("#finder-result .referral-step").first).to_be_visible()
    context.close()


@pytest.mark.django_db
def test_quick_exit_with_the_keyboard_replaces_the_history_entry(browser, site_server, help_page):
    context, page, others = new_page(browser, site_server, help_page)
    page.goto("/en/")
    page.get_by_role("link", name="Get help").click()
    expect(page).to_have_url(re.compile(re.escape(help_page.url) + "$"))

    page.keyboard.press("Tab")  # the skip link
    page.keyboard.press("Tab")
    quick_exit = page.get_by_role("link", name="Leave this site now")
    expect(quick_exit).to_be_focused()
    page.keyboard.press("Enter")

    expect(page).to_have_url(help_page.exit_url)
    page.go_back()
    # Back leads to the page before the help page, not to the help page.
    expect(page).to_have_url(re.compile(r"/en/$"))
    assert others == []
    context.close()


@pytest.mark.django_db
def test_pressing_shift_three_times_leaves_at_once(browser, site_server, help_page):
    context, page, _others = new_page(browser, site_server, help_page)
    page.goto("/en/")
    page.goto(help_page.url)
    page.locator("main h1").click()  # the reader is somewhere on the page
    for _ in range(3):
        page.keyboard.press("Shift")
    expect(page).to_have_url(help_page.exit_url)
    page.go_back()
    expect(page).to_have_url(re.compile(r"/en/$"))
    context.close()


@pytest.mark.django_db
def test_two_shift_presses_and_typing_do_not_leave(browser, site_server, help_page):
    context, page, _others = new_page(browser, site_server, help_page)
    page.goto(help_page.url)
    page.get_by_role("searchbox").click()
    page.keyboard.press("Shift")
    page.keyboard.press("Shift")
    page.keyboard.type("Help")
    page.keyboard.press("Shift")
    expect(page).to_have_url(re.compile(re.escape(help_page.url) + "$"))
    context.close()


@pytest.mark.django_db
def test_quick_exit_works_as_a_plain_link_without_javascript(browser, site_server, help_page):
    context, page, _others = new_page(browser, site_server, help_page, java_script_enabled=False)
    page.goto(help_page.url)
    page.get_by_role("link", name="Leave this site now").click()
    expect(page).to_have_url(help_page.exit_url)
    context.close()


@pytest.mark.django_db
def test_help_page_on_a_small_phone(browser, site_server, help_page):
    context, page, others = new_page(browser, site_server, help_page)
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(help_page.url)
    quick_exit = page.get_by_role("link", name="Leave this site now")
    expect(quick_exit).to_be_in_viewport()
    expect(page.get_by_role("link", name="Call 112")).to_be_visible()
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 320  # nothing overflows sideways
    page.mouse.wheel(0, 1500)
    expect(quick_exit).to_be_in_viewport()  # it stays at hand while scrolling
    assert others == []
    context.close()

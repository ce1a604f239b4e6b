"""Keyboard journeys in Chromium: a reader with only a keyboard skips to the content, uses
the menus, changes language, searches, leaves the help page at once, and an expert posts in
the forum. Every element the Tab key reaches on the way must show where focus is.

The journeys take a different language each, so that the translated pages are walked too.
"""

import re

import pytest
from django.contrib.sessions.models import Session
from machina.apps.forum_conversation.models import Topic
from playwright.sync_api import expect
from wagtail.models import Locale

from home.models import StandardPage
from referral.models import GetHelpPage

from . import audit

# What the focused element looks like: a focus indicator (a visible outline or the site's
# box-shadow bar) and a box on screen. Empty when all is well, else what is wrong.
FOCUS_PROBLEM = """
() => {
    const element = document.activeElement;
    if (!element || element === document.body) {
        return 'focus was lost';
    }
    if (element.matches('input') && !element.matches(':focus')) {
        return '';  // on a part of a native control (a date's picker button): the browser rings it
    }
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0
        && !/rgba\\(.*,\\s*0\\)$|transparent/.test(style.outlineColor);
    const shadow = style.boxShadow && style.boxShadow !== 'none';
    const box = element.getBoundingClientRect();
    const shown = box.width > 0 && box.height > 0 && box.bottom > 0
        && box.top < window.innerHeight;
    if (outline || shadow) {
        return shown ? '' : `off screen: ${element.outerHTML.slice(0, 120)}`;
    }
    return `no visible focus: ${element.outerHTML.slice(0, 120)}`;
}
"""

TAB_LIMIT = 80


def tab_to(page, target):
    """Presses Tab until `target` has focus, checking the focus indicator at every stop;
    returns how many presses it took."""
    for presses in range(1, TAB_LIMIT + 1):
        page.keyboard.press("Tab")
        problem = page.evaluate(FOCUS_PROBLEM)
        assert not problem, f"{page.url}, Tab {presses}: {problem}"
        if target.evaluate("element => element === document.activeElement"):
            return presses
    raise AssertionError(f"{page.url}: {target} not reached in {TAB_LIMIT} Tab presses")


def press_enter_and_load(page):
    """Enter on a link or a submit button, waiting for the page it leads to."""
    with page.expect_navigation():
        page.keyboard.press("Enter")


@pytest.fixture
def open_page(browser, site_server, db):
    contexts = []

    def open_page(language="en", cookies=(), **options):
        # Reduced motion: the site then scrolls to a focused element at once rather than
        # smoothly, so the check sees where the scroll ends.
        context = audit.open_context(
            browser, site_server, language, cookies, reduced_motion="reduce", **options
        )
        contexts.append(context)
        return context.new_page()

    yield open_page
    for context in contexts:
        context.close()


def test_skip_link_moves_focus_to_the_main_content(open_page):
    page = open_page("fr")
    page.goto("/fr/")
    skip = page.locator("a.skip-link")
    assert tab_to(page, skip) == 1
    expect(skip).to_be_in_viewport()
    page.keyboard.press("Enter")
    expect(page.locator("main#main")).to_be_focused()
    # The next Tab continues inside the content, not back in the header.
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.closest('main') !== null")


def test_main_navigation_is_reached_and_followed(open_page):
    page = open_page("hu")
    page.goto("/hu/")
    link = page.locator(".main-nav__link").nth(1)
    href = link.get_attribute("href")
    tab_to(page, link)
    press_enter_and_load(page)
    expect(page).to_have_url(re.compile(re.escape(href) + "$"))
    expect(page.locator(f'.main-nav__link[href="{href}"]')).to_have_attribute(
        "aria-current", "page"
    )


def test_phone_menu_opens_closes_and_leads_on(open_page):
    page = open_page("nl", viewport={"width": 360, "height": 740})
    page.goto("/nl/")
    toggle = page.locator(".main-nav__toggle")
    menu = page.locator("#main-nav-list")
    tab_to(page, toggle)
    expect(menu).to_be_hidden()
    page.keyboard.press("Enter")
    expect(toggle).to_have_attribute("aria-expanded", "true")
    page.keyboard.press("Tab")
    expect(menu.locator("a").first).to_be_focused()
    page.keyboard.press("Escape")
    expect(menu).to_be_hidden()
    expect(toggle).to_be_focused()
    page.keyboard.press("Space")
    expect(menu).to_be_visible()
    last = menu.locator("a").last
    href = last.get_attribute("href")
    tab_to(page, last)
    press_enter_and_load(page)
    expect(page).to_have_url(re.compile(re.escape(href) + "$"))


def test_locale_switcher_leads_to_the_same_page_in_another_language(open_page):
    english = (
        StandardPage.objects.live().filter(locale__language_code="en").order_by("path").first()
    )
    dutch = english.get_translation(Locale.objects.get(language_code="nl"))
    page = open_page("en")
    page.goto(english.url)
    tab_to(page, page.locator('.locale-switcher a[hreflang="nl"]'))
    press_enter_and_load(page)
    expect(page).to_have_url(re.compile(re.escape(dutch.url) + "$"))
    expect(page.locator("html")).to_have_attribute("lang", "nl")


def test_search_is_typed_submitted_and_its_results_reached(open_page, demo_search_index):
    page = open_page("fr")
    page.goto("/fr/")
    tab_to(page, page.locator("#site-search-query"))
    page.keyboard.type(audit.SEARCH_WORDS["fr"])
    press_enter_and_load(page)
    expect(page).to_have_url(re.compile(r"/fr/search/\?q=traite"))
    first = page.locator(".search-result a").first
    href = first.get_attribute("href")
    tab_to(page, first)
    press_enter_and_load(page)
    expect(page).to_have_url(re.compile(re.escape(href) + "$"))


def test_quick_exit_is_the_second_stop_and_leaves_at_once(open_page):
    help_page = GetHelpPage.objects.get(locale__language_code="hu")
    page = open_page("hu")
    # The neutral site is answered in the browser (no network here).
    page.route(
        re.compile(re.escape(help_page.exit_url) + ".*"),
        lambda route: route.fulfill(status=200, content_type="text/html", body="<p>Weather</p>"),
    )
    page.goto("/hu/")
    page.goto(help_page.url)
    assert tab_to(page, page.locator("#quick-exit")) == 2  # right after the skip link
    press_enter_and_load(page)
    expect(page).to_have_url(help_page.exit_url)
    page.go_back()
    expect(page).to_have_url(re.compile(r"/hu/$"))  # the help page left no history entry


SUBJECT = "Keyboard journey topic"


@pytest.mark.django_db(transaction=False)
def test_expert_posts_a_topic_with_the_keyboard(open_page, site_server, committed):
    def cleanup():
        Topic.objects.filter(subject=SUBJECT).delete()

    cookie = committed(audit.session_cookie, site_server, audit.EXPERT)
    committed(cleanup)
    try:
        page = open_page("en", cookies=[cookie])
        page.goto("/en/forum/")
        tab_to(page, page.locator("main a", has_text="Transnational referrals").first)
        press_enter_and_load(page)
        tab_to(page, page.locator("main a[href$='/topic/create/']"))
        press_enter_and_load(page)
        tab_to(page, page.locator("#id_subject"))
        page.keyboard.type(SUBJECT)
        tab_to(page, page.locator("#id_content"))
        page.keyboard.type("Who has seen agencies move workers between farms every week?")
        tab_to(page, page.locator("form.post-form button[type=submit]:not([name])"))
        press_enter_and_load(page)
        expect(page.locator("main h1")).to_have_text(SUBJECT)
    finally:
        committed(cleanup)
        committed(Session.objects.filter(session_key=cookie["value"]).delete)

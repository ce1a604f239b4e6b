"""A reader uses the manual in a browser: glossary tooltips by keyboard and pointer,
the side-by-side view on a phone, and a chapter printed."""

import re

import pytest
from playwright.sync_api import expect

from manual.models import GlossaryTerm, ManualChapterPage


def chapter(language_code, slug=None):
    pages = ManualChapterPage.objects.live().filter(locale__language_code=language_code)
    return (pages.filter(slug=slug) if slug else pages).order_by("path").first()


@pytest.mark.django_db
def test_keyboard_reader_gets_the_definition_and_can_dismiss_it(page):
    page.goto(chapter("en").url)
    link = page.locator(".glossary-ref__link").first
    tip = page.locator(".glossary-ref__tip").first
    expect(tip).to_be_hidden()

    link.focus()
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Tab")  # focus by keyboard, as :focus-visible needs

    expect(link).to_be_focused()
    expect(tip).to_be_visible()
    anchor = link.get_attribute("href").partition("#")[2]
    term = GlossaryTerm.objects.get(locale__language_code="en", slug=anchor.removeprefix("term-"))
    expect(tip).to_contain_text(term.definition[:60])
    page.keyboard.press("Escape")
    expect(tip).to_be_hidden()


@pytest.mark.django_db
def test_definition_shows_on_hover_without_javascript(browser, site_server, db):
    context = browser.new_context(base_url=site_server, java_script_enabled=False)
    reader = context.new_page()
    reader.goto(chapter("hu").url)
    tip = reader.locator(".glossary-ref__tip").first
    expect(tip).to_be_hidden()
    reader.locator(".glossary-ref__link").first.hover()
    expect(tip).to_be_visible()
    # The print button needs JavaScript, so without it there is none.
    expect(reader.locator("[data-print]")).to_be_hidden()
    context.close()


@pytest.mark.django_db
def test_side_by_side_fits_a_phone(page):
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto(chapter("nl").url)
    page.get_by_label("Rechts").select_option("fr")
    page.get_by_role("button", name="Vergelijken").click()

    expect(page).to_have_url(re.compile(r"compare/\?left=nl&right=fr$"))
    rows = page.locator(".parallel__row[id]")
    expect(rows.first).to_be_visible()
    cells = rows.first.locator(".parallel__cell")
    left, right = cells.nth(0).bounding_box(), cells.nth(1).bounding_box()
    assert right["y"] >= left["y"] + left["height"] - 1  # stacked, not squeezed
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 360


@pytest.mark.django_db
def test_printed_chapter_has_the_text_and_no_reading_tools(page):
    page.goto(chapter("fr").url)
    page.emulate_media(media="print")
    expect(page.locator(".manual-aside")).to_be_hidden()
    expect(page.locator(".manual-pager")).to_be_hidden()
    expect(page.locator(".indicators").first).to_be_visible()
    expect(page.locator(".manual-cite")).to_be_visible()
    pdf = page.pdf(format="A4")
    assert pdf.startswith(b"%PDF")

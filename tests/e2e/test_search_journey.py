"""A reader searches from the header, narrows the results, and gets suggestions."""

import re

import pytest
from playwright.sync_api import expect


@pytest.mark.django_db
def test_reader_searches_from_the_header_and_filters(page):
    page.goto("/nl/")
    box = page.get_by_role("searchbox", name="Zoeken op de website")
    box.fill("Payoke")
    box.press("Enter")

    expect(page).to_have_url(re.compile(r"/nl/search/\?q=Payoke"))
    expect(page.locator("#results-heading")).to_contain_text("Payoke")
    results = page.locator(".search-result")
    expect(results.first).to_be_visible()

    page.get_by_role("checkbox", name=re.compile("Nieuws")).check()
    page.get_by_role("button", name="Filters toepassen").click()
    expect(page).to_have_url(re.compile(r"type=news"))
    for badge in page.locator(".search-result .badge").all():
        expect(badge).to_have_text("Nieuws")


@pytest.mark.django_db
def test_search_box_suggests_titles_while_typing(page):
    page.goto("/fr/search/")
    box = page.locator("#search-query")
    box.press_sequentially("Payo", delay=50)
    options = page.locator("#search-suggestions option")
    expect(options.first).to_have_attribute("value", re.compile("Payoke"))

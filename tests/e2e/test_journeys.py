"""A reader moves through the site with a keyboard, on a phone, and between languages."""

import re

import pytest
from playwright.sync_api import expect
from wagtail.models import Locale

from home.models import StandardPage


@pytest.mark.django_db
def test_reader_switches_language_and_lands_on_the_same_page(page):
    english = (
        StandardPage.objects.live().filter(locale__language_code="en").order_by("path").first()
    )
    dutch = english.get_translation(Locale.objects.get(language_code="nl"))

    page.goto(english.url)
    page.get_by_role("navigation", name="Language").get_by_role("link", name="Nederlands").click()

    expect(page).to_have_url(re.compile(re.escape(dutch.url) + "$"))
    expect(page.locator("html")).to_have_attribute("lang", "nl")
    expect(page.get_by_role("heading", level=1)).to_have_text(dutch.title)


@pytest.mark.django_db
def test_keyboard_user_skips_to_the_content(page):
    page.goto("/fr/")
    page.keyboard.press("Tab")
    skip_link = page.get_by_role("link", name="Aller au contenu principal")
    expect(skip_link).to_be_focused()
    expect(skip_link).to_be_visible()
    page.keyboard.press("Enter")
    expect(page.locator("#main")).to_be_focused()


@pytest.mark.django_db
def test_phone_reader_opens_and_closes_the_menu(page):
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto("/hu/")
    toggle = page.get_by_role("button", name="Menü")
    expect(toggle).to_have_attribute("aria-expanded", "false")
    menu = page.locator("#main-nav-list")
    expect(menu).to_be_hidden()

    toggle.click()
    expect(toggle).to_have_attribute("aria-expanded", "true")
    expect(menu).to_be_visible()
    page.keyboard.press("Escape")
    expect(menu).to_be_hidden()
    expect(toggle).to_be_focused()


@pytest.mark.django_db
def test_menu_works_without_javascript(browser, site_server, db):
    context = browser.new_context(base_url=site_server, java_script_enabled=False)
    page = context.new_page()
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto("/nl/")
    expect(page.locator("#main-nav-list")).to_be_visible()
    expect(page.locator(".main-nav__toggle")).to_be_hidden()
    context.close()

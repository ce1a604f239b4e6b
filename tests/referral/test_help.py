"""The "Get help" page for victims, the header link on every page, and what no public page
may do: set cookies for an anonymous visitor or make the browser talk to another site."""

from urllib.parse import urlparse

import pytest
from wagtail.models import Page

from home.models import HomePage, NewsIndexPage, NewsPage, StandardPage
from referral.models import (
    ComparisonPage,
    ContactFormPage,
    DirectoryIndexPage,
    GetHelpPage,
    Organisation,
    PathwayIndexPage,
    PathwayPage,
)
from tests.conftest import LANGUAGES, soup

pytestmark = pytest.mark.django_db

PAGE_TYPES = [
    HomePage,
    StandardPage,
    NewsIndexPage,
    NewsPage,
    DirectoryIndexPage,
    PathwayIndexPage,
    PathwayPage,
    ComparisonPage,
    GetHelpPage,
    ContactFormPage,
]


def page_of(page_type, language_code):
    return (
        page_type.objects.live()
        .filter(locale__language_code=language_code)
        .order_by("path")
        .first()
    )


def public_urls(language_code):
    """A page of every public type, an entry page, a finder answer and non-page views."""
    urls = [page_of(page_type, language_code).url for page_type in PAGE_TYPES]
    directory = page_of(DirectoryIndexPage, language_code)
    entry = Organisation.objects.filter(locale=directory.locale).first()
    urls.append(f"{directory.url}{entry.slug}/")
    pathways = page_of(PathwayIndexPage, language_code)
    urls.append(f"{pathways.url}?location=BE&origin=HU&exploitation=sexual&need=stay&age=adult")
    urls.append(f"{directory.url}?country=NL&service=shelter")
    urls.append(f"/{language_code}/search/?q=shelter")
    return urls


@pytest.mark.parametrize("language_code", LANGUAGES)
@pytest.mark.parametrize("page_type", PAGE_TYPES, ids=lambda t: t.__name__)
def test_get_help_link_in_the_header_of_every_page_type(client, page_type, language_code):
    page = page_of(page_type, language_code)
    html = soup(client.get(page.url))
    link = html.select_one(".site-header a.referral-get-help")
    help_page = page_of(GetHelpPage, language_code)
    assert link is not None and link["href"] == help_page.url
    assert (
        link.get_text(strip=True)
        == {
            "en": "Get help",
            "hu": "Segítség",
            "nl": "Hulp",
            "fr": "Aide",
        }[language_code]
    )


def test_get_help_link_on_the_404_page_and_search(client):
    for url in ["/en/no-such-page/", "/en/search/?q=help"]:
        html = soup(client.get(url))
        assert (
            html.select_one(".site-header a.referral-get-help")["href"]
            == page_of(GetHelpPage, "en").url
        )


@pytest.mark.parametrize("language_code", LANGUAGES)
def test_get_help_page_has_quick_exit_hotlines_and_emergency_number(client, language_code):
    page = page_of(GetHelpPage, language_code)
    response = client.get(page.url)
    assert response["Referrer-Policy"] == "no-referrer"
    assert "no-store" in response["Cache-Control"]
    html = soup(response)

    # The quick exit comes right after the skip link, as a plain link (no JavaScript needed).
    skip, first = html.body.find_all("a")[:2]
    assert "skip-link" in skip["class"]
    assert first["id"] == "quick-exit"
    assert first["href"] == page.exit_url
    assert "noreferrer" in first["rel"]
    assert html.select_one("[data-quick-exit]")["data-quick-exit"] == page.exit_url
    assert html.select_one('script[src*="quick-exit"]')

    assert html.select_one('a[href="tel:112"]')
    hotline_countries = [h3.get_text(strip=True) for h3 in html.select(".referral-help h3")]
    assert len(hotline_countries) == 3
    hotlines = html.select(".referral-hotline")
    assert len(hotlines) >= 3
    assert all(item.select_one('a[href^="tel:"]') for item in hotlines)
    assert html.select(".referral-hotline .badge--accent")  # 24/7 marked
    assert html.select_one('meta[name="referrer"][content="no-referrer"]')


def test_get_help_page_is_in_plain_words(client):
    html = soup(client.get(page_of(GetHelpPage, "en").url))
    text = html.select_one("main").get_text(" ", strip=True)
    for phrase in [
        "What happens when you call",
        "Your rights",
        "free and confidential",
        "Browsing safely",
        "Nobody will make you go to the police",
    ]:
        assert phrase in text, phrase


@pytest.mark.parametrize("language_code", LANGUAGES)
def test_no_cookies_for_anonymous_visitors_on_pages_without_a_form(client, language_code):
    for url in public_urls(language_code):
        if url == page_of(ContactFormPage, language_code).url:
            continue  # its POST form may set the CSRF cookie
        response = client.get(url)
        assert response.status_code == 200, url
        assert not response.cookies, (url, list(response.cookies))
        assert "Set-Cookie" not in response.headers, url


def test_contact_form_sets_only_the_csrf_cookie(client):
    response = client.get(page_of(ContactFormPage, "en").url)
    assert set(response.cookies) <= {"csrftoken"}


@pytest.mark.parametrize("language_code", ["en", "hu"])
def test_no_public_page_makes_the_browser_call_another_site(client, language_code):
    """Scripts, styles, images, frames and forms only ever point at this site."""
    for url in public_urls(language_code):
        html = soup(client.get(url))
        for tag, attribute in [
            ("script", "src"),
            ("link", "href"),
            ("img", "src"),
            ("iframe", "src"),
            ("source", "src"),
            ("form", "action"),
        ]:
            for element in html.find_all(tag):
                value = element.get(attribute)
                if not value or (tag == "link" and "alternate" in element.get("rel", [])):
                    continue
                assert not urlparse(value).netloc or urlparse(value).netloc == "testserver", (
                    url,
                    tag,
                    value,
                )
        assert not html.select("[style]"), url
        assert not [s for s in html.find_all("script") if s.string and s.string.strip()], url
        assert not html.find_all("style"), url


def test_only_one_get_help_page_per_language():
    assert GetHelpPage.max_count_per_parent == 1
    for language_code in LANGUAGES:
        assert GetHelpPage.objects.filter(locale__language_code=language_code).count() == 1
    assert Page.objects.type(GetHelpPage).count() == 4

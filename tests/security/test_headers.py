"""Security headers on every kind of response, and public pages that a strict
Content-Security-Policy does not break (no inline script, style or event handler)."""

import pytest
from bs4 import BeautifulSoup
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Collection

from home.models import HomePage, NewsPage, StandardPage
from manual.models import GlossaryPage, ManualChapterPage, ManualIndexPage
from ravot_events.models import EventIndexPage, EventPage
from referral.models import (
    ComparisonPage,
    ContactFormPage,
    DirectoryIndexPage,
    GetHelpPage,
    PathwayIndexPage,
    PathwayPage,
)

from .conftest import make_account

pytestmark = pytest.mark.django_db

VICTIM_PAGE_TYPES = [
    GetHelpPage,
    DirectoryIndexPage,
    PathwayIndexPage,
    PathwayPage,
    ComparisonPage,
    ContactFormPage,
]
OTHER_PAGE_TYPES = [
    HomePage,
    StandardPage,
    NewsPage,
    ManualIndexPage,
    ManualChapterPage,
    GlossaryPage,
    EventIndexPage,
    EventPage,
]


def url_of(page_type, language_code="en"):
    return page_type.objects.live().filter(locale__language_code=language_code).first().url


def directory_entry_url():
    from referral.models import Organisation

    directory = DirectoryIndexPage.objects.get(locale__language_code="en")
    entry = Organisation.objects.filter(locale__language_code="en").first()
    return directory.url + directory.reverse_subpage("entry", args=[entry.slug])


def policy(response):
    """The Content-Security-Policy as a dict of directive -> sources."""
    directives = [part.split() for part in response["Content-Security-Policy"].split(";")]
    return {words[0]: words[1:] for words in directives if words}


def assert_baseline_headers(response):
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Permissions-Policy"].startswith("accelerometer=()")
    assert "camera=()" in response["Permissions-Policy"]
    assert response["Referrer-Policy"] in {"no-referrer", "same-origin"}
    assert "Content-Security-Policy" in response


def assert_strict_public_policy(response):
    directives = policy(response)
    assert directives["script-src"] == ["'self'"]
    assert directives["style-src"] == ["'self'"]
    assert directives["object-src"] == ["'none'"]
    assert directives["base-uri"] == ["'none'"]
    assert directives["frame-ancestors"] == ["'none'"]
    assert not any("unsafe" in source for sources in directives.values() for source in sources)


def assert_nothing_inline(response):
    """What `script-src 'self'; style-src 'self'` would block: inline scripts (JSON data
    blocks are not run), <style> elements, style attributes and event handler attributes."""
    html = BeautifulSoup(response.content, "html.parser")
    for script in html.find_all("script"):
        if script.get("type") in {"application/ld+json", "application/json"}:
            continue
        assert script.get("src"), script
        assert not script.string or not script.string.strip(), script
    assert not html.find_all("style")
    for element in html.find_all(True):
        assert "style" not in element.attrs, element
        handlers = [name for name in element.attrs if name.lower().startswith("on")]
        assert not handlers, element


@pytest.mark.parametrize("page_type", VICTIM_PAGE_TYPES, ids=lambda t: t.__name__)
def test_pages_a_victim_may_read_send_no_referrer(client, page_type):
    response = client.get(url_of(page_type))
    assert response.status_code == 200
    assert response["Referrer-Policy"] == "no-referrer"
    assert_baseline_headers(response)
    assert_strict_public_policy(response)
    assert_nothing_inline(response)


def test_directory_entries_and_search_send_no_referrer(client):
    for url in [directory_entry_url(), "/en/search/?q=help"]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert response["Referrer-Policy"] == "no-referrer", url
        assert_nothing_inline(response)


@pytest.mark.parametrize("page_type", OTHER_PAGE_TYPES, ids=lambda t: t.__name__)
def test_other_pages_keep_the_referrer_on_this_site_only(client, page_type):
    response = client.get(url_of(page_type))
    assert response.status_code == 200
    assert response["Referrer-Policy"] == "same-origin"
    assert_baseline_headers(response)
    assert_strict_public_policy(response)
    assert_nothing_inline(response)


@pytest.mark.parametrize("language_code", ["hu", "nl", "fr"])
def test_translated_pages_carry_the_same_headers(client, language_code):
    response = client.get(url_of(GetHelpPage, language_code))
    assert response["Referrer-Policy"] == "no-referrer"
    assert_strict_public_policy(response)
    response = client.get(url_of(HomePage, language_code))
    assert response["Referrer-Policy"] == "same-origin"


@pytest.mark.parametrize(
    "url",
    [
        "/en/accounts/login/",
        "/en/accounts/signup/",
        "/en/accounts/password/reset/",
        "/en/no-such-page/",
        "/en/search/",
    ],
)
def test_account_and_error_pages_run_nothing_inline(client, url):
    response = client.get(url)
    assert response.status_code in {200, 404}
    assert_baseline_headers(response)
    assert_strict_public_policy(response)
    assert_nothing_inline(response)


def test_forum_pages_run_nothing_inline(client):
    from machina.apps.forum.models import Forum

    client.force_login(make_account("expert"))
    forum = Forum.objects.filter(slug="general").first()
    for url in [
        "/en/forum/",
        f"/en/forum/forum/{forum.slug}-{forum.pk}/",
        f"/en/forum/forum/{forum.slug}-{forum.pk}/topic/create/",
        "/en/forum/search/?q=help",
        "/en/accounts/application/",
        "/en/accounts/2fa/",
    ]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert_baseline_headers(response)
        assert_strict_public_policy(response)
        assert_nothing_inline(response)


@pytest.mark.parametrize(
    ("url", "status"),
    [
        ("/healthz", 200),
        ("/robots.txt", 200),
        ("/sitemap.xml", 200),
        ("/static/css/site.css", 200),
        ("/api/search/?q=help", 200),
        ("/api/search/suggest/?q=he", 200),
        ("/api/search/", 400),
        ("/en/no-such-page/", 404),
    ],
)
def test_machine_read_files_and_errors_carry_the_headers(client, url, status):
    response = client.get(url)
    assert response.status_code == status
    assert_baseline_headers(response)
    assert_strict_public_policy(response)


def test_server_errors_carry_the_headers(client, monkeypatch):
    from search import views

    def broken(*args, **kwargs):
        raise RuntimeError("broken on purpose")

    monkeypatch.setattr(views, "search_site", broken)
    client.raise_request_exception = False
    response = client.get("/en/search/?q=help")
    assert response.status_code == 500
    assert_baseline_headers(response)
    assert_strict_public_policy(response)
    assert_nothing_inline(response)


def test_documents_carry_the_headers(client, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    document = get_document_model()(
        title="Leaflet", collection=Collection.objects.get(name="Site pages")
    )
    document.file.save("leaflet.pdf", ContentFile(b"%PDF-1.4 leaflet"), save=True)
    response = client.get(document.url)
    assert response.status_code == 200
    assert_baseline_headers(response)
    assert policy(response).get("default-src") in (["'none'"], ["'self'"])


def test_the_admins_get_their_own_policy(client):
    client.force_login(make_account("editor"))
    response = client.get("/admin/")
    assert response.status_code == 200
    directives = policy(response)
    # Wagtail's admin still writes inline scripts; everything still comes from this site.
    assert directives["script-src"] == ["'self'", "'unsafe-inline'"]
    assert directives["object-src"] == ["'none'"]
    assert directives["frame-ancestors"] == ["'self'"]
    assert_baseline_headers(response)
    response = client.get("/django-admin/")
    assert "unsafe-inline" in response["Content-Security-Policy"]

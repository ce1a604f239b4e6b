"""hreflang alternates, the locale switcher, the sitemap and robots.txt."""

import pytest
from defusedxml import ElementTree as ET
from django.utils import translation
from wagtail.models import Locale, Page

from home.models import HomePage, StandardPage
from tests.conftest import LANGUAGES
from tests.factories import StandardPageFactory

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


def translated_pages():
    return Page.objects.live().filter(depth__gte=2).exclude(locale__language_code="en")


@pytest.mark.django_db
def test_hreflang_alternates_name_every_translation(get_page):
    for page in StandardPage.objects.live().filter(locale__language_code="en"):
        html = get_page(page.url)
        alternates = {
            link["hreflang"]: link["href"]
            for link in html.find_all("link", rel="alternate", hreflang=True)
        }
        expected = {
            version.locale.language_code: "http://testserver" + version.url
            for version in page.get_translations(inclusive=True).live()
        }
        assert set(expected) == set(LANGUAGES)
        assert {code: alternates[code] for code in LANGUAGES} == expected
        assert alternates["x-default"] == "http://testserver" + page.url


@pytest.mark.django_db
def test_switcher_lands_on_the_same_page_in_each_language(client, get_page):
    page = StandardPage.objects.live().filter(locale__language_code="hu").first()
    html = get_page(page.url)

    switcher = html.find("nav", class_="locale-switcher")
    links = {a["hreflang"]: a for a in switcher.find_all("a")}
    assert set(links) == set(LANGUAGES)
    assert links["hu"]["aria-current"] == "true"
    for code in ("en", "nl", "fr"):
        translation_of_page = page.get_translation(Locale.objects.get(language_code=code))
        assert links[code]["href"] == translation_of_page.url
        assert links[code]["lang"] == code
        landed = get_page(links[code]["href"])
        assert landed.html["lang"] == code
        assert landed.find("h1").get_text(strip=True) == translation_of_page.title


@pytest.mark.django_db
def test_switcher_says_when_a_page_is_not_translated(get_page):
    english_home = HomePage.objects.get(locale__language_code="en")
    page = StandardPageFactory(parent=english_home, title="Only in English", slug="only-english")

    html = get_page(page.url)
    hungarian = html.find("nav", class_="locale-switcher").find("a", hreflang="hu")
    assert hungarian["href"] == "/hu/?untranslated=1"
    assert "not translated" in hungarian.get_text()
    assert not html.find_all("link", rel="alternate", hreflang="hu")

    landed = get_page(hungarian["href"])
    assert landed.html["lang"] == "hu"
    notice = landed.find(class_="alert")
    assert notice["role"] == "status"
    assert "nem érhető el" in notice.get_text()


@pytest.mark.django_db
def test_untranslated_site_root_is_labelled_with_its_content_language(client, get_page):
    """Under /hu/ without a Hungarian home, Wagtail shows the English one: say it is English."""
    HomePage.objects.get(locale__language_code="hu").delete()
    html = get_page("/hu/")
    assert html.html["lang"] == "hu"
    assert html.find("main")["lang"] == "en"


@pytest.mark.smoke
@pytest.mark.django_db
def test_sitemap_lists_every_page_in_every_language_with_alternates(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    root = ET.fromstring(response.content)

    listed = {}
    for url in root.findall(f"{SITEMAP}url"):
        links = {link.get("hreflang"): link.get("href") for link in url.findall(f"{XHTML}link")}
        listed[url.findtext(f"{SITEMAP}loc")] = links

    pages = Page.objects.live().public().filter(depth__gte=2).specific()
    assert set(listed) == {"http://testserver" + page.url for page in pages}
    for page in pages:
        expected = {
            version.locale.language_code: "http://testserver" + version.url
            for version in page.get_translations(inclusive=True).live()
        }
        alternates = listed["http://testserver" + page.url]
        assert {code: alternates[code] for code in expected} == expected
        assert set(alternates) == set(expected) | {"x-default"}
        assert set(expected) == set(LANGUAGES)


@pytest.mark.django_db
def test_sitemap_leaves_out_drafts_and_private_pages(client):
    from wagtail.models import PageViewRestriction

    page = StandardPage.objects.live().filter(locale__language_code="nl").first()
    PageViewRestriction.objects.create(page=page, restriction_type="login")
    draft = StandardPage.objects.live().filter(locale__language_code="fr").first()
    draft.unpublish()

    content = client.get("/sitemap.xml").content.decode()
    assert f"<loc>http://testserver{page.url}</loc>" not in content
    assert f"<loc>http://testserver{draft.url}</loc>" not in content
    assert f"<loc>http://testserver{draft.get_parent().url}</loc>" in content


@pytest.mark.smoke
@pytest.mark.django_db
def test_robots_txt_points_to_the_sitemap(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert "Disallow: /admin/" in lines
    assert "Sitemap: http://testserver/sitemap.xml" in lines


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language_code", "text"),
    [
        ("en", "Page not found"),
        ("hu", "Az oldal nem található"),
        ("nl", "Pagina niet gevonden"),
        ("fr", "Page introuvable"),
    ],
)
def test_404_is_in_the_reader_language(client, language_code, text):
    response = client.get(f"/{language_code}/no-such-page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert f'<html lang="{language_code}"' in html
    assert f"<h1>{text}</h1>" in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language_code", "text"),
    [("hu", "Hiba történt"), ("nl", "Er is iets misgegaan"), ("fr", "Une erreur s’est produite")],
)
def test_500_is_in_the_reader_language(rf, language_code, text):
    from ravot.views import server_error

    with translation.override(language_code):
        response = server_error(rf.get(f"/{language_code}/"))
    assert response.status_code == 500
    html = response.content.decode()
    assert f'<html lang="{language_code}"' in html
    assert text in html

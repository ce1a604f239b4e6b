"""Every page type renders in every language, in that language."""

import pytest
from wagtail.models import Locale, Page

from home.models import HomePage, NewsIndexPage, NewsPage, StandardPage
from tests.conftest import LANGUAGES

PAGE_TYPES = [HomePage, StandardPage, NewsIndexPage, NewsPage]


def demo_page(page_type, language_code):
    return (
        page_type.objects.live()
        .filter(locale__language_code=language_code)
        .order_by("path")
        .first()
    )


@pytest.mark.smoke
@pytest.mark.django_db
@pytest.mark.parametrize("language_code", LANGUAGES)
@pytest.mark.parametrize("page_type", PAGE_TYPES, ids=lambda t: t.__name__)
def test_page_renders_in_its_language(get_page, page_type, language_code):
    page = demo_page(page_type, language_code)
    assert page is not None, f"the demo has no {page_type.__name__} in {language_code}"
    assert page.url.startswith(f"/{language_code}/")

    html = get_page(page.url)

    assert html.html["lang"] == language_code
    assert html.find("h1").get_text(strip=True) == page.title
    assert html.find("main").get("lang") is None  # content and interface agree


@pytest.mark.django_db
@pytest.mark.parametrize("language_code", ["hu", "nl", "fr"])
def test_translations_are_real_not_copies(language_code):
    for english in StandardPage.objects.filter(locale__language_code="en"):
        translated = english.get_translation(Locale.objects.get(language_code=language_code))
        assert translated.intro != english.intro
        assert translated.slug != english.slug or english.slug.isascii()
        assert translated.live


@pytest.mark.django_db
def test_interface_strings_follow_the_language(get_page):
    english = get_page("/en/")
    hungarian = get_page("/hu/")
    assert english.find("a", class_="skip-link").get_text(strip=True) == "Skip to main content"
    assert hungarian.find("a", class_="skip-link").get_text(strip=True) == "Ugrás a fő tartalomhoz"


@pytest.mark.smoke
@pytest.mark.django_db
def test_root_redirects_to_a_language(client):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="nl-BE,nl;q=0.9")
    assert response.status_code == 302
    assert response["Location"] == "/nl/"


@pytest.mark.django_db
def test_home_shows_intro_featured_pages_and_latest_news(get_page):
    home = HomePage.objects.get(locale__language_code="fr")
    html = get_page("/fr/")

    featured = html.find("section", attrs={"aria-labelledby": "featured-heading"})
    featured_links = [a["href"] for a in featured.select("a.card__link")]
    assert featured_links and all(href.startswith("/fr/") for href in featured_links)

    news = html.find("section", attrs={"aria-labelledby": "news-heading"})
    latest = NewsPage.objects.live().filter(locale=home.locale).order_by("-date")[:3]
    assert [a.get_text(strip=True) for a in news.select("a.card__link")] == [
        item.title for item in latest
    ]


@pytest.mark.django_db
def test_navigation_lists_the_menu_pages_of_the_current_language(get_page):
    home = HomePage.objects.get(locale__language_code="nl")
    menu_pages = home.get_children().live().in_menu()
    html = get_page("/nl/")

    nav = html.find("nav", class_="main-nav")
    titles = [a.get_text(strip=True) for a in nav.select("a.main-nav__link")]
    assert titles[1:] == [page.title for page in menu_pages]
    assert all(a["href"].startswith("/nl/") for a in nav.select("a.main-nav__link"))


@pytest.mark.django_db
def test_breadcrumbs_lead_back_through_the_ancestors(get_page):
    child = StandardPage.objects.live().filter(locale__language_code="hu", depth__gte=4).first()
    html = get_page(child.url)

    crumbs = html.find("nav", class_="breadcrumbs")
    links = crumbs.select("a")
    assert links[0].get_text(strip=True) == "Kezdőlap"
    assert links[-2].get_text(strip=True) == child.get_parent().title
    assert links[-1]["aria-current"] == "page"


@pytest.mark.django_db
def test_news_page_shows_its_date_in_the_reader_language(get_page):
    item = NewsPage.objects.live().filter(locale__language_code="fr").order_by("date").first()
    html = get_page(item.url)
    time = html.find("main").find("time")
    assert time["datetime"] == item.date.isoformat()
    assert time.get_text(strip=True) == "1 février 2014"
    english = item.get_translation(Locale.objects.get(language_code="en"))
    assert get_page(english.url).find("main").find("time").get_text(strip=True) == "1 February 2014"


@pytest.mark.django_db
def test_only_live_pages_are_served(client):
    page = Page.objects.filter(locale__language_code="en", depth=3).first().specific
    page.unpublish()
    assert client.get(page.url or f"/en/{page.slug}/").status_code == 404


@pytest.mark.django_db
def test_footer_gives_partners_contact_and_funding_in_the_reader_language(get_page):
    from home.models import Partner

    footer = get_page("/hu/").find("footer")
    partners = Partner.objects.filter(locale__language_code="hu")
    assert [a.get_text(strip=True) for a in footer.select(".site-footer__list a")] == [
        partner.name for partner in partners
    ]
    address = footer.find("address").get_text(" ", strip=True)
    lead = partners.get(role="lead")
    assert address.startswith(f"RAVOT-EUR projektcsapat {lead.name}")
    assert "Magyarország" in address
    funding = footer.find("section", attrs={"aria-labelledby": "footer-funding"})
    assert "HOME/2012/ISEC/AG/4000004405" in funding.get_text()
    assert funding.find("img")["alt"] == "Az Európai Unió zászlaja"

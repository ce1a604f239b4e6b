"""The public directory: filters and their combinations, bad input, pagination, entry pages."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Locale

from referral.models import Organisation
from tests.conftest import soup

from .factories import OrganisationFactory

pytestmark = pytest.mark.django_db

MARK = "Zebrafinch"  # a word no demo entry contains: the tests filter their own entries


@pytest.fixture
def entries(db):
    return {
        "hu-shelter": OrganisationFactory(
            name=f"{MARK} Shelter Budapest",
            country="HU",
            organisation_type="shelter",
            services=["shelter", "medical"],
            target_groups=["women", "sexual"],
            languages=["hu", "en"],
        ),
        "be-legal": OrganisationFactory(
            name=f"{MARK} Legal Aid Antwerp",
            country="BE",
            organisation_type="legal_aid",
            services=["legal_aid"],
            target_groups=["men", "labour"],
            languages=["nl", "fr"],
            open_24_7=True,
        ),
        "nl-hotline": OrganisationFactory(
            name=f"{MARK} Hotline Utrecht",
            country="NL",
            organisation_type="hotline",
            services=["hotline", "shelter"],
            target_groups=["women", "men", "children"],
            languages=["nl", "hu"],
            is_contact_point=True,
            open_24_7=True,
        ),
    }


def names(client, url, **params):
    response = client.get(url, {"q": MARK, **params})
    assert response.status_code == 200
    return sorted(
        link.get_text(strip=True) for link in soup(response).select(".referral-card__title a")
    )


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({}, ["hu-shelter", "be-legal", "nl-hotline"]),
        ({"country": "HU"}, ["hu-shelter"]),
        ({"country": ["HU", "NL"]}, ["hu-shelter", "nl-hotline"]),
        ({"type": "legal_aid"}, ["be-legal"]),
        ({"service": "shelter"}, ["hu-shelter", "nl-hotline"]),
        ({"service": ["legal_aid", "medical"]}, ["hu-shelter", "be-legal"]),
        ({"group": "men"}, ["be-legal", "nl-hotline"]),
        ({"group": "children"}, ["nl-hotline"]),
        ({"language": "hu"}, ["hu-shelter", "nl-hotline"]),
        ({"language": "fr"}, ["be-legal"]),
        ({"open24": "1"}, ["be-legal", "nl-hotline"]),
        ({"contact_point": "1"}, ["nl-hotline"]),
        # combinations: every group must match
        ({"service": "shelter", "group": "men"}, ["nl-hotline"]),
        ({"country": "HU", "language": "nl"}, []),
        ({"country": ["BE", "NL"], "open24": "1", "group": "labour"}, ["be-legal"]),
        ({"language": "hu", "service": "shelter", "group": "women"}, ["hu-shelter", "nl-hotline"]),
    ],
)
def test_filters_and_their_combinations(client, directory, entries, params, expected):
    assert names(client, directory.url, **params) == sorted(entries[key].name for key in expected)


def test_men_does_not_match_women(client, directory, entries):
    """Codes are stored with separators, so "men" is not found inside "women"."""
    assert entries["hu-shelter"].name not in names(client, directory.url, group="men")


def test_unknown_filter_values_are_ignored_with_a_message(client, directory, entries):
    response = client.get(
        directory.url, {"q": MARK, "country": ["HU", "XX"], "type": "spaceship", "page": "abc"}
    )
    assert response.status_code == 200
    html = soup(response)
    alert = html.select_one(".alert--warning").get_text(" ", strip=True)
    assert "Country" in alert and "Type of organisation" in alert
    titles = [a.get_text(strip=True) for a in html.select(".referral-card__title a")]
    assert titles == [entries["hu-shelter"].name]  # the known value still applies


def test_filter_form_is_accessible(client, directory):
    html = soup(client.get(directory.url))
    form = html.select_one("form.filters")
    assert form["method"] == "get"
    legends = [legend.get_text(" ", strip=True) for legend in form.select("fieldset > legend")]
    for label in ["Country", "Services", "Target groups", "Availability"]:
        assert any(legend.startswith(label) for legend in legends), label
    for control in form.select("input:not([type=hidden]), select"):
        assert form.select_one(f'label[for="{control["id"]}"]'), control


def test_pagination_keeps_the_filters_and_tolerates_bad_pages(client, directory):
    for number in range(25):
        OrganisationFactory(name=f"{MARK} Page entry {number:02d}", country="BE")
    first = soup(client.get(directory.url, {"q": MARK, "country": "BE"}))
    assert len(first.select(".referral-card")) == 20
    next_link = first.select_one('.pagination a[rel="next"]')["href"]
    assert "country=BE" in next_link and f"q={MARK}" in next_link and "page=2" in next_link
    second = soup(client.get(directory.url + next_link))
    assert len(second.select(".referral-card")) == 5
    beyond = client.get(directory.url, {"q": MARK, "country": "BE", "page": "999"})
    assert beyond.status_code == 200
    assert len(soup(beyond).select(".referral-card")) == 5  # the last page


def test_listing_query_count_does_not_grow_with_entries(client, directory):
    def count():
        with CaptureQueriesContext(connection) as queries:
            response = client.get(directory.url, {"q": MARK})
        assert response.status_code == 200
        return len(queries)

    OrganisationFactory.create_batch(2, name=f"{MARK} few")
    count()  # warm the per-process caches (site root paths, locales)
    few = count()
    OrganisationFactory.create_batch(15, name=f"{MARK} many")
    assert count() == few


def test_entry_page_shows_the_details_and_when_they_were_verified(client, directory, entries):
    entry = entries["nl-hotline"]
    response = client.get(f"{directory.url}{entry.slug}/")
    assert response.status_code == 200
    html = soup(response)
    assert html.find("h1").get_text(strip=True) == entry.name
    verified = html.select_one(".referral-verified")
    assert verified.find("time")["datetime"] == entry.last_verified.isoformat()
    assert html.select_one(f'a[href="tel:{entry.phone.replace(" ", "")}"]')
    assert html.select_one('a[href$="/vcard/"]') and html.select_one('a[href$="/print/"]')
    assert "Referral contact point" in html.get_text()


def test_stale_entry_warns_the_reader(client, directory):
    old = OrganisationFactory(last_verified=timezone.localdate() - datetime.timedelta(days=400))
    html = soup(client.get(f"{directory.url}{old.slug}/"))
    assert "may be out of date" in html.select_one(".referral-verified").get_text()


def test_print_view_is_a_plain_page(client, directory, entries):
    entry = entries["hu-shelter"]
    html = soup(client.get(f"{directory.url}{entry.slug}/print/"))
    assert html.find("h1").get_text(strip=True) == entry.name
    assert not html.select(".site-header, .site-footer, nav")
    assert html.find("main")


def test_unknown_entry_is_404(client, directory):
    assert client.get(f"{directory.url}no-such-organisation/").status_code == 404


def test_demo_entries_are_marked_as_demonstration(client, directory):
    demo = Organisation.objects.filter(locale=directory.locale, demonstration=True).first()
    html = soup(client.get(f"{directory.url}{demo.slug}/"))
    assert "This entry is fictional" in html.select_one(".alert--warning").get_text()


@pytest.mark.parametrize("language_code", ["hu", "nl", "fr"])
def test_directory_in_each_language_shows_translated_entries(client, language_code):
    from referral.models import DirectoryIndexPage

    page = DirectoryIndexPage.objects.get(locale__language_code=language_code)
    html = soup(client.get(page.url))
    assert html.html["lang"] == language_code
    english = Organisation.objects.filter(locale__language_code="en", demonstration=True)
    translated = english.first().get_translation(Locale.objects.get(language_code=language_code))
    titles = [a.get_text(strip=True) for a in html.select(".referral-card__title a")]
    assert translated.name in titles or len(titles) == 20  # first page of the listing
    assert html.select_one(".referral-card").get("lang") is None


def test_untranslated_entry_appears_in_other_languages_marked_with_its_language(client):
    from referral.models import DirectoryIndexPage

    english_only = OrganisationFactory(name=f"{MARK} English only", country="NL")
    page = DirectoryIndexPage.objects.get(locale__language_code="nl")
    html = soup(client.get(page.url, {"q": MARK}))
    card = html.select_one(".referral-card")
    assert card.find("a").get_text(strip=True) == english_only.name
    assert card["lang"] == "en"
    assert client.get(f"{page.url}{english_only.slug}/").status_code == 200


def test_entry_page_has_hreflang_alternates_of_its_translations(client):
    from referral.models import DirectoryIndexPage

    page = DirectoryIndexPage.objects.get(locale__language_code="en")
    demo = Organisation.objects.filter(locale=page.locale, demonstration=True).first()
    html = soup(client.get(f"{page.url}{demo.slug}/"))
    alternates = {link["hreflang"] for link in html.select('link[rel="alternate"][hreflang]')}
    assert alternates == {"en", "hu", "nl", "fr"}

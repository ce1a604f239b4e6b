"""The comparison of the three countries and the pathway pages, in every language."""

import pytest

from referral.models import ComparisonPage, PathwayPage
from tests.conftest import LANGUAGES, soup

pytestmark = pytest.mark.django_db

TOPICS = [
    "Who may identify a victim",
    "Reflection and recovery period",
    "Residence options",
    "Shelter",
    "Legal aid",
    "Compensation",
    "Assisted return",
]


@pytest.mark.parametrize("language_code", LANGUAGES)
def test_comparison_has_a_source_and_a_date_on_every_cell(client, language_code):
    page = ComparisonPage.objects.get(locale__language_code=language_code)
    html = soup(client.get(page.url))
    assert html.html["lang"] == language_code
    table = html.select_one(".referral-comparison table")
    assert table.find("caption").get_text(strip=True)
    assert [th["scope"] for th in table.select("thead th")] == ["col"] * 4
    rows = table.select("tbody tr")
    assert len(rows) == len(TOPICS)
    for row in rows:
        assert row.find("th")["scope"] == "row"
        cells = row.find_all("td")
        assert len(cells) == 3
        for cell in cells:
            assert cell.select_one(".referral-cell__text").get_text(strip=True)
            source = cell.select_one(".referral-cell__source")
            assert len(source.get_text(strip=True)) > 20
            assert source.find("time")["datetime"]


def test_comparison_topics_and_key_facts_in_english(client):
    page = ComparisonPage.objects.get(locale__language_code="en")
    html = soup(client.get(page.url))
    assert [th.get_text(strip=True) for th in html.select("tbody th")] == TOPICS
    text = html.select_one("table").get_text(" ", strip=True)
    assert "45 days" in text  # Belgium, Aliens Act Art. 61/2
    assert "Up to three months" in text  # the Netherlands, Aliens Act 2000, Section 8(k)
    assert "at least 30 days" in text  # CETS 197, Art. 13


@pytest.mark.parametrize("language_code", ["hu", "nl", "fr"])
def test_comparison_is_translated(client, language_code):
    english = ComparisonPage.objects.get(locale__language_code="en")
    translated = ComparisonPage.objects.get(locale__language_code=language_code)
    assert translated.translation_key == english.translation_key
    first_en = english.rows[0].value["belgium"]["text"]
    first = translated.rows[0].value["belgium"]["text"]
    assert first and first != first_en
    # sources are cited by their own titles, the same everywhere
    assert (
        translated.rows[1].value["belgium"]["source"] == english.rows[1].value["belgium"]["source"]
    )


@pytest.mark.parametrize("language_code", LANGUAGES)
def test_six_directions_and_three_national_mechanisms(language_code):
    pathways = PathwayPage.objects.live().filter(locale__language_code=language_code)
    pairs = {(p.identified_in, p.origin) for p in pathways}
    countries = ["HU", "BE", "NL"]
    assert pairs == {(a, b) for a in countries for b in countries}
    for pathway in pathways:
        assert [block.value["situation"] for block in pathway.situations] == [
            "return",
            "stay",
            "child",
        ]


def test_pathway_page_shows_ordered_steps_with_who_legal_basis_and_contacts(client):
    pathway = PathwayPage.objects.get(locale__language_code="en", identified_in="BE", origin="HU")
    html = soup(client.get(pathway.url))
    assert html.find("h1").get_text(strip=True) == "Hungarian victim identified in Belgium"
    situations = [h2.get_text(strip=True) for h2 in html.select(".referral-situation > h2")]
    assert situations == [
        "The victim wants to return home",
        "The victim stays and cooperates with the authorities",
        "The victim is a child",
    ]
    first_step = html.select_one(".referral-situation .referral-step")
    facts = [dt.get_text(strip=True) for dt in first_step.select("dt")]
    assert facts[:2] == ["Who", "What happens"]
    assert {"Legal basis", "Time limit", "Documents", "Contacts"} <= set(facts)
    reflection = html.find(string=lambda s: s and "45 days" in s)
    assert reflection is not None
    contact_links = html.select(".referral-contacts a[href*='/directory/']")
    assert contact_links
    assert client.get(contact_links[0]["href"]).status_code == 200
    assert html.select_one("a[href*='consular-section-of-hungary-in-brussels-demo']")


@pytest.mark.parametrize("language_code", ["hu", "nl", "fr"])
def test_pathway_contacts_follow_the_language(client, language_code):
    pathway = PathwayPage.objects.get(
        locale__language_code=language_code, identified_in="NL", origin="HU"
    )
    html = soup(client.get(pathway.url))
    hrefs = [a["href"] for a in html.select(".referral-contacts a[href^='/']")]
    assert hrefs and all(href.startswith(f"/{language_code}/") for href in hrefs)


def test_a_second_pathway_for_the_same_countries_is_refused():
    from django.core.exceptions import ValidationError

    existing = PathwayPage.objects.get(locale__language_code="en", identified_in="HU", origin="NL")
    twin = PathwayPage(
        title="Twin", slug="twin", identified_in="HU", origin="NL", locale=existing.locale
    )
    with pytest.raises(ValidationError):
        twin.clean()

"""The referral finder picks the right pathway, situation, steps and contacts for every
combination of answers, through a GET form with a shareable address."""

import itertools

import pytest
from wagtail.models import Locale

from referral.choices import Age, Exploitation, Need, Situation
from referral.finder import find_pathway, situation_for
from referral.models import PathwayPage
from tests.conftest import soup

pytestmark = pytest.mark.django_db

COUNTRIES = ["HU", "BE", "NL"]
ORIGINS = COUNTRIES + ["other"]


@pytest.mark.parametrize(("location", "origin"), list(itertools.product(COUNTRIES, ORIGINS)))
@pytest.mark.parametrize("language_code", ["en", "hu", "nl", "fr"])
def test_every_pair_of_countries_finds_its_pathway(language_code, location, origin):
    locale = Locale.objects.get(language_code=language_code)
    pathway = find_pathway(locale, location, origin)
    assert pathway is not None
    assert pathway.locale == locale
    assert pathway.identified_in == location
    # a victim from elsewhere follows the national mechanism of where they are
    assert pathway.origin == (location if origin == "other" else origin)


@pytest.mark.parametrize(
    ("need", "age", "expected"),
    [
        (Need.RETURN, Age.ADULT, Situation.RETURN),
        (Need.STAY, Age.ADULT, Situation.STAY),
        (Need.RETURN, Age.CHILD, Situation.CHILD),
        (Need.STAY, Age.CHILD, Situation.CHILD),
        (Need.RETURN, Age.UNKNOWN, Situation.CHILD),  # presumed a child
        (Need.STAY, Age.UNKNOWN, Situation.CHILD),
    ],
)
def test_situation_follows_the_need_and_a_child_comes_first(need, age, expected):
    assert situation_for(need, age) == expected


def ask(client, pathways, **answers):
    response = client.get(pathways.url, answers)
    return response, soup(response)


# Every location, origin and form of exploitation, with the needs and ages in rotation
# (so every value of every question is asked, in 48 requests rather than 288).
COMBINATIONS = [
    (location, origin, exploitation, Need.values[i % 2], Age.values[i % 3])
    for i, (location, origin, exploitation) in enumerate(
        itertools.product(COUNTRIES, ORIGINS, Exploitation.values)
    )
]


@pytest.mark.parametrize(("location", "origin", "exploitation", "need", "age"), COMBINATIONS)
def test_finder_answers_every_combination(
    client, pathways, location, origin, exploitation, need, age
):
    response, html = ask(
        client,
        pathways,
        location=location,
        origin=origin,
        exploitation=exploitation,
        need=need,
        age=age,
    )
    assert response.status_code == 200
    result = html.select_one("#finder-result")
    expected = PathwayPage.objects.get(
        locale=pathways.locale,
        identified_in=location,
        origin=location if origin == "other" else origin,
    )
    assert result.select_one(".referral-result__pathway a")["href"] == expected.url
    steps = [h.get_text(strip=True) for h in result.select(".referral-step__title")]
    assert steps, "the result lists steps"
    wages = "Unpaid wages and labour rights"
    situation = situation_for(need, age)
    if situation != Situation.CHILD:
        assert (wages in steps) == (exploitation == Exploitation.LABOUR)
    # contacts in the country where the victim is, and in theirs when it is one of the three
    headings = [h.get_text(strip=True) for h in result.select(".referral-result__contacts h4")]
    names = {"HU": "Hungary", "BE": "Belgium", "NL": "Netherlands"}
    expected_countries = [names[location]]
    if origin in names and origin != location:
        expected_countries.append(names[origin])
    assert headings == expected_countries
    for section in result.select(".referral-result__contacts"):
        assert section.select("li a[href*='/directory/']")


def test_dutch_officer_with_hungarian_victim_who_wants_to_go_home(client):
    """The issue's scenario: in Dutch, the steps and the people to call in both countries."""
    from referral.models import PathwayIndexPage

    page = PathwayIndexPage.objects.get(locale__language_code="nl")
    response = client.get(
        page.url,
        {
            "location": "NL",
            "origin": "HU",
            "exploitation": "labour",
            "need": "return",
            "age": "adult",
        },
    )
    html = soup(response)
    assert html.html["lang"] == "nl"
    result = html.select_one("#finder-result")
    text = result.get_text(" ", strip=True)
    assert "Hongaars slachtoffer geïdentificeerd in Nederland" in text
    steps = [h.get_text(strip=True) for h in result.select(".referral-step__title")]
    assert steps[0] == "Signalen herkennen en melden bij het coördinatiecentrum"
    assert "De reis naar huis voorbereiden" in steps
    assert steps[-1] == "Opvang en re-integratie thuis"
    headings = [h.get_text(strip=True) for h in result.select(".referral-result__contacts h4")]
    assert headings == ["Nederland", "Hongarije"]
    contacts = result.get_text(" ", strip=True)
    assert "Consulaire afdeling van Hongarije in Den Haag (demo)" in contacts
    assert "Hongaars Coördinatiepunt voor Doorverwijzing" in contacts
    # the address of the result can be shared as it is
    share = result.select_one(".referral-share a")["href"]
    assert "location=NL" in share and "origin=HU" in share and "need=return" in share


def test_incomplete_answers_get_messages_and_keep_what_was_chosen(client, pathways):
    response, html = ask(client, pathways, location="BE", need="bogus")
    assert response.status_code == 400
    assert html.select_one(".alert--error")
    assert not html.select_one("#finder-result")
    assert html.select_one('input[name="location"][value="BE"]').has_attr("checked")
    errors = html.select(".field--error legend")
    assert len(errors) == 4  # origin, exploitation, need (unknown value), age


def test_empty_finder_shows_only_the_questions(client, pathways):
    response, html = ask(client, pathways)
    assert response.status_code == 200
    assert not html.select_one("#finder-result") and not html.select_one(".alert--error")
    form = html.select_one("form.referral-finder__form")
    assert form["method"] == "get"
    assert len(form.select("fieldset > legend")) == 5


def test_index_lists_six_directions_and_three_national_mechanisms(client, pathways):
    html = soup(client.get(pathways.url))
    lists = html.select(".referral-pathway-lists ul")
    assert len(lists[0].select("li a")) == 6
    assert len(lists[1].select("li a")) == 3

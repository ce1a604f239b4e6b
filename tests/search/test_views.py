"""The search page, the JSON API, autocomplete and the editors' report."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse

from home.models import HomePage
from search.models import QueryStat
from tests.conftest import LANGUAGES, soup
from tests.factories import StandardPageFactory


@pytest.mark.smoke
@pytest.mark.django_db
@pytest.mark.parametrize("language_code", LANGUAGES)
def test_search_page_in_every_language(client, language_code):
    html = soup(client.get(f"/{language_code}/search/", {"q": "Payoke"}))
    assert html.html["lang"] == language_code
    assert html.find("input", id="search-query")["value"] == "Payoke"
    assert html.select(".search-result")
    assert html.find("h2", id="results-heading").get_text(strip=True)


@pytest.mark.django_db
def test_search_page_without_a_query_shows_just_the_form(client):
    html = soup(client.get("/en/search/"))
    assert html.find("form", attrs={"role": "search"})
    assert not html.select(".search-result")


@pytest.mark.django_db
def test_empty_state_says_what_to_do(client):
    html = soup(client.get("/nl/search/", {"q": "qwxzvbn"}))
    assert "Niets gevonden" in html.find(class_="empty-state").get_text()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "params",
    [{"q": "x", "page": "abc"}, {"q": "x", "page": "0"}, {"q": "x" * 2000}],
)
def test_bad_input_gets_a_400_that_keeps_the_query(client, params):
    response = client.get("/en/search/", params)
    assert response.status_code == 400
    html = soup(response)
    assert html.find(class_="alert--error")
    assert html.find("input", id="search-query")["value"] == params["q"][:200]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query",
    [
        '<script>alert("x")</script>',
        '" OR 1=1 --',
        '{"query": {"match_all": {}}}',
        "title:*",
        "a AND (b",
    ],
)
def test_hostile_queries_are_plain_text(client, query):
    response = client.get("/en/search/", {"q": query})
    assert response.status_code == 200
    assert b"<script>alert" not in response.content
    api = client.get("/api/search/", {"q": query, "lang": "en"})
    assert api.status_code == 200 and api.json()["query"] == " ".join(query.split())


@pytest.mark.django_db
def test_filters_are_a_plain_get_form(client):
    html = soup(client.get("/en/search/", {"q": "Payoke"}))
    form = html.find("form", class_="filters")
    assert form["method"] == "get"
    checkboxes = form.find_all("input", type="checkbox")
    assert {box["name"] for box in checkboxes} >= {"type", "language"}
    for box in checkboxes:
        assert form.find("label", attrs={"for": box["id"]})


@pytest.mark.django_db
def test_api_shape(client):
    response = client.get("/api/search/", {"q": "Payoke", "lang": "hu"})
    assert response.status_code == 200
    data = response.json()
    assert set(data) >= {
        "query",
        "language",
        "total",
        "page",
        "pages",
        "results",
        "facets",
        "degraded",
    }
    result = data["results"][0]
    assert set(result) >= {"title", "snippet", "type", "language", "url", "urls"}
    assert result["url"].startswith("http://testserver/hu/")
    assert set(result["urls"]) == set(LANGUAGES)
    assert {"kind", "country", "language"} == set(data["facets"])


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"q": "x", "lang": "de"}, "Unknown language"),
        ({"lang": "en"}, "Give a query"),
        ({"q": "x", "lang": "en", "page": "two"}, "whole number"),
    ],
)
def test_api_rejects_bad_parameters_clearly(client, params, message):
    response = client.get("/api/search/", params)
    assert response.status_code == 400
    assert message in response.json()["error"]


@pytest.mark.django_db
def test_autocomplete_suggests_titles_in_the_reader_language(client):
    english = HomePage.objects.get(locale__language_code="en")
    StandardPageFactory(parent=english, title="Pangolin pathway")
    from search.autocomplete import suggest  # noqa: F401 - the view's engine

    response = client.get(reverse("search_suggest"), {"q": "Payo", "lang": "fr"})
    assert response.status_code == 200
    suggestions = response.json()["suggestions"]
    assert suggestions and all(s["url"].startswith("/fr/") for s in suggestions)
    assert client.get(reverse("search_suggest"), {"q": "P", "lang": "fr"}).json() == {
        "suggestions": []
    }


@pytest.mark.django_db
def test_searches_are_counted_for_the_editors_report(client):
    client.get("/hu/search/", {"q": "Payoke"})
    client.get("/hu/search/", {"q": "  PAYOKE "})
    client.get("/hu/search/", {"q": "qwxzvbn"})
    assert QueryStat.objects.get(language="hu", query="payoke").searches == 2
    assert QueryStat.objects.get(language="hu", query="qwxzvbn").searches_without_results == 1

    editor = get_user_model().objects.create_user("editor-report")
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    html = client.get(reverse("search_report")).content.decode()
    assert "payoke" in html and "qwxzvbn" in html

    translator = get_user_model().objects.create_user("translator-report")
    translator.groups.add(Group.objects.get(name="Translators"))
    client.force_login(translator)
    refused = client.get(reverse("search_report"))
    assert (
        refused.status_code == 302 and refused["Location"] == "/admin/"
    )  # Wagtail's "no permission"


@pytest.mark.django_db
def test_editors_pick_is_shown_first_in_the_reader_language(client):
    from wagtail.contrib.search_promotions.models import Query, SearchPromotion
    from wagtail.models import Locale

    about = HomePage.objects.get(locale__language_code="en").get_children().live().first().specific
    SearchPromotion.objects.create(
        query=Query.get("help for victims"), page=about, sort_order=0, description=""
    )
    hungarian = about.get_translation(Locale.objects.get(language_code="hu"))
    html = soup(client.get("/hu/search/", {"q": "Help for victims"}))
    box = html.find("section", class_="search-promotions")
    assert box.find("a")["href"] == hungarian.url
    assert box.find("a").get_text() == hungarian.title
    api = client.get("/api/search/", {"q": "help for victims", "lang": "hu"}).json()
    assert api["promoted"][0]["url"] == f"http://testserver{hungarian.url}"

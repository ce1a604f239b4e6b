"""Search on the real engine: languages, grouping, facets, visibility, index sync."""

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Collection, Locale, PageViewRestriction

from home.models import HomePage, NewsIndexPage, StandardPage
from tests.factories import NewsPageFactory, StandardPageFactory
from tests.search.conftest import find, titles


def home(language_code="en"):
    return HomePage.objects.get(locale__language_code=language_code)


def translate(page, language_code, **fields):
    """A real translation of `page`, published, with its own text."""
    translated = page.copy_for_translation(Locale.objects.get(language_code=language_code))
    for name, value in fields.items():
        setattr(translated, name, value)
    translated.save_revision().publish()
    return translated


@pytest.mark.parametrize(
    ("language_code", "text", "query"),
    [
        ("hu", "Az áldozatainak nyújtott segítség", "aldozatok"),  # inflection and folding
        ("hu", "Az áldozatok azonosítása", "áldozat"),
        ("nl", "Hulp aan slachtoffers van arbeidsuitbuiting", "slachtoffer"),
        ("fr", "L'identification des victimes", "victime"),  # elision, plural
        ("fr", "Période de réflexion", "periode reflexion"),
        ("en", "Identifying trafficked persons", "identify trafficking"),
    ],
)
def test_each_language_is_stemmed_and_folded(engine, refresh, language_code, text, query):
    page = StandardPageFactory(
        parent=home(language_code), title=text, locale=home(language_code).locale
    )
    refresh()
    # among the pages of that language (the manual says much the same, at length)
    assert text in titles(find(query, language_code, kinds=["page"], languages=[language_code]))
    assert page.live


def test_translations_are_one_result_in_the_reader_language(engine, refresh):
    english = StandardPageFactory(parent=home("en"), title="Shelter capacity in Antwerp")
    translate(english, "hu", title="Menedékhelyek Antwerpenben", slug="menedekhelyek")
    translate(english, "nl", title="Opvangplaatsen in Antwerpen", slug="opvangplaatsen")
    refresh()

    outcome = find("Antwerp shelter capacity", "hu")
    [result] = [r for r in outcome.results if r.obj.translation_key == english.translation_key]
    assert result.title == "Menedékhelyek Antwerpenben"
    assert result.language == "hu" and result.in_reader_language
    assert [version.language for version in result.versions] == ["en", "hu", "nl"]


def test_untranslated_content_is_shown_in_its_language_with_a_label(engine, refresh, client):
    StandardPageFactory(parent=home("en"), title="Labour inspection protocol", intro="Inspectors")
    refresh()

    outcome = find("labour inspection protocol", "fr")
    result = outcome.results[0]
    assert result.title == "Labour inspection protocol"
    assert result.language == "en" and not result.in_reader_language

    html = client.get("/fr/search/", {"q": "labour inspection protocol"}).content.decode()
    assert "Pas encore traduit" in html
    assert 'lang="en"' in html


def test_titles_and_headings_count_more_than_body_text(engine, refresh):
    in_body = StandardPageFactory(
        parent=home(),
        title="Annual overview",
        body=[("paragraph", "<p>A note on interpreters in interviews.</p>")],
    )
    in_heading = StandardPageFactory(
        parent=home(),
        title="Working methods",
        body=[("heading", {"text": "Interpreters", "level": "h2"}), ("paragraph", "<p>Other.</p>")],
    )
    in_title = StandardPageFactory(parent=home(), title="Interpreters", intro="")
    refresh()
    order = titles(find("interpreters"))
    assert order.index(in_title.title) < order.index(in_heading.title) < order.index(in_body.title)


def test_highlighted_snippet_is_escaped(engine, refresh):
    StandardPageFactory(
        parent=home(),
        title="Snippet page",
        intro="Evidence <script>alert(1)</script> of debt bondage in agriculture.",
    )
    refresh()
    [result] = [r for r in find("debt bondage agriculture").results if r.title == "Snippet page"]
    assert "<mark>" in result.snippet
    assert "<script>" not in result.snippet and "&lt;script&gt;" in result.snippet


def test_facets_count_groups_and_filter(engine, refresh):
    news_index = NewsIndexPage.objects.get(locale__language_code="en")
    NewsPageFactory(parent=news_index, title="Zebra crossing news")
    StandardPageFactory(parent=home(), title="Zebra crossing page")
    refresh()

    outcome = find("zebra crossing")
    kinds = {option.value: option.count for option in outcome.facets["kind"]}
    assert kinds == {"news": 1, "page": 1}
    filtered = find("zebra crossing", kinds=["news"])
    assert titles(filtered) == ["Zebra crossing news"]
    # the kind filter keeps the other kinds' counts, so readers can widen it again
    assert {o.value: o.count for o in filtered.facets["kind"]} == kinds
    assert [o.value for o in filtered.facets["kind"] if o.selected] == ["news"]
    assert {o.value for o in find("zebra crossing", languages=["hu"]).facets["language"]} >= {"en"}
    assert find("zebra crossing", languages=["hu"]).total == 0


def test_pagination_of_groups(engine, refresh):
    for number in range(23):
        StandardPageFactory(parent=home(), title=f"Quokka report {number}")
    refresh()
    first = find("quokka report")
    assert first.total == 23 and first.num_pages == 3 and len(first.results) == 10
    third = find("quokka report", page=3)
    assert len(third.results) == 3
    assert not set(titles(first)) & set(titles(third))
    beyond = find("quokka report", page=99)
    assert beyond.page == 3 and len(beyond.results) == 3


def test_unpublished_private_and_deleted_pages_never_appear(engine, refresh):
    draft = StandardPageFactory(parent=home(), title="Walrus draft")
    private = StandardPageFactory(parent=home(), title="Walrus private")
    deleted = StandardPageFactory(parent=home(), title="Walrus deleted")
    shown = StandardPageFactory(parent=home(), title="Walrus public")
    refresh()
    assert len(find("walrus").results) == 4

    draft.unpublish()
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    deleted.delete()
    refresh()
    assert titles(find("walrus")) == [shown.title]


def test_publishing_moving_and_editing_keep_the_index_true(engine, refresh):
    about = StandardPage.objects.filter(locale__language_code="en", depth=3).first()
    page = StandardPageFactory(parent=home(), title="Narwhal guidance", slug="narwhal")
    refresh()
    assert find("narwhal").results[0].url == "/en/narwhal/"

    page.move(about, pos="last-child")
    refresh()
    assert find("narwhal").results[0].url == f"{about.url}narwhal/"

    page = StandardPage.objects.get(pk=page.pk)
    page.title = "Quetzalcoatl guidance"
    page.save_revision().publish()
    refresh()
    assert not find("narwhal").results
    assert titles(find("quetzalcoatl")) == ["Quetzalcoatl guidance"]


def test_documents_are_found_by_description_unless_internal(engine, refresh):
    document = get_document_model().objects.create(
        title="Checklist",
        description="Indicators for ticket inspectors on night trains",
        language="en",
        file=ContentFile(b"%PDF-1.4", name="checklist.pdf"),
    )
    refresh()
    result = find("ticket inspectors night trains").results[0]
    assert result.kind == "document" and result.url == document.url
    assert "<mark>" in result.snippet

    document.collection = Collection.objects.get(name="Internal")
    document.save()
    refresh()
    assert document.url not in [r.url for r in find("ticket inspectors night trains").results]


def test_spelling_suggestion_when_nothing_matches(engine, refresh):
    StandardPageFactory(parent=home(), title="Reintegration assistance")
    refresh()
    outcome = find("reintegraton assistanse")
    assert outcome.suggestion == "reintegration assistance"
    # words that exist in any language's content are not "corrected"
    assert find("reintegration assistance", "hu").suggestion == ""


def test_events_are_found_and_filtered_by_country(engine):
    from ravot_events.models import EventPage

    outcome = find("workshop", countries=["BE"])
    assert outcome.results
    for result in outcome.results:
        assert isinstance(result.obj, EventPage) and result.obj.venue_country == "BE"
    countries = {option.value for option in find("workshop").facets["country"]}
    assert {"HU", "BE", "NL"} <= countries
    assert {o.value for o in find("workshop").facets["kind"]} >= {"event"}

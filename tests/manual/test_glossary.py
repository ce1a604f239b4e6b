"""The glossary: terms in four languages linked as translations, the A–Z page, and terms
marked in chapters that lead to their definition in the reader's language."""

from collections import Counter

import pytest
from wagtail.models import Locale

from manual.models import GlossaryTerm
from manual.models.glossary import initial, sort_key
from tests.conftest import LANGUAGES

from .conftest import chapters, glossary_page


@pytest.mark.django_db
def test_at_least_forty_terms_in_every_language_linked_as_translations():
    counts = Counter(GlossaryTerm.objects.values_list("locale__language_code", flat=True))
    assert all(counts[code] >= 40 for code in LANGUAGES), counts
    for english in GlossaryTerm.objects.filter(locale__language_code="en"):
        versions = english.get_translations(inclusive=True)
        assert sorted(versions.values_list("locale__language_code", flat=True)) == sorted(LANGUAGES)
        terms = set(versions.values_list("term", flat=True))
        assert len(terms) >= 3, terms  # really translated, not copied
        assert all(version.definition for version in versions)


@pytest.mark.django_db
def test_translated_terms_get_slugs_of_their_own():
    english = GlossaryTerm.objects.get(locale__language_code="en", slug="debt-bondage")
    hungarian = english.get_translation(Locale.objects.get(language_code="hu"))
    assert hungarian.term == "adósrabszolgaság"
    assert hungarian.slug == "adosrabszolgasag"


def test_hungarian_letters_group_digraphs():
    assert initial("csempészés", "hu") == "Cs"
    assert initial("gyám", "hu") == "Gy"
    assert initial("Ábel", "hu") == "A"
    assert initial("csempészés", "en") == "C"
    assert initial("échange", "fr") == "E"
    words = ["cukor", "csillag", "cél"]
    assert sorted(words, key=lambda w: sort_key(w, "hu")) == ["cél", "cukor", "csillag"]


@pytest.mark.django_db
@pytest.mark.parametrize("language_code", LANGUAGES)
def test_glossary_page_lists_terms_a_to_z(get_page, language_code):
    page = glossary_page(language_code)
    html = get_page(page.url)
    entries = html.select(".glossary__entry")
    assert len(entries) == GlossaryTerm.objects.filter(locale=page.locale).count()
    letters = [a.get_text() for a in html.select(".glossary__letter")]
    assert letters and all(html.find(id=a["href"][1:]) for a in html.select(".glossary__letter"))
    assert len(set(letters)) == len(letters)
    # "See also" links stay on this page, in this language.
    for link in html.select(".glossary__extra a"):
        assert html.find(id=link["href"][1:]) is not None


@pytest.mark.django_db
@pytest.mark.parametrize("language_code", LANGUAGES)
def test_glossary_links_in_chapters_resolve_in_each_language(client, get_page, language_code):
    glossary = get_page(glossary_page(language_code).url)
    anchors = {element["id"] for element in glossary.select(".glossary__entry")}
    terms = {t.anchor: t for t in GlossaryTerm.objects.filter(locale__language_code=language_code)}
    found = 0
    for chapter in chapters(language_code):
        html = get_page(chapter.url)
        for ref in html.select(".glossary-ref"):
            link = ref.find("a", class_="glossary-ref__link")
            path, _hash, anchor = link["href"].partition("#")
            assert path == glossary_page(language_code).url
            assert anchor in anchors
            tip = html.find(id=link["aria-describedby"])
            assert tip is not None and tip["role"] == "tooltip"
            # The definition shown is the one of the reader's language.
            assert terms[anchor].definition in tip.get_text()
            found += 1
    assert found >= 10


@pytest.mark.django_db
def test_a_deleted_term_leaves_the_text_without_a_link(get_page):
    chapter = chapters("en").get(slug="identifying-victims")
    GlossaryTerm.objects.filter(slug="presumed-victim").delete()
    html = get_page(chapter.url)
    assert "presumed victim" in html.find("main").get_text()
    assert not [a for a in html.select(".glossary-ref__link") if "presumed" in a["href"]]


@pytest.mark.django_db
def test_glossary_rich_text_feature_is_in_the_editor(admin_client):
    chapter = chapters("en").first()
    response = admin_client.get(f"/admin/pages/{chapter.pk}/edit/")
    assert response.status_code == 200
    content = response.content.decode()
    assert "manual/js/glossary-entity.js" in content
    assert '"GLOSSARY"' in content or "GLOSSARY" in content


@pytest.mark.django_db
def test_editor_round_trip_keeps_the_glossary_link():
    """Draftail's content state and the stored HTML convert into each other."""
    from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter

    term = GlossaryTerm.objects.get(locale__language_code="en", slug="referral")
    converter = ContentstateConverter(features=["bold", "glossary"])
    html = f'<p>Make a <a linktype="glossary" id="{term.pk}">referral</a>.</p>'
    contentstate = converter.from_database_format(html)
    assert '"GLOSSARY"' in contentstate and str(term.pk) in contentstate
    stored = converter.to_database_format(contentstate)
    assert f'Make a <a linktype="glossary" id="{term.pk}">referral</a>.' in stored


@pytest.mark.django_db
def test_editors_list_and_choose_terms(admin_client):
    listing = admin_client.get("/admin/snippets/manual/glossaryterm/?locale=hu")
    assert listing.status_code == 200
    assert "adósrabszolgaság" in listing.content.decode()
    found = admin_client.get("/admin/snippets/manual/glossaryterm/", {"q": "bondage"})
    assert found.status_code == 200
    assert "debt bondage" in found.content.decode()
    chooser = admin_client.get("/admin/snippets/choose/manual/glossaryterm/")
    assert chooser.status_code == 200
    term = GlossaryTerm.objects.get(locale__language_code="en", slug="debt-bondage")
    edit = admin_client.get(f"/admin/snippets/manual/glossaryterm/edit/{term.pk}/")
    assert edit.status_code == 200


@pytest.mark.django_db
def test_related_terms_are_offered_in_the_terms_own_language(admin_user):
    from wagtail.admin.panels import get_edit_handler

    term = GlossaryTerm.objects.get(locale__language_code="en", slug="debt-bondage")
    form_class = get_edit_handler(GlossaryTerm).get_form_class()
    form = form_class(instance=term, for_user=admin_user)
    offered = form.fields["related_terms"].queryset
    assert set(offered.values_list("locale__language_code", flat=True)) == {"en"}
    assert term not in offered


@pytest.mark.django_db
def test_glossary_page_query_count_does_not_grow_with_terms(client):
    from .conftest import QueryCounter

    page = glossary_page("nl")
    client.get(page.url)
    with QueryCounter() as before:
        client.get(page.url)
    source = GlossaryTerm.objects.filter(locale=page.locale).first()
    for number in range(6):
        term = GlossaryTerm.objects.create(
            locale=page.locale, term=f"Extra begrip {number}", definition="Uitleg."
        )
        term.related_terms.set([source])
    with QueryCounter() as after:
        response = client.get(page.url)
    assert "Extra begrip 5" in response.content.decode()
    assert len(after.captured_queries) == len(before.captured_queries)


@pytest.mark.django_db
def test_chapter_query_count_does_not_grow_with_marked_terms(client):
    from manual.models import ManualChapterPage

    from .conftest import QueryCounter, manual_index

    index = manual_index("en")
    terms = list(GlossaryTerm.objects.filter(locale=index.locale)[:8])

    def chapter_with(count, slug):
        paragraphs = [
            ("paragraph", f'<p>See <a linktype="glossary" id="{term.pk}">{term.term}</a>.</p>')
            for term in terms[:count]
        ]
        page = ManualChapterPage(title=f"Terms {count}", slug=slug, intro="x", body=paragraphs)
        index.add_child(instance=page)
        page.save_revision().publish()
        return page

    small, large = chapter_with(2, "few-terms"), chapter_with(8, "many-terms")
    client.get(small.url)
    with QueryCounter() as few:
        client.get(small.url)
    with QueryCounter() as many:
        html = client.get(large.url).content.decode()
    assert html.count('role="tooltip"') == 8
    assert len(many.captured_queries) == len(few.captured_queries)

"""A term in one language meets its equivalents in the others through the glossary, and
Wagtail's admin search keeps working on the same engine."""

from django.contrib.auth import get_user_model
from django.urls import reverse

from manual.models import GlossaryTerm
from search.glossary import equivalents, language_of
from tests.search.conftest import find


def names_of(english_term):
    term = GlossaryTerm.objects.get(locale__language_code="en", slug=english_term)
    return {
        name
        for version in GlossaryTerm.objects.filter(translation_key=term.translation_key)
        for name in version.glossary_names()
    }


def test_a_glossary_term_expands_to_its_names_in_every_language(db):
    names = names_of("trafficking-in-human-beings")
    assert {"mensenhandel", "emberkereskedelem", "traite des êtres humains", "THB"} <= names
    found = set(equivalents("a mensenhandel zaak"))
    assert found == names - {"mensenhandel"}
    # an inflected Hungarian form still names the term
    assert "mensenhandel" in equivalents("az emberkereskedelemről")
    assert equivalents("quokka sightings in Antwerp") == []


def test_the_equivalents_shown_carry_their_language(client, db):
    # Screen readers read each name in its own language (WCAG 3.1.2).
    assert language_of("emberkereskedelem") == "hu"
    assert language_of("traite des êtres humains") == "fr"
    html = client.get("/en/search/", {"q": "mensenhandel"}).content.decode()
    assert '<span class="tag" lang="hu">emberkereskedelem</span>' in html


def test_a_query_in_one_language_finds_content_written_in_others(engine):
    outcome = find("bedenktijd", "fr")  # Dutch for reflection period, read in French
    assert "délai de réflexion" in outcome.equivalents
    results = {(result.kind, result.title) for result in outcome.results}
    assert ("manual", "Le délai de réflexion et le droit de séjour") in results
    assert any(kind == "glossary" for kind, _title in results)
    assert all(result.language == "fr" for result in outcome.results if result.kind != "document")


def test_wagtail_admin_search_works_on_the_engine(engine, client):
    admin = get_user_model().objects.create_superuser(
        "search-admin", "a@example.org", "pw-for-tests"
    )
    client.force_login(admin)
    response = client.get(reverse("wagtailadmin_pages:search"), {"q": "reflection period"})
    assert response.status_code == 200
    assert "reflection period and residence" in response.content.decode().lower()

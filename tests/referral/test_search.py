"""Directory entries are found by the public search, on the database backend and the engine."""

import pytest

from tests.search.conftest import find, titles

from .factories import OrganisationFactory

pytestmark = pytest.mark.django_db


def test_directory_entries_are_found_by_the_database_search(database_search):
    OrganisationFactory(name="Quokka Shelter Szeged", country="HU")
    outcome = find("Quokka")
    [result] = [r for r in outcome.results if r.title == "Quokka Shelter Szeged"]
    assert result.kind == "directory"
    assert result.url.startswith("/en/directory/") and result.url.endswith(
        "/quokka-shelter-szeged/"
    )


def test_directory_entries_are_found_and_filtered_on_the_engine(engine, refresh):
    OrganisationFactory(name="Wombat Legal Aid Ghent", country="BE", organisation_type="legal_aid")
    refresh()
    assert "Wombat Legal Aid Ghent" in titles(find("wombat", kinds=["directory"]))
    assert "Wombat Legal Aid Ghent" in titles(find("wombat", countries=["BE"]))
    assert "Wombat Legal Aid Ghent" not in titles(find("wombat", countries=["NL"]))


def test_search_page_links_to_the_entry(client, database_search):
    entry = OrganisationFactory(name="Pangolin Hotline Liège", country="BE")
    response = client.get("/en/search/", {"q": "Pangolin Hotline"})
    assert f"/en/directory/{entry.slug}/" in response.content.decode()

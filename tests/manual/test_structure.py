"""The manual's parts and chapters, in order and numbered, in every language."""

import pytest
from wagtail.models import Page

from home.models import HomePage, StandardPage
from manual.models import GlossaryPage, ManualChapterPage, ManualIndexPage, ManualPartPage
from manual.outline import build_outline, roman
from tests.conftest import LANGUAGES

from .conftest import QueryCounter, manual_index


def test_roman_numerals():
    assert [roman(n) for n in (1, 2, 3, 4, 9, 14, 40)] == [
        "I",
        "II",
        "III",
        "IV",
        "IX",
        "XIV",
        "XL",
    ]


@pytest.mark.django_db
@pytest.mark.parametrize("language_code", LANGUAGES)
def test_index_lists_parts_and_chapters_numbered(get_page, language_code):
    index = manual_index(language_code)
    assert index.url.startswith(f"/{language_code}/")

    html = get_page(index.url)

    items = html.select("main .manual-outline__link")
    labels = [" ".join(a.get_text(" ", strip=True).split()) for a in items]
    parts = [label for label in labels if not label[0].isdigit()]
    assert len(parts) == 3
    numbers = [label.split()[0] for label in labels if label[0].isdigit()]
    assert numbers == ["1", "1.1", "2", "3", "4", "4.1", "4.2", "4.3", "5", "6", "7", "8"]
    # Every link leads to a page of the same language.
    assert all(a["href"].startswith(f"/{language_code}/") for a in items)


@pytest.mark.django_db
def test_outline_numbers_match_the_tree():
    outline = build_outline(manual_index("en"))
    parts = [entry for entry in outline.flat if entry.is_part]
    assert [entry.number for entry in parts] == ["I", "II", "III"]
    reflection = next(e for e in outline.flat if e.page.slug == "reflection-period-and-residence")
    assert [child.number for child in reflection.children] == ["4.1", "4.2", "4.3"]
    assert [child.page.title for child in reflection.children] == [
        "Hungary",
        "Belgium",
        "The Netherlands",
    ]


@pytest.mark.django_db
def test_unpublished_chapters_are_not_numbered():
    index = manual_index("en")
    chapter = ManualChapterPage.objects.get(
        locale=index.locale, slug="first-contact-and-interviews"
    )
    chapter.unpublish()
    numbers = {entry.page.slug: entry.number for entry in build_outline(index).flat}
    assert "first-contact-and-interviews" not in numbers
    assert numbers["assistance-and-shelter"] == "2"


@pytest.mark.django_db
def test_tree_rules():
    assert ManualIndexPage.parent_page_types == ["home.HomePage"]
    assert ManualIndexPage.can_create_at(HomePage.objects.get(locale__language_code="en")) is False
    assert not ManualChapterPage.can_exist_under(StandardPage())
    assert ManualChapterPage.can_exist_under(ManualPartPage())
    assert ManualChapterPage.can_exist_under(ManualChapterPage())
    assert not ManualPartPage.can_exist_under(ManualPartPage())
    assert GlossaryPage.max_count_per_parent == 1
    assert set(ManualIndexPage.allowed_subpage_models()) == {
        ManualPartPage,
        ManualChapterPage,
        GlossaryPage,
    }


@pytest.mark.django_db
def test_chapter_translations_are_linked_and_real():
    for english in ManualChapterPage.objects.filter(locale__language_code="en", live=True):
        versions = {
            page.locale.language_code: page.specific
            for page in english.get_translations(inclusive=True).live().select_related("locale")
        }
        assert set(versions) == set(LANGUAGES), english
        for code in ("hu", "nl", "fr"):
            assert versions[code].intro != english.intro
            assert versions[code].title != english.title or english.title in ("Belgium",), (
                code,
                english.title,
            )


@pytest.mark.django_db
def test_index_query_count_does_not_grow_with_chapters(client):
    """The index's outline costs the same number of queries with more chapters."""
    index = manual_index("en")
    client.get(index.url)  # warm caches (site root paths, settings)
    with QueryCounter() as before:
        assert client.get(index.url).status_code == 200
    part = ManualPartPage.objects.child_of(index).first()
    for number in range(5):
        part.add_child(instance=ManualChapterPage(title=f"Extra chapter {number}", intro="x"))
    Page.objects.filter(title__startswith="Extra chapter").update(live=True)
    with QueryCounter() as after:
        response = client.get(index.url)
    assert b"Extra chapter 4" in response.content
    assert len(after.captured_queries) == len(before.captured_queries)

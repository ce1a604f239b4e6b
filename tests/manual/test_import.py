"""`manage.py import_manual`: import, re-import unchanged, re-import edited, bad files."""

import io
import textwrap

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Page, Revision

from manual.importer import translation_key
from manual.models import ManualChapterPage

CHAPTER = """\
---
key: import-test-chapter
locale: {locale}
order: 3
parent: {parent}
title: {title}
intro: {intro}
last_reviewed: 2015-11-30
---

## {heading}

Text with **bold**, *italic*, a [link](https://example.org/x) and a
[[presumed-victim|{term}]].

- first
- second

::: indicators {indicators}
intro: Look at the whole picture.
category: labour
- {indicator}
category: child
- Not at school
:::

::: legal
country: EU
act: Directive 2011/36/EU
article: Article 11
url: https://eur-lex.europa.eu/eli/dir/2011/36/oj
:::

::: case-study A case
country: BE
source: Made up for training.

The story.

questions:
- What now?
:::

::: table Who does what
| Country | Who |
|---|---|
| Belgium | Payoke |
:::

::: tip Ask about work
Questions about work tell more.
:::

::: warning
Keep the person safe.
:::

::: contact
name: CoMensha
country: NL
url: https://www.comensha.nl
:::
"""

ENGLISH = dict(
    locale="en",
    parent="",
    title="Imported chapter",
    intro="A chapter from a file.",
    heading="Why it matters",
    term="presumed victim",
    indicators="Labour signs",
    indicator="Works long hours",
)
HUNGARIAN = dict(
    locale="hu",
    parent="",
    title="Importált fejezet",
    intro="Fájlból betöltött fejezet.",
    heading="Miért fontos",
    term="feltételezett áldozat",
    indicators="Munkára utaló jelek",
    indicator="Nagyon hosszú ideig dolgozik",
)


def write(folder, name, text):
    path = folder / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def run(path):
    output = io.StringIO()
    call_command("import_manual", str(path), stdout=output)
    return output.getvalue()


@pytest.fixture
def files(tmp_path):
    write(tmp_path, "chapter.en.md", CHAPTER.format(**ENGLISH))
    write(tmp_path, "chapter.hu.md", CHAPTER.format(**HUNGARIAN))
    return tmp_path


def imported():
    return ManualChapterPage.objects.filter(
        translation_key=translation_key("import-test-chapter")
    ).select_related("locale")


@pytest.mark.django_db
def test_import_creates_linked_chapters_in_each_language(files, get_page):
    output = run(files)

    assert "2 created" in output
    pages = {page.locale.language_code: page for page in imported()}
    assert set(pages) == {"en", "hu"}
    english, hungarian = pages["en"], pages["hu"]
    assert english.get_translation(hungarian.locale) == hungarian
    assert english.live and hungarian.live
    assert english.get_parent().specific.title == "Training manual"
    assert [block.block_type for block in english.body] == [
        "heading",
        "paragraph",
        "indicators",
        "legal_reference",
        "case_study",
        "table",
        "practice_tip",
        "warning",
        "referral_contact",
    ]
    # The same block has the same id in both languages (the side-by-side view lines up).
    assert [b.id for b in english.body] == [b.id for b in hungarian.body]

    html = get_page(hungarian.url)
    assert html.find("h1").get_text(" ", strip=True).endswith("Importált fejezet")
    paragraph = html.select_one(".manual-block--paragraph .rich-text")
    assert paragraph.find("b").get_text() == "bold" and paragraph.find("i").get_text() == "italic"
    assert paragraph.find("a", href="https://example.org/x")
    assert paragraph.find("a", class_="glossary-ref__link").get_text() == "feltételezett áldozat"
    checklist = html.find("section", class_="indicators")
    assert "Nagyon hosszú ideig dolgozik" in checklist.get_text()


@pytest.mark.django_db
def test_reimporting_the_same_files_changes_nothing(files):
    run(files)
    revisions, pages = Revision.objects.count(), Page.objects.count()

    output = run(files)

    assert "0 created, 0 updated, 2 unchanged" in output
    assert (Revision.objects.count(), Page.objects.count()) == (revisions, pages)


@pytest.mark.django_db
def test_reimporting_an_edited_file_updates_only_that_page(files):
    run(files)
    english, hungarian = (imported().get(locale__language_code=c) for c in ("en", "hu"))
    english_revision, hungarian_revision = english.latest_revision_id, hungarian.latest_revision_id
    write(files, "chapter.hu.md", CHAPTER.format(**{**HUNGARIAN, "indicator": "Nincs szerződése"}))

    output = run(files)

    assert "1 updated, 1 unchanged" in output and "updated hu/import-test-chapter (body)" in output
    english.refresh_from_db()
    hungarian.refresh_from_db()
    assert english.latest_revision_id == english_revision
    assert hungarian.latest_revision_id != hungarian_revision
    group = hungarian.body[2].value["groups"][0]
    assert list(group["indicators"]) == ["Nincs szerződése"]
    assert [b.id for b in english.body] == [b.id for b in hungarian.body]


@pytest.mark.django_db
def test_a_bad_file_is_rejected_with_its_name_and_line_and_nothing_is_imported(files):
    bad = write(
        files,
        "zz-bad.fr.md",
        """\
        ---
        key: bad-chapter
        locale: fr
        title: Mauvais chapitre
        ---

        Some text.

        ::: indicators Signes
        category: nonsense
        - Un signe
        :::
        """,
    )
    pages = Page.objects.count()

    with pytest.raises(CommandError) as error:
        run(files)

    assert str(bad) in str(error.value) and ":10:" in str(error.value)
    assert "unknown category 'nonsense'" in str(error.value)
    assert Page.objects.count() == pages
    assert not imported().exists()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("---\nlocale: en\ntitle: X\n---\n", 1, "'key' is required"),
        ("---\nkey: x\nlocale: xx\ntitle: X\n---\n", 3, "unknown locale 'xx'"),
        ("---\nkey: x\nlocale: en\ntitle: X\norder: first\n---\n", 5, "order must be a whole"),
        ("---\nkey: x\nlocale: en\ntitle: X\n---\n\n::: legal\nact: A\n", 7, "is not closed"),
        ("---\nkey: x\nlocale: en\ntitle: X\n---\n\n[[no-such-term|x]]\n", 7, "unknown glossary"),
        ("---\nkey: x\nlocale: en\ntitle: X\nparent: nowhere\n---\n", 5, "no page with key"),
        ("---\nkey: x\nlocale: en\ntitle: X\n---\n\n::: poem\n:::\n", 7, "unknown block"),
        ("key: x\n", 1, "must start with front matter"),
        (
            "---\nkey: x\nlocale: en\ntitle: Identifying victims\nparent: recognising-victims\n---\n",
            4,
            "already used by 'Identifying victims'",
        ),
    ],
)
def test_errors_name_the_line(tmp_path, text, line, message):
    path = write(tmp_path, "page.md", text)
    with pytest.raises(CommandError) as error:
        run(path)
    assert f"{path}:{line}: " in str(error.value), str(error.value)
    assert message in str(error.value)


@pytest.mark.django_db
def test_order_decides_the_place_among_siblings(tmp_path):
    def page(key, order):
        return f"---\nkey: {key}\nlocale: en\norder: {order}\ntitle: Page {key}\n---\n"

    write(tmp_path, "a.en.md", page("order-a", 2))
    write(tmp_path, "b.en.md", page("order-b", 1))
    run(tmp_path)

    def positions():
        keys = {translation_key("order-a"): "a", translation_key("order-b"): "b"}
        index = imported_parent()
        return [
            keys[p.translation_key]
            for p in index.get_children().order_by("path")
            if p.translation_key in keys
        ]

    assert positions() == ["b", "a"]
    write(tmp_path, "a.en.md", page("order-a", 1))
    write(tmp_path, "b.en.md", page("order-b", 2))
    output = run(tmp_path)
    assert positions() == ["a", "b"]
    assert "moved" in output


def imported_parent():
    from manual.models import ManualIndexPage

    return ManualIndexPage.objects.get(locale__language_code="en")


@pytest.mark.django_db
def test_demo_chapters_can_be_updated_by_their_english_slug(tmp_path):
    """The demo's pages carry their English slug as import key, in every language."""
    write(
        tmp_path,
        "identifying.fr.md",
        "---\nkey: identifying-victims\nlocale: fr\nparent: recognising-victims\n"
        "title: Identifier les victimes\nslug: identifier-les-victimes\n"
        "intro: Une introduction revue.\n---\n\nUn texte.\n",
    )
    output = run(tmp_path)
    assert "updated fr/identifying-victims" in output
    chapter = ManualChapterPage.objects.get(
        locale__language_code="fr", slug="identifier-les-victimes"
    )
    assert chapter.intro == "Une introduction revue."
    assert chapter.translation_key == translation_key("identifying-victims")

"""What a reader of a chapter gets: blocks, table of contents, neighbours, citation,
the side-by-side view and print styles."""

import re

import pytest
from django.core.files.base import ContentFile
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents import get_document_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Locale

from manual.blocks import ReferralContactBlock
from manual.models import ManualChapterPage
from tests.conftest import LANGUAGES

from .conftest import chapters, first_chapter, manual_index


@pytest.fixture
def chapter_with_every_block():
    from wagtail.images import get_image_model

    image = get_image_model().objects.create(
        title="Shelter", file=get_test_image_file(), description="A shelter's common room"
    )
    document = get_document_model().objects.create(
        title="Referral form", file=ContentFile(b"%PDF-1.4 test", name="form.pdf")
    )
    from referral.models import Organisation

    index = manual_index("en")
    organisation = Organisation.objects.filter(locale__language_code="en").first()
    chapter = ManualChapterPage(
        title="Every block",
        intro="All the blocks of a chapter.",
        body=[
            ("heading", {"text": "Signs", "level": "h2"}),
            ("paragraph", "<p>Plain <b>text</b>.</p>"),
            (
                "indicators",
                {
                    "title": "Labour signs",
                    "intro": "Look at the whole picture.",
                    "groups": [
                        {"category": "labour", "indicators": ["No contract", "No pay"]},
                        {"category": "child", "indicators": ["Not at school"]},
                    ],
                },
            ),
            (
                "case_study",
                {
                    "title": "A case",
                    "country": "BE",
                    "text": "<p>The story.</p>",
                    "questions": ["What now?"],
                    "source": "Training material",
                },
            ),
            (
                "legal_reference",
                {
                    "jurisdiction": "NL",
                    "act": "Criminal Code",
                    "article": "Article 273f",
                    "summary": "Defines trafficking.",
                    "url": "https://example.org/273f",
                },
            ),
            ("practice_tip", {"title": "Ask about work", "text": "<p>Tip text.</p>"}),
            ("warning", {"title": "", "text": "<p>Danger text.</p>"}),
            (
                "referral_contact",
                {
                    "name": "A shelter",
                    "jurisdiction": "HU",
                    "description": "Call first.",
                    "phone": "+36 1 234 5678",
                    "email": "help@example.org",
                    "organisation": organisation,
                    "external_url": "",
                },
            ),
            ("document", {"document": document, "title": "", "description": "Two pages."}),
            (
                "table",
                {
                    "data": [["Country", "Who"], ["Belgium", "Payoke"]],
                    "table_caption": "Who does what",
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "cell": [],
                    "mergeCells": [],
                },
            ),
            (
                "figure",
                {
                    "image": image,
                    "alt_text": "",
                    "decorative": False,
                    "caption": "A room",
                    "credit": "",
                },
            ),
        ],
    )
    index.add_child(instance=chapter)
    chapter.save_revision().publish()
    return chapter


@pytest.mark.django_db
def test_every_block_renders(get_page, chapter_with_every_block):
    main = get_page(chapter_with_every_block.url).find("main")

    checklist = main.find("section", class_="indicators")
    assert checklist.find(["h2", "h3"]).get_text(strip=True) == "Labour signs"
    legends = [legend.get_text(strip=True) for legend in checklist.find_all("legend")]
    assert legends == ["Labour exploitation", "Children"]
    boxes = checklist.select("input[type=checkbox]")
    assert len(boxes) == 3
    for box in boxes:  # every box has its label
        assert main.find("label", attrs={"for": box["id"]}).get_text(strip=True)

    case = main.find("section", class_="case-study")
    assert "Belgium" in case.find(class_="case-study__label").get_text()
    assert case.find("ol").get_text(strip=True) == "What now?"

    legal = main.find(class_="legal-ref")
    assert legal.find("cite").get_text() == "Criminal Code"
    assert "Netherlands" in legal.get_text() and "Article 273f" in legal.get_text()
    assert legal.find("a")["href"] == "https://example.org/273f"

    assert "Practice tip: Ask about work" in main.find(class_="manual-note--tip").get_text()
    assert (
        main.find(class_="manual-note--warning").find(class_="alert__title").get_text(strip=True)
        == "Warning"
    )

    contact = main.find(class_="referral-contact")
    from referral.models import Organisation

    entry = Organisation.objects.filter(locale__language_code="en").first()
    assert contact.find("a")["href"] == entry.search_result_url(None)
    assert contact.find("a")["href"].startswith("/en/directory/")
    assert contact.find("a", href="tel:+3612345678")
    assert contact.find("a", href="mailto:help@example.org")

    assert main.find("a", class_="document-link__link").get_text() == "Referral form"
    assert main.find("table").find("caption").get_text() == "Who does what"
    assert main.find("figure", class_="figure").find("img")["alt"] == "A shelter's common room"


@pytest.mark.django_db
def test_referral_contact_takes_a_directory_entry_or_an_address_not_both():
    from referral.models import Organisation

    block = ReferralContactBlock()
    entry = Organisation.objects.filter(locale__language_code="en").first()
    value = block.to_python(
        {
            "name": "X",
            "organisation": None,
            "external_url": "https://example.org",
            "jurisdiction": "",
        }
    )
    assert block.clean(value)["external_url"] == "https://example.org"
    with pytest.raises(StructBlockValidationError):
        block.clean(
            block.to_python(
                {"name": "X", "organisation": entry.pk, "external_url": "https://example.org"}
            )
        )


@pytest.mark.django_db
@pytest.mark.parametrize("language_code", LANGUAGES)
def test_table_of_contents_anchors_resolve(get_page, language_code):
    for chapter in chapters(language_code):
        html = get_page(chapter.url)
        toc = html.find("nav", class_="manual-toc")
        headings = [b for b in chapter.body if b.block_type == "heading"]
        if not headings:
            assert toc is None
            continue
        links = toc.find_all("a")
        assert [a.get_text() for a in links] == [b.value["text"] for b in headings]
        for link in links:
            target = html.find(id=link["href"][1:])
            assert target is not None and target.name in ("h2", "h3"), link["href"]
        ids = [element["id"] for element in html.find_all(id=True)]
        assert len(ids) == len(set(ids)), "duplicate ids"


@pytest.mark.django_db
def test_previous_and_next_follow_the_numbering(get_page):
    chapter = ManualChapterPage.objects.get(locale__language_code="fr", slug="belgique")
    html = get_page(chapter.url)
    assert html.find("h1").get_text(" ", strip=True).startswith("4.2 ")
    pager = html.find("nav", class_="manual-pager")
    previous = pager.find("a", rel="prev")
    following = pager.find("a", rel="next")
    assert "4.1" in previous.get_text() and "Hongrie" in previous.get_text()
    assert "4.3" in following.get_text() and "Pays-Bas" in following.get_text()

    first = get_page(first_chapter("fr").url).find("nav", class_="manual-pager")
    assert first.find("a", rel="prev") is None


@pytest.mark.django_db
@pytest.mark.parametrize("language_code", LANGUAGES)
def test_reading_time_review_date_version_and_citation(get_page, language_code):
    chapter = first_chapter(language_code)
    html = get_page(chapter.url)
    meta = html.find("dl", class_="manual-meta")
    values = [dd.get_text(strip=True) for dd in meta.find_all("dd")]
    assert re.match(r"^\d+ ", values[0])  # reading time in minutes
    assert html.find("time", datetime="2015-11-30")
    assert values[-1] == "1.0"
    citation = html.find(class_="manual-cite__text").get_text()
    assert chapter.title in citation
    assert chapter.get_full_url() in citation
    assert "(2015)" in citation  # the year of the manual's version
    assert chapter.manual_index.title in citation


@pytest.mark.django_db
def test_reading_time_grows_with_the_text():
    short = first_chapter("en")
    assert short.reading_minutes() >= 1
    words = " ".join(["word"] * 999)  # and the title: 1000 words
    assert ManualChapterPage(title="Long", intro=words).reading_minutes() == 5


@pytest.mark.django_db
def test_chapter_prints_with_its_own_stylesheet(get_page):
    html = get_page(first_chapter("en").url)
    print_sheets = [link["href"] for link in html.find_all("link", media="print")]
    assert any(href.endswith("manual/css/manual-print.css") for href in print_sheets)
    # The print button appears only with JavaScript; without it the browser's own works.
    assert html.find("li", class_="manual-actions__print").has_attr("hidden")
    assert not html.find_all("script", src=False)
    assert not html.find_all(style=True)


@pytest.mark.django_db
def test_side_by_side_lines_up_the_same_blocks(get_page):
    english = first_chapter("en")
    hungarian = english.get_translation(Locale.objects.get(language_code="hu"))
    html = get_page(english.url + "compare/?left=en&right=hu")

    rows = html.select(".parallel__row[id]")
    assert len(rows) == len(english.body)
    for row, block in zip(rows, english.body, strict=True):
        left, right = row.select(".parallel__cell")
        assert left["lang"] == "en" and right["lang"] == "hu"
        if block.block_type == "indicators":
            assert block.value["title"] in left.get_text()
            translated = next(b for b in hungarian.body if b.id == block.id)
            assert translated.value["title"] in right.get_text()
    titles = [h.get_text() for h in html.select(".parallel__title")]
    assert titles == [english.title, hungarian.title]
    ids = [element["id"] for element in html.find_all(id=True)]
    assert len(ids) == len(set(ids)), "duplicate ids"
    heading = html.select_one(".parallel__cell[lang=hu] h2.block-heading")
    assert heading["id"].startswith("hu-")


@pytest.mark.django_db
def test_side_by_side_refuses_an_unknown_language(client):
    response = client.get(first_chapter("en").url + "compare/?right=xx")
    assert response.status_code == 400
    assert "is not a language of this site" in response.content.decode()


@pytest.mark.django_db
def test_side_by_side_says_when_a_translation_is_missing(get_page, chapter_with_every_block):
    html = get_page(chapter_with_every_block.url + "compare/?right=nl")
    assert "has not been translated into Nederlands yet" in html.get_text()
    assert not html.select(".parallel__row[id]")


@pytest.mark.django_db
def test_chapter_pdf_is_a_pdf(client):
    response = client.get(first_chapter("nl").url + "pdf/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")


@pytest.mark.django_db
def test_blocks_left_untranslated_carry_their_language(get_page):
    """The demo translates introductions and checklists; the rest is still English."""
    hungarian = first_chapter("hu")
    html = get_page(hungarian.url)
    checklist = html.select_one(".manual-block--indicators")
    assert not checklist.has_attr("lang")
    english_paragraphs = html.select('.manual-block--paragraph[lang="en"]')
    assert english_paragraphs
    assert "Every right that a victim has" in english_paragraphs[0].get_text()
    # In English itself nothing is marked.
    assert not get_page(first_chapter("en").url).select(".manual-block[lang]")


@pytest.mark.django_db
@pytest.mark.parametrize("kind", ["index", "part", "chapter", "compare", "glossary"])
def test_pages_parse_without_html_errors(client, kind):
    """An HTML5 parser (WeasyPrint's tinyhtml5) meets no stray or unclosed markup."""
    from tinyhtml5.parser import HTMLParser

    from .conftest import glossary_page

    chapter = chapters("hu").filter(depth__gt=5).first() or first_chapter("hu")
    url = {
        "index": manual_index("hu").url,
        "part": chapter.get_parent().url,
        "chapter": chapter.url,
        "compare": chapter.url + "compare/?left=hu&right=fr",
        "glossary": glossary_page("hu").url,
    }[kind]
    response = client.get(url)
    assert response.status_code == 200
    parser = HTMLParser()
    parser.parse(response.content.decode())
    assert parser.errors == [], parser.errors[:5]

"""The standard page's blocks render what the editor entered and refuse what is incomplete."""

import pytest
from django.core.files.base import ContentFile
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents import get_document_model
from wagtail.images.tests.utils import get_test_image_file

from home.blocks import CallToActionBlock, ImageWithCaptionBlock, TranslatableTableBlock
from home.models import HomePage
from tests.factories import StandardPageFactory


@pytest.fixture
def image():
    from wagtail.images import get_image_model

    return get_image_model().objects.create(
        title="Shelter", file=get_test_image_file(), description="A shelter's common room"
    )


@pytest.fixture
def document():
    return get_document_model().objects.create(
        title="Referral checklist", file=ContentFile(b"%PDF-1.4 test", name="checklist.pdf")
    )


@pytest.mark.django_db
def test_every_block_renders(get_page, image, document):
    home = HomePage.objects.get(locale__language_code="en")
    about = home.get_children().live().first()
    page = StandardPageFactory(
        parent=home,
        body=[
            ("heading", {"text": "Who may identify a victim", "level": "h2"}),
            ("paragraph", "<p>Text with <b>bold</b>.</p>"),
            (
                "image",
                {
                    "image": image,
                    "alt_text": "",
                    "decorative": False,
                    "caption": "Caption",
                    "credit": "Photo: team",
                },
            ),
            ("document", {"document": document, "title": "", "description": "Two pages."}),
            ("quote", {"text": "Trust matters.", "attribution": "A participant", "role": "NGO"}),
            (
                "call_to_action",
                {
                    "title": "Read more",
                    "text": "",
                    "button_label": "Go",
                    "page": about,
                    "external_url": "",
                },
            ),
            (
                "accordion",
                {"title": "FAQ", "items": [{"question": "Is it free?", "answer": "<p>Yes.</p>"}]},
            ),
            (
                "table",
                {
                    "data": [["Country", "Period"], ["Belgium", "45 days"]],
                    "first_row_is_table_header": True,
                    "first_col_is_header": True,
                    "table_caption": "Reflection periods",
                },
            ),
        ],
    )
    main = get_page(page.url).find("main")

    assert main.find("h2", id="who-may-identify-a-victim").get_text() == "Who may identify a victim"
    assert main.find("b").get_text() == "bold"
    assert main.find("figure", class_="figure").find("img")["alt"] == "A shelter's common room"
    link = main.find("a", class_="document-link__link")
    assert link.get_text() == "Referral checklist" and link["href"] == document.url
    assert "PDF" in main.find(class_="document-link__meta").get_text()
    assert main.find("blockquote").get_text(strip=True) == "Trust matters."
    assert main.find("aside", class_="cta").find("a")["href"] == about.url
    assert main.find("details").find("summary").get_text() == "Is it free?"
    table = main.find("table")
    assert table.find("caption").get_text() == "Reflection periods"
    assert [th.get_text() for th in table.select("thead th")] == ["Country", "Period"]
    assert table.select_one("tbody th[scope=row]").get_text() == "Belgium"


@pytest.mark.django_db
def test_call_to_action_needs_exactly_one_target():
    block = CallToActionBlock()
    base = {"title": "T", "text": "", "button_label": "Go"}
    with pytest.raises(StructBlockValidationError):
        block.clean(block.to_python({**base, "page": None, "external_url": ""}))
    page = HomePage.objects.first()
    with pytest.raises(StructBlockValidationError):
        block.clean(
            block.to_python({**base, "page": page.pk, "external_url": "https://example.org"})
        )
    assert (
        block.clean(
            block.to_python({**base, "page": None, "external_url": "https://example.org"})
        ).url
        == "https://example.org"
    )


@pytest.mark.django_db
def test_image_needs_alternative_text_unless_decorative(image):
    block = ImageWithCaptionBlock()
    image.description = ""
    image.save()
    with pytest.raises(StructBlockValidationError):
        block.clean(block.to_python({"image": image.pk, "alt_text": "", "decorative": False}))
    assert block.clean(block.to_python({"image": image.pk, "alt_text": "", "decorative": True}))
    assert block.clean(
        block.to_python({"image": image.pk, "alt_text": "A room", "decorative": False})
    )


def test_table_cells_and_caption_are_offered_for_translation():
    from wagtail_localize.segments import StringSegmentValue

    block = TranslatableTableBlock()
    value = {"data": [["Country", None], ["Belgium", "45 days"]], "table_caption": "Periods"}
    segments = block.get_translatable_segments(value)
    assert [(s.path, s.render_text()) for s in segments] == [
        ("caption", "Periods"),
        ("cell-0-0", "Country"),
        ("cell-1-0", "Belgium"),
        ("cell-1-1", "45 days"),
    ]
    translated = block.restore_translated_segments(
        value,
        [StringSegmentValue("caption", "Périodes"), StringSegmentValue("cell-1-0", "Belgique")],
    )
    assert translated["table_caption"] == "Périodes"
    assert translated["data"] == [["Country", None], ["Belgique", "45 days"]]
    assert value["data"][1][0] == "Belgium"  # the source is untouched

"""StreamField blocks shared by every app's pages."""

from django.core.exceptions import ValidationError
from django.utils.functional import cached_property
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail_localize.segments import StringSegmentValue

# Rich text features editors get in body text: no colours, no fonts, no H1/H2 in
# paragraphs (headings are their own block so that the table of contents sees them).
BODY_FEATURES = ["h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link", "hr"]
SHORT_FEATURES = ["bold", "italic", "link", "document-link"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=200)
    level = blocks.ChoiceBlock(
        choices=[("h2", _("Level 2")), ("h3", _("Level 3"))],
        default="h2",
        label=_("Level"),
        help_text=_("Level 2 for a section, level 3 for a subsection."),
    )

    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"
        label = _("Heading")
        description = _("A section heading; it also appears in the page's table of contents.")
        preview_value = {"text": "Who may identify a victim", "level": "h2"}
        form_classname = "heading-block"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["anchor"] = slugify(value["text"]) or "section"
        return context


class ImageWithCaptionBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        required=False,
        max_length=250,
        label=_("Alternative text"),
        help_text=_(
            "What a reader who cannot see the image needs to know. Leave empty to use the "
            "image's own description."
        ),
    )
    decorative = blocks.BooleanBlock(
        required=False,
        label=_("Decorative"),
        help_text=_("Tick only if the image adds nothing to the text; screen readers skip it."),
    )
    caption = blocks.CharBlock(required=False, max_length=300, label=_("Caption"))
    credit = blocks.CharBlock(required=False, max_length=150, label=_("Credit"))

    class Meta:
        icon = "image"
        template = "blocks/image_block.html"
        label = _("Image")
        description = _("An image with alternative text, caption and credit.")

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        image = value["image"]  # None once the image is deleted from the library
        described = value["alt_text"] or (image.description if image else "")
        context["alt"] = "" if value["decorative"] else described
        return context

    def clean(self, value):
        value = super().clean(value)
        image = value.get("image")
        if (
            image
            and not value.get("decorative")
            and not (value.get("alt_text") or image.description)
        ):
            raise StructBlockValidationError(
                block_errors={
                    "alt_text": ValidationError(
                        _("Describe the image, or tick 'Decorative' if it adds nothing.")
                    )
                }
            )
        return value


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        required=False,
        max_length=200,
        label=_("Link text"),
        help_text=_("Leave empty to use the document's title."),
    )
    description = blocks.TextBlock(required=False, max_length=400, label=_("Description"))

    class Meta:
        icon = "doc-full"
        template = "blocks/document_block.html"
        label = _("Document")
        description = _("A downloadable document, shown with its file type and size.")


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Quotation"))
    attribution = blocks.CharBlock(required=False, max_length=150, label=_("Who said it"))
    role = blocks.CharBlock(required=False, max_length=150, label=_("Role or organisation"))

    class Meta:
        icon = "openquote"
        template = "blocks/quote_block.html"
        label = _("Quote")
        description = _("A quotation with its source.")
        preview_value = {
            "text": "Trust between professionals is what makes a referral work.",
            "attribution": "Workshop participant",
        }


class LinkStructValue(blocks.StructValue):
    """Gives templates one `url` whether the editor chose a page or typed an address."""

    @cached_property
    def url(self):
        page = self.get("page")
        if page:
            return page.localized.url
        return self.get("external_url") or ""


class CallToActionBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=120, label=_("Title"))
    text = blocks.TextBlock(required=False, max_length=400, label=_("Text"))
    button_label = blocks.CharBlock(max_length=60, label=_("Button label"))
    page = blocks.PageChooserBlock(required=False, label=_("Page"))
    external_url = blocks.URLBlock(required=False, label=_("Or an address"))

    class Meta:
        icon = "pick"
        template = "blocks/call_to_action_block.html"
        label = _("Call to action")
        description = _("A highlighted box that leads the reader to one page or address.")
        value_class = LinkStructValue

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("external_url")):
            message = ValidationError(_("Choose a page or enter an address, not both."))
            raise StructBlockValidationError(
                block_errors={"page": message, "external_url": message}
            )
        return value


class FaqItemBlock(blocks.StructBlock):
    question = blocks.CharBlock(max_length=250, label=_("Question"))
    answer = blocks.RichTextBlock(features=SHORT_FEATURES + ["ol", "ul"], label=_("Answer"))


class AccordionBlock(blocks.StructBlock):
    title = blocks.CharBlock(required=False, max_length=200, label=_("Title"))
    items = blocks.ListBlock(FaqItemBlock(), min_num=1, label=_("Questions"))

    class Meta:
        icon = "list-ul"
        template = "blocks/accordion_block.html"
        label = _("Questions and answers")
        description = _("Questions that open to show their answer; they work without JavaScript.")


class TranslatableTableBlock(TableBlock):
    """Wagtail's table, with its caption and cells offered to wagtail-localize.

    wagtail-localize skips block types it does not know, so a plain TableBlock would
    keep its English cells in every language.
    """

    def get_translatable_segments(self, value):
        if not value:
            return []
        segments = []
        if value.get("table_caption"):
            segments.append(StringSegmentValue("caption", value["table_caption"]))
        for row_index, row in enumerate(value.get("data") or []):
            for column_index, cell in enumerate(row):
                if cell:
                    segments.append(StringSegmentValue(f"cell-{row_index}-{column_index}", cell))
        return segments

    def restore_translated_segments(self, value, segments):
        value = dict(value)
        value["data"] = [list(row) for row in value.get("data") or []]
        for segment in segments:
            text = segment.render_text()
            if segment.path == "caption":
                value["table_caption"] = text
            elif segment.path.startswith("cell-"):
                _prefix, row_index, column_index = segment.path.split("-")
                value["data"][int(row_index)][int(column_index)] = text
        return value

    class Meta:
        icon = "table"
        template = "blocks/table_block.html"
        label = _("Table")
        description = _("A table with an optional header row and caption.")


class StandardStreamBlock(blocks.StreamBlock):
    """The body of a standard page."""

    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        features=BODY_FEATURES,
        icon="pilcrow",
        label=_("Text"),
        template="blocks/paragraph_block.html",
    )
    image = ImageWithCaptionBlock()
    document = DocumentLinkBlock()
    quote = QuoteBlock()
    call_to_action = CallToActionBlock()
    accordion = AccordionBlock()
    table = TranslatableTableBlock()

    class Meta:
        block_counts = {}

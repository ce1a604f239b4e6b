"""StreamField blocks made for the training manual.

The shared blocks of `home.blocks` (heading, table, image, document) are reused; the
manual adds what a handbook for professionals needs: indicator checklists, case
studies, legal references, practice tips, warnings and referral contacts. Text
fields are CharBlock, TextBlock or RichTextBlock, so wagtail-localize offers all of
them for translation; choices, URLs and contact details are language-neutral.
"""

from django.core.exceptions import ValidationError
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.snippets.blocks import SnippetChooserBlock

from home.blocks import (
    BODY_FEATURES,
    SHORT_FEATURES,
    DocumentLinkBlock,
    HeadingBlock,
    ImageWithCaptionBlock,
    TranslatableTableBlock,
)

from .choices import IndicatorCategory, Jurisdiction

# Body text of a chapter may mark glossary terms (see manual.richtext).
MANUAL_FEATURES = BODY_FEATURES + ["glossary"]
MANUAL_SHORT_FEATURES = SHORT_FEATURES + ["glossary"]


class ChapterHeadingBlock(HeadingBlock):
    """The shared heading, with the anchor chosen by the chapter.

    The chapter makes every anchor unique (two sections may share a title) and
    lists them in its table of contents, so the template takes the anchor from the
    page rather than from the heading text alone.
    """

    def get_context(self, value, parent_context=None):
        # Read it first: Wagtail's get_context updates the parent context in place, and
        # HeadingBlock would overwrite the anchor with one made from the text.
        anchor = (parent_context or {}).get("anchor")
        context = super().get_context(value, parent_context)
        if anchor:
            context["anchor"] = anchor
        return context

    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"
        label = _("Heading")
        description = _("A section heading; it also appears in the chapter's table of contents.")
        group = _("Text")


class IndicatorGroupBlock(blocks.StructBlock):
    category = blocks.ChoiceBlock(
        choices=IndicatorCategory.choices,
        default=IndicatorCategory.GENERAL,
        label=_("Category"),
    )
    indicators = blocks.ListBlock(
        blocks.CharBlock(max_length=400, label=_("Indicator")),
        min_num=1,
        label=_("Indicators"),
    )


class IndicatorListBlock(blocks.StructBlock):
    """Identification indicators grouped by category, shown as a printable checklist."""

    title = blocks.CharBlock(max_length=200, label=_("Title"))
    intro = blocks.TextBlock(
        required=False,
        max_length=800,
        label=_("Introduction"),
        help_text=_("How to read the list, e.g. that one indicator alone proves nothing."),
    )
    groups = blocks.ListBlock(IndicatorGroupBlock(), min_num=1, label=_("Groups"))

    class Meta:
        icon = "tasks"
        template = "manual/blocks/indicator_list.html"
        label = _("Indicator checklist")
        description = _(
            "Identification indicators grouped by category (labour, sexual, forced "
            "criminality, children, general), printed as a checklist."
        )
        group = _("Manual")
        preview_value = {
            "title": "Indicators of labour exploitation",
            "intro": "No single indicator proves trafficking; look at the whole picture.",
            "groups": [
                {
                    "category": "labour",
                    "indicators": [
                        "Works excessively long hours with no days off",
                        "Does not hold their own identity documents",
                    ],
                }
            ],
        }


class CaseStudyBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=200, label=_("Title"))
    country = blocks.ChoiceBlock(choices=Jurisdiction.choices, required=False, label=_("Country"))
    text = blocks.RichTextBlock(features=MANUAL_FEATURES, label=_("The case"))
    questions = blocks.ListBlock(
        blocks.CharBlock(max_length=300, label=_("Question")),
        default=[],
        label=_("Questions for discussion"),
    )
    source = blocks.CharBlock(
        required=False,
        max_length=300,
        label=_("Source"),
        help_text=_("Where the case comes from; anonymise every detail that identifies a person."),
    )

    class Meta:
        icon = "user"
        template = "manual/blocks/case_study.html"
        label = _("Case study")
        description = _("An anonymised case with questions for training sessions.")
        group = _("Manual")


class LegalReferenceBlock(blocks.StructBlock):
    jurisdiction = blocks.ChoiceBlock(choices=Jurisdiction.choices, label=_("Country or body"))
    act = blocks.CharBlock(max_length=300, label=_("Act"))
    article = blocks.CharBlock(required=False, max_length=120, label=_("Article or section"))
    summary = blocks.TextBlock(required=False, max_length=1000, label=_("What it provides"))
    url = blocks.URLBlock(required=False, label=_("Official text"))

    class Meta:
        icon = "doc-full"
        template = "manual/blocks/legal_reference.html"
        label = _("Legal reference")
        description = _("A reference to a law, with country, act, article and a link to the text.")
        group = _("Manual")


class NoteBlock(blocks.StructBlock):
    title = blocks.CharBlock(required=False, max_length=200, label=_("Title"))
    text = blocks.RichTextBlock(features=MANUAL_SHORT_FEATURES + ["ol", "ul"], label=_("Text"))


class PracticeTipBlock(NoteBlock):
    class Meta:
        icon = "pick"
        template = "manual/blocks/practice_tip.html"
        label = _("Practice tip")
        description = _("Advice from practice, set apart from the text.")
        group = _("Manual")


class WarningBlock(NoteBlock):
    class Meta:
        icon = "warning"
        template = "manual/blocks/warning.html"
        label = _("Warning")
        description = _("A risk the reader must not miss, e.g. to the victim's safety.")
        group = _("Manual")


class ReferralContactValue(blocks.StructValue):
    """One `url` for templates: the chosen directory entry's page in the reader's
    language, or the address typed in."""

    @cached_property
    def url(self):
        organisation = self.get("organisation")
        if organisation:
            return organisation.localized.search_result_url(None)
        return self.get("external_url") or ""


class ReferralContactBlock(blocks.StructBlock):
    name = blocks.CharBlock(max_length=200, label=_("Organisation or service"))
    jurisdiction = blocks.ChoiceBlock(
        choices=Jurisdiction.choices, required=False, label=_("Country")
    )
    description = blocks.TextBlock(required=False, max_length=600, label=_("When to contact them"))
    phone = blocks.CharBlock(required=False, max_length=40, label=_("Telephone"))
    email = blocks.EmailBlock(required=False, label=_("E-mail"))
    organisation = SnippetChooserBlock(
        "referral.Organisation",
        required=False,
        label=_("Directory entry"),
        help_text=_("The organisation in the directory, when it is listed there."),
    )
    external_url = blocks.URLBlock(required=False, label=_("Or a website"))

    class Meta:
        icon = "group"
        template = "manual/blocks/referral_contact.html"
        label = _("Referral contact")
        description = _("Who to refer to: an organisation with its contact details.")
        group = _("Manual")
        value_class = ReferralContactValue

    def clean(self, value):
        value = super().clean(value)
        if value.get("organisation") and value.get("external_url"):
            message = ValidationError(_("Choose a directory entry or enter a website, not both."))
            raise StructBlockValidationError(
                block_errors={"organisation": message, "external_url": message}
            )
        return value


class ManualStreamBlock(blocks.StreamBlock):
    """The body of a chapter."""

    heading = ChapterHeadingBlock()
    paragraph = blocks.RichTextBlock(
        features=MANUAL_FEATURES,
        icon="pilcrow",
        label=_("Text"),
        template="manual/blocks/rich_text.html",
        group=_("Text"),
    )
    indicators = IndicatorListBlock()
    case_study = CaseStudyBlock()
    legal_reference = LegalReferenceBlock()
    practice_tip = PracticeTipBlock()
    warning = WarningBlock()
    referral_contact = ReferralContactBlock()
    document = DocumentLinkBlock(group=_("Media"))
    table = TranslatableTableBlock(group=_("Media"))
    figure = ImageWithCaptionBlock(label=_("Figure"), group=_("Media"))

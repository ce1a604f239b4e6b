"""StreamField blocks of the comparison table and the referral pathways."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

from home.blocks import SHORT_FEATURES

from .choices import Exploitation, Situation


class SourcedCellBlock(blocks.StructBlock):
    """One country's rule, with where it comes from and when it was stated."""

    text = blocks.TextBlock(label=_("Rule"), max_length=800)
    source = blocks.CharBlock(
        label=_("Source"),
        max_length=300,
        help_text=_("The law, circular or official publication, e.g. 'Aliens Act, Art. 61/2'."),
    )
    source_url = blocks.URLBlock(required=False, label=_("Address of the source"))
    date = blocks.DateBlock(
        label=_("Checked on"),
        help_text=_("When an editor last checked this answer against its source."),
    )

    class Meta:
        icon = "doc-full"
        label = _("Cell")


class ComparisonRowBlock(blocks.StructBlock):
    """One question, answered for each of the three countries."""

    topic = blocks.CharBlock(label=_("Question"), max_length=150)
    hungary = SourcedCellBlock(label=_("Hungary"))
    belgium = SourcedCellBlock(label=_("Belgium"))
    netherlands = SourcedCellBlock(label=_("Netherlands"))

    class Meta:
        icon = "table"
        label = _("Row")
        template = "referral/blocks/comparison_row.html"
        description = _("A question of the comparison with the answer of each country.")


class ComparisonStreamBlock(blocks.StreamBlock):
    row = ComparisonRowBlock()

    class Meta:
        min_num = 1


class StepBlock(blocks.StructBlock):
    """One step of a pathway: who does what, on which legal basis, how fast, with what."""

    title = blocks.CharBlock(label=_("Step"), max_length=200)
    actor = blocks.CharBlock(label=_("Who"), max_length=250)
    action = blocks.RichTextBlock(label=_("What they do"), features=SHORT_FEATURES + ["ol", "ul"])
    legal_basis = blocks.CharBlock(required=False, label=_("Legal basis"), max_length=400)
    time_limit = blocks.CharBlock(required=False, label=_("Time limit"), max_length=250)
    documents = blocks.CharBlock(required=False, label=_("Documents needed"), max_length=400)
    forms = blocks.MultipleChoiceBlock(
        choices=Exploitation.choices,
        required=False,
        label=_("Only for these forms of exploitation"),
        help_text=_("Leave empty if the step applies whatever the form of exploitation."),
    )
    contacts = blocks.ListBlock(
        SnippetChooserBlock("referral.Organisation", label=_("Contact")),
        required=False,
        label=_("Contacts from the directory"),
    )

    class Meta:
        icon = "list-ol"
        label = _("Step")

    def applies_to(self, value, exploitation):
        return not value.get("forms") or exploitation in value["forms"]


class SituationBlock(blocks.StructBlock):
    situation = blocks.ChoiceBlock(choices=Situation.choices, label=_("Situation"))
    introduction = blocks.TextBlock(required=False, label=_("Introduction"), max_length=800)
    steps = blocks.ListBlock(StepBlock(), min_num=1, label=_("Steps"))

    class Meta:
        icon = "list-ol"
        label = _("Situation")
        template = "referral/blocks/situation.html"
        description = _("The ordered steps for one situation of the victim.")


class SituationStreamBlock(blocks.StreamBlock):
    situation = SituationBlock()

    class Meta:
        min_num = 1

    def clean(self, value):
        value = super().clean(value)
        seen = set()
        for child in value:
            situation = child.value["situation"]
            if situation in seen:
                raise blocks.StreamBlockValidationError(
                    non_block_errors=ValidationError(
                        _("Each situation may be described only once on a pathway.")
                    )
                )
            seen.add(situation)
        return value

"""StreamField blocks of event pages: the agenda, the materials, the report's links."""

import datetime

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

from .choices import MaterialKind, SessionType, WorkingLanguage


class AgendaSessionValue(blocks.StructValue):
    """Gives templates and calendars the session's day, falling back to the event's."""

    def day(self, default):
        return self.get("date") or default

    @property
    def session_type_label(self):
        return SessionType(self.get("session_type") or SessionType.TALK).label

    @property
    def is_break(self):
        return self.get("session_type") == SessionType.BREAK


class AgendaSessionBlock(blocks.StructBlock):
    date = blocks.DateBlock(
        required=False,
        label=_("Day"),
        help_text=_("Leave empty for the first day of the event."),
    )
    start_time = blocks.TimeBlock(
        label=_("Starts"), help_text=_("Local time at the venue, like the event's times.")
    )
    end_time = blocks.TimeBlock(required=False, label=_("Ends"))
    title = blocks.CharBlock(max_length=200, label=_("Title"))
    session_type = blocks.ChoiceBlock(
        choices=SessionType.choices, default=SessionType.TALK, label=_("Type")
    )
    description = blocks.TextBlock(required=False, max_length=1000, label=_("Description"))
    room = blocks.CharBlock(required=False, max_length=120, label=_("Room"))
    speakers = blocks.ListBlock(
        SnippetChooserBlock("events.Speaker", label=_("Speaker")),
        default=[],
        label=_("Speakers"),
        help_text=_("Speakers, moderators and hosts of this session, in the order to show."),
    )

    class Meta:
        icon = "time"
        label = _("Session")
        description = _("One item of the agenda: when, what, where and who.")
        value_class = AgendaSessionValue
        template = "events/blocks/agenda_session.html"
        preview_value = {
            "start_time": datetime.time(9, 30),
            "end_time": datetime.time(10, 15),
            "title": "Identifying victims at the border",
            "session_type": SessionType.TALK,
            "room": "Plenary hall",
        }

    def clean(self, value):
        value = super().clean(value)
        start, end = value.get("start_time"), value.get("end_time")
        if start and end and end <= start:
            raise StructBlockValidationError(
                block_errors={"end_time": ValidationError(_("A session ends after it starts."))}
            )
        return value


class AgendaStreamBlock(blocks.StreamBlock):
    """The ordered sessions of an event."""

    session = AgendaSessionBlock()

    class Meta:
        block_counts = {}


class MaterialValue(blocks.StructValue):
    @property
    def kind_label(self):
        return MaterialKind(self.get("kind") or MaterialKind.OTHER).label

    @property
    def language_label(self):
        code = self.get("language")
        return WorkingLanguage(code).label if code else ""


class MaterialBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        required=False,
        max_length=200,
        label=_("Title"),
        help_text=_("Leave empty to use the document's title."),
    )
    kind = blocks.ChoiceBlock(
        choices=MaterialKind.choices, default=MaterialKind.SLIDES, label=_("Kind")
    )
    language = blocks.ChoiceBlock(
        choices=WorkingLanguage.choices, required=False, label=_("Language of the document")
    )
    description = blocks.TextBlock(required=False, max_length=400, label=_("Description"))

    class Meta:
        icon = "doc-full"
        label = _("Material")
        value_class = MaterialValue
        template = "events/blocks/material_block.html"
        description = _("A document from the event (slides, papers, the report), with its kind.")


class MaterialStreamBlock(blocks.StreamBlock):
    material = MaterialBlock()

    class Meta:
        block_counts = {}


class RelatedPageBlock(blocks.StructBlock):
    """A page the event's findings went into, e.g. a chapter of the training manual."""

    page = blocks.PageChooserBlock(label=_("Page"))
    note = blocks.CharBlock(
        required=False,
        max_length=250,
        label=_("What it took from the event"),
        help_text=_("One line, e.g. 'The checklist from the second session'."),
    )

    class Meta:
        icon = "link"
        label = _("Related page")
        template = "events/blocks/related_page_block.html"
        description = _("A manual chapter or other page that this event informed.")

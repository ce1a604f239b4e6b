"""The manual's pages: the index of each language, parts and chapters."""

from django.db import models
from django.http import Http404
from django.template.response import TemplateResponse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from home.blocks import SHORT_FEATURES
from home.models import BasePage

from ..blocks import ManualStreamBlock
from ..compare import compare_context, compare_languages, default_other_language
from ..outline import build_outline
from ..reading import (
    body_items,
    body_text,
    mark_untranslated,
    reading_minutes,
    table_of_contents,
)
from ..richtext import glossary_ids, glossary_resolver


class ManualIndexPage(RoutablePageMixin, BasePage):
    """The manual in one language: its parts and chapters, numbered, and its PDF."""

    search_kind = "manual"

    intro = RichTextField(features=SHORT_FEATURES, blank=True, verbose_name=_("introduction"))
    version = models.CharField(
        max_length=20,
        default="1.0",
        verbose_name=_("version"),
        help_text=_("The edition of the manual, quoted in citations and on the PDF's cover."),
    )
    version_date = models.DateField(
        null=True,
        blank=True,
        verbose_name=_("date of this version"),
    )
    authors = models.CharField(
        max_length=300,
        default="RAVOT-EUR project partners",
        verbose_name=_("authors"),
        help_text=_("As they should appear in a citation (people or an organisation)."),
    )
    publisher = models.CharField(
        max_length=300,
        blank=True,
        verbose_name=_("publisher"),
        help_text=_("E.g. the lead partner, as it should appear in a citation."),
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldPanel("version"),
                FieldPanel("version_date"),
                FieldPanel("authors"),
                FieldPanel("publisher"),
            ],
            _("Edition and citation"),
        ),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["manual.ManualPartPage", "manual.ManualChapterPage", "manual.GlossaryPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("manual index page")

    @property
    def manual_index(self):
        return self

    def outline(self):
        return build_outline(self)

    def glossary_page(self):
        from .glossary import GlossaryPage

        return GlossaryPage.objects.child_of(self).live().public().first()

    def pdf_record(self):
        from .pdf import ManualPdf

        return ManualPdf.objects.filter(index_page=self).first()

    @path("")
    def index_route(self, request):
        outline = self.outline()
        return self.render(
            request,
            context_overrides={
                "outline": outline,
                "glossary_page": self.glossary_page(),
                "pdf": self.pdf_record(),
            },
        )

    @path("pdf/", name="pdf")
    def pdf_route(self, request):
        from ..pdf import serve_manual_pdf

        return serve_manual_pdf(request, self)


class ManualPageMixin:
    """What parts and chapters share: their manual and their place in it."""

    search_kind = "manual"

    @cached_property
    def manual_index(self):
        return ManualIndexPage.objects.ancestor_of(self).order_by("-depth").first()

    @cached_property
    def outline(self):
        if self.manual_index is None:
            return None
        return build_outline(self.manual_index)

    @cached_property
    def outline_entry(self):
        return self.outline.entry_for(self) if self.outline else None

    @property
    def number(self):
        return self.outline_entry.number if self.outline_entry else ""


class ManualPartPage(ManualPageMixin, BasePage):
    """A part of the manual grouping chapters (Part I, Part II…)."""

    intro = models.TextField(blank=True, max_length=1200, verbose_name=_("introduction"))

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]

    parent_page_types = ["manual.ManualIndexPage"]
    subpage_types = ["manual.ManualChapterPage"]

    class Meta:
        verbose_name = _("manual part")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["entry"] = self.outline_entry
        context["manual_index"] = self.manual_index
        return context


class ManualChapterPage(ManualPageMixin, RoutablePageMixin, BasePage):
    """A chapter of the manual, or a section when it sits under another chapter."""

    intro = models.TextField(
        blank=True,
        max_length=1500,
        verbose_name=_("introduction"),
        help_text=_("What the chapter covers and who it is for; shown above the text."),
    )
    body = StreamField(ManualStreamBlock(), blank=True, verbose_name=_("body"))
    last_reviewed = models.DateField(
        null=True,
        blank=True,
        verbose_name=_("last reviewed"),
        help_text=_("When an expert last checked that the chapter is correct and current."),
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("intro"),
        FieldPanel("body"),
        FieldPanel("last_reviewed"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("intro", boost=2),
        index.SearchField("body"),
    ]

    parent_page_types = [
        "manual.ManualIndexPage",
        "manual.ManualPartPage",
        "manual.ManualChapterPage",
    ]
    subpage_types = ["manual.ManualChapterPage"]

    class Meta:
        verbose_name = _("manual chapter")

    # -- reading ---------------------------------------------------------------

    @cached_property
    def body_items(self):
        return mark_untranslated(body_items(self.body), self)

    def table_of_contents(self):
        return table_of_contents(self.body_items)

    def reading_minutes(self):
        return reading_minutes(self.title, self.intro, body_text(self.body))

    def numbered_title(self):
        return f"{self.number} {self.title}" if self.number else self.title

    def citation(self, request=None):
        """The 'How to cite' line, in the page's language."""
        manual = self.manual_index
        url = self.get_full_url(request)
        if manual is None:
            return f"{self.title}. {url}"
        date = manual.version_date or (self.last_published_at and self.last_published_at.date())
        return _(
            "%(authors)s (%(year)s). %(number)s %(title)s. In: %(manual)s, version "
            "%(version)s.%(publisher)s %(url)s"
        ) % {
            "authors": manual.authors,
            "year": date.year if date else "",
            "number": self.number,
            "title": self.title,
            "manual": manual.title,
            "version": manual.version,
            "publisher": f" {manual.publisher}." if manual.publisher else "",
            "url": url,
        }

    def subsections(self):
        entry = self.outline_entry
        return entry.children if entry else []

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Every term marked in the chapter, fetched at once for all its paragraphs.
        glossary_resolver(request=request).prefetch(glossary_ids(self.body))
        previous, following = self.outline.neighbours(self) if self.outline else (None, None)
        context.update(
            manual_index=self.manual_index,
            entry=self.outline_entry,
            previous_entry=previous,
            next_entry=following,
            toc=self.table_of_contents(),
            citation=self.citation(request),
            compare_languages=compare_languages(),
            compare_right=default_other_language(self.locale.language_code),
        )
        return context

    # -- other views of the chapter ----------------------------------------------

    @path("")
    def chapter_route(self, request):
        return self.render(request)

    @path("compare/", name="compare")
    def compare_route(self, request):
        context, status = compare_context(request, self)
        return TemplateResponse(request, "manual/chapter_compare.html", context, status=status)

    @path("pdf/", name="pdf")
    def pdf_route(self, request):
        from ..pdf import serve_chapter_pdf

        if self.manual_index is None:
            raise Http404
        return serve_chapter_pdf(request, self)

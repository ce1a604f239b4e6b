"""The three countries side by side, the referral pathways and the referral finder."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.fields import StreamField
from wagtail.search import index

from home.models import BasePage

from ..blocks import ComparisonStreamBlock, SituationStreamBlock
from ..choices import Country


class ComparisonPage(BasePage):
    """Who may identify a victim, the reflection period, residence, shelter, legal aid,
    compensation and return, in Hungary, Belgium and the Netherlands, each with a source."""

    intro = models.TextField(blank=True, max_length=800, verbose_name=_("introduction"))
    rows = StreamField(ComparisonStreamBlock(), verbose_name=_("comparison"))

    content_panels = BasePage.content_panels + [FieldPanel("intro"), FieldPanel("rows")]
    search_fields = BasePage.search_fields + [
        index.SearchField("intro"),
        index.SearchField("rows"),
    ]

    parent_page_types = ["home.HomePage", "referral.PathwayIndexPage"]
    subpage_types = []

    search_kind = "pathway"

    class Meta:
        verbose_name = _("country comparison")

    def search_country(self):
        return [code for code, _label in Country.choices]


class PathwayIndexPage(BasePage):
    """All pathways, and the finder that picks one from four answers (a GET form)."""

    intro = models.TextField(blank=True, max_length=800, verbose_name=_("introduction"))

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["referral.PathwayPage", "referral.ComparisonPage"]
    max_count_per_parent = 1

    search_kind = "pathway"

    class Meta:
        verbose_name = _("referral pathways")

    def search_country(self):
        return [code for code, _label in Country.choices]

    def pathways(self):
        return PathwayPage.objects.child_of(self).live().public().order_by("path")

    def get_context(self, request, *args, **kwargs):
        from ..finder import answer

        context = super().get_context(request, *args, **kwargs)
        pathways = list(self.pathways())
        context["national_pathways"] = [p for p in pathways if p.is_national]
        context["crossborder_pathways"] = [p for p in pathways if not p.is_national]
        context["comparison"] = ComparisonPage.objects.child_of(self).live().public().first()
        context.update(answer(self, request))
        return context

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        form = response.context_data.get("finder_form")
        if form is not None and form.is_bound and not form.is_valid():
            response.status_code = 400  # the answers are incomplete or unknown
        return response


class PathwayPage(BasePage):
    """One direction between two countries (or one country's national mechanism): the
    ordered steps for each situation of the victim."""

    identified_in = models.CharField(
        max_length=2,
        choices=Country.choices,
        verbose_name=_("where the victim is identified"),
    )
    origin = models.CharField(
        max_length=2,
        choices=Country.choices,
        verbose_name=_("the victim's country"),
        help_text=_("The same country as above for a national referral mechanism."),
    )
    intro = models.TextField(blank=True, max_length=800, verbose_name=_("introduction"))
    situations = StreamField(SituationStreamBlock(), verbose_name=_("situations"))

    content_panels = BasePage.content_panels + [
        FieldRowPanel([FieldPanel("identified_in"), FieldPanel("origin")]),
        FieldPanel("intro"),
        FieldPanel("situations"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("intro"),
        index.SearchField("situations"),
        index.FilterField("identified_in"),
        index.FilterField("origin"),
    ]

    parent_page_types = ["referral.PathwayIndexPage"]
    subpage_types = []

    search_kind = "pathway"

    class Meta:
        verbose_name = _("referral pathway")

    @property
    def is_national(self):
        return self.identified_in == self.origin

    def search_country(self):
        return sorted({self.identified_in, self.origin})

    def search_headings(self):
        return " ".join(step["title"] for block in self.situations for step in block.value["steps"])

    def clean(self):
        super().clean()
        twins = PathwayPage.objects.filter(
            locale_id=self.locale_id, identified_in=self.identified_in, origin=self.origin
        ).exclude(pk=self.pk)
        if self.identified_in and self.origin and twins.exists():
            raise ValidationError(
                {"origin": _("A pathway for these two countries exists already in this language.")}
            )

    def situation(self, code):
        for block in self.situations:
            if block.value["situation"] == code:
                return block
        return None

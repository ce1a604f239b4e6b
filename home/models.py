"""The site's shared page types, snippets and settings."""

from django.conf import settings
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.blocks import PageChooserBlock
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.documents.models import AbstractDocument, Document
from wagtail.fields import RichTextField, StreamField
from wagtail.models import CollectionViewRestriction, Page, TranslatableMixin
from wagtail.search import index

from .blocks import SHORT_FEATURES, StandardStreamBlock
from .choices import Country, PartnerRole

NEWS_PER_PAGE = 10


class BasePage(Page):
    """What every public page has: a summary for listings and a social image."""

    summary = models.TextField(
        blank=True,
        max_length=400,
        verbose_name=_("summary"),
        help_text=_("One or two sentences shown in listings and search results."),
    )
    listing_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("listing image"),
        help_text=_(
            "Shown in listings and when the page is shared. Landscape, at least 1200 px wide."
        ),
    )

    #: How search labels and filters this kind of page (see search.kinds).
    search_kind = "page"

    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("search_headings", boost=1.5),
        index.FilterField("locale_id"),
        index.FilterField("alias_of"),
        index.FilterField("search_kind"),
        index.FilterField("search_country"),
        index.FilterField("search_language"),
        index.FilterField("search_is_private"),
    ]
    promote_panels = Page.promote_panels + [
        MultiFieldPanel([FieldPanel("summary"), FieldPanel("listing_image")], _("Listings")),
    ]

    class Meta:
        abstract = True

    def search_headings(self):
        """The body's headings: search ranks a match in a heading above one in the text."""
        body = getattr(self, "body", None) or []
        return " ".join(block.value["text"] for block in body if block.block_type == "heading")

    def search_country(self):
        """The countries (ISO codes) the page is about, for the search filter; none here."""
        return []

    def search_language(self):
        return self.locale.language_code

    def search_is_private(self):
        return self.get_view_restrictions().exists()

    @classmethod
    def get_indexed_objects(cls):
        return super().get_indexed_objects().select_related("locale")


class HomePage(BasePage):
    """The root of each language's page tree."""

    intro = RichTextField(
        features=SHORT_FEATURES,
        blank=True,
        verbose_name=_("introduction"),
        help_text=_("The opening paragraph under the site's name."),
    )
    featured = StreamField(
        [("page", PageChooserBlock(label=_("Page")))],
        blank=True,
        max_num=6,
        verbose_name=_("featured pages"),
        help_text=_(
            "Up to six pages shown as cards; each shows in the reader's language if translated."
        ),
    )

    content_panels = BasePage.content_panels + [FieldPanel("intro"), FieldPanel("featured")]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]

    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["featured_pages"] = self.featured_pages()
        context["latest_news"] = (
            NewsPage.objects.live()
            .public()
            .filter(locale_id=self.locale_id)
            .order_by("-date", "-pk")
            .select_related("listing_image")[:3]
        )
        return context

    def featured_pages(self):
        """The chosen pages, each in this page's language when translated, live ones only."""
        chosen_ids = [block.value.pk for block in self.featured if block.value]
        chosen = Page.objects.filter(pk__in=chosen_ids).live().public().specific().in_bulk()
        keys = [page.translation_key for page in chosen.values()]
        localized = {
            page.translation_key: page
            for page in Page.objects.filter(translation_key__in=keys, locale_id=self.locale_id)
            .live()
            .public()
            .specific()
        }
        return [
            localized.get(chosen[page_id].translation_key, chosen[page_id])
            for page_id in chosen_ids
            if page_id in chosen
        ]


class StandardPage(BasePage):
    """A general content page: about the project, partners, legal notices."""

    intro = models.TextField(blank=True, max_length=600, verbose_name=_("introduction"))
    body = StreamField(StandardStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = BasePage.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = BasePage.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("standard page")


class NewsIndexPage(RoutablePageMixin, BasePage):
    """The news listing of one language, with its RSS and Atom feeds."""

    intro = models.TextField(blank=True, max_length=600, verbose_name=_("introduction"))

    content_panels = BasePage.content_panels + [FieldPanel("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["home.NewsPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("news index page")

    def news(self):
        return (
            NewsPage.objects.child_of(self)
            .live()
            .public()
            .order_by("-date", "-pk")
            .select_related("listing_image", "locale")
        )

    @path("")
    def index_route(self, request):
        paginator = Paginator(self.news(), NEWS_PER_PAGE)
        try:
            news_page = paginator.page(request.GET.get("page", 1))
        except PageNotAnInteger:
            news_page = paginator.page(1)
        except EmptyPage:
            news_page = paginator.page(paginator.num_pages)
        return self.render(request, context_overrides={"news_page": news_page})

    @path("feed/rss/", name="rss")
    def rss_feed(self, request):
        from .feeds import NewsRssFeed

        return NewsRssFeed(self)(request)

    @path("feed/atom/", name="atom")
    def atom_feed(self, request):
        from .feeds import NewsAtomFeed

        return NewsAtomFeed(self)(request)


class NewsPage(BasePage):
    search_kind = "news"

    date = models.DateField(default=timezone.localdate, verbose_name=_("date"))
    body = StreamField(StandardStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = BasePage.content_panels + [FieldPanel("date"), FieldPanel("body")]
    search_fields = BasePage.search_fields + [
        index.SearchField("body"),
        index.FilterField("date"),
    ]

    parent_page_types = ["home.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news items")


class Partner(TranslatableMixin, models.Model):
    """A partner organisation of the project, listed in the footer and on the about page."""

    name = models.CharField(max_length=200, verbose_name=_("name"))
    country = models.CharField(max_length=2, choices=Country.choices, verbose_name=_("country"))
    role = models.CharField(
        max_length=10,
        choices=PartnerRole.choices,
        default=PartnerRole.PARTNER,
        verbose_name=_("role"),
    )
    website = models.URLField(blank=True, verbose_name=_("website"))
    page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("page about the partner"),
    )
    sort_order = models.PositiveSmallIntegerField(default=0, verbose_name=_("order"))

    panels = [
        FieldPanel("name"),
        FieldPanel("country"),
        FieldPanel("role"),
        FieldPanel("website"),
        FieldPanel("page"),
        FieldPanel("sort_order"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order", "name"]
        verbose_name = _("partner")
        verbose_name_plural = _("partners")

    def __str__(self):
        return self.name


@register_setting(icon="mail")
class ContactSettings(BaseGenericSetting):
    """The project's contact details, shown in every page's footer under the lead partner's
    name (a translatable Partner), so that only language-neutral details live here."""

    email = models.EmailField(blank=True, verbose_name=_("e-mail"))
    phone = models.CharField(max_length=40, blank=True, verbose_name=_("telephone"))
    address = models.TextField(
        blank=True,
        max_length=400,
        verbose_name=_("postal address"),
        help_text=_("Street, postcode and city; the country is added in the reader's language."),
    )
    country = models.CharField(
        max_length=2, blank=True, choices=Country.choices, verbose_name=_("country")
    )
    grant_reference = models.CharField(
        max_length=80,
        blank=True,
        verbose_name=_("grant agreement"),
        help_text=_("The EU grant agreement number, quoted in the funding acknowledgement."),
    )

    panels = [
        FieldPanel("email"),
        FieldPanel("phone"),
        FieldPanel("address"),
        FieldPanel("country"),
        FieldPanel("grant_reference"),
    ]

    class Meta:
        verbose_name = _("contact details")


class SiteDocument(AbstractDocument):
    """A document with a description and a language, so that search can find and label it."""

    description = models.TextField(
        blank=True,
        max_length=1000,
        verbose_name=_("description"),
        help_text=_("What the document contains, in a sentence or two; search finds it by this."),
    )
    language = models.CharField(
        max_length=8,
        blank=True,
        choices=settings.LANGUAGES,
        verbose_name=_("language"),
        help_text=_("The language the document is written in; leave empty if several."),
    )

    admin_form_fields = Document.admin_form_fields + ("description", "language")

    search_kind = "document"

    # Wagtail boosts a document's title tenfold, which put documents above the pages
    # and chapters that explain the same subject: titles count as much as page titles.
    search_fields = [
        field
        for field in AbstractDocument.search_fields
        if not (type(field) is index.SearchField and field.field_name == "title")
    ] + [
        index.SearchField("title", boost=2),
        index.SearchField("description"),
        index.FilterField("language"),
        index.FilterField("translation_key"),
        index.FilterField("search_kind"),
        index.FilterField("search_language"),
        index.FilterField("search_is_private"),
    ]

    class Meta(AbstractDocument.Meta):
        verbose_name = _("document")
        verbose_name_plural = _("documents")

    def search_language(self):
        return self.language

    @property
    def translation_key(self):
        """A document stands alone in search results (it has no translations)."""
        return f"document-{self.pk}"

    def search_is_private(self):
        """Documents in a restricted collection (e.g. "Internal") never reach public search."""
        return self.collection.get_view_restrictions().exists()

    @classmethod
    def search_public_queryset(cls, user):
        restricted = Q()
        paths = CollectionViewRestriction.objects.values_list("collection__path", flat=True)
        for collection_path in paths:
            restricted |= Q(collection__path__startswith=collection_path)
        return cls.objects.exclude(restricted) if restricted else cls.objects.all()

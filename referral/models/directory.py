"""The directory of organisations and contact points, and the page that publishes it."""

import datetime

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import models
from django.db.models import Exists, OuterRef, Q
from django.http import Http404, HttpResponse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Locale, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.models import BasePage

from ..choices import Country, OrganisationType, Service, SpokenLanguage, TargetGroup
from ..fields import ChoiceListField

#: An entry not checked for this long is listed for editors as due for verification.
VERIFICATION_INTERVAL = datetime.timedelta(days=365)
ENTRIES_PER_PAGE = 20


def verification_cutoff(today=None):
    return (today or timezone.localdate()) - VERIFICATION_INTERVAL


class Organisation(TranslatableMixin, index.Indexed, models.Model):
    """An organisation or contact point that professionals and victims can turn to."""

    name = models.CharField(max_length=200, verbose_name=_("name"))
    slug = models.SlugField(
        max_length=120,
        blank=True,
        verbose_name=_("slug"),
        help_text=_("The last part of the entry's address; made from the name if left empty."),
    )
    organisation_type = models.CharField(
        max_length=30, choices=OrganisationType.choices, verbose_name=_("type")
    )
    country = models.CharField(max_length=2, choices=Country.choices, verbose_name=_("country"))
    represented_country = models.CharField(
        max_length=2,
        blank=True,
        choices=Country.choices,
        verbose_name=_("country represented"),
        help_text=_("For embassies and consulates: the country whose citizens they assist."),
    )
    region = models.CharField(max_length=120, blank=True, verbose_name=_("region"))
    city = models.CharField(max_length=120, blank=True, verbose_name=_("city"))
    description = models.TextField(
        blank=True,
        max_length=1000,
        verbose_name=_("what they do"),
        help_text=_("Two or three sentences on the organisation's role for victims."),
    )
    services = ChoiceListField(options=Service.choices, verbose_name=_("services"))
    target_groups = ChoiceListField(options=TargetGroup.choices, verbose_name=_("target groups"))
    languages = ChoiceListField(
        options=SpokenLanguage.choices,
        verbose_name=_("languages spoken"),
        help_text=_("Languages in which people can be helped without an interpreter."),
    )
    phone = models.CharField(
        max_length=40,
        blank=True,
        verbose_name=_("telephone"),
        help_text=_("International format, e.g. +36 1 555 0100."),
    )
    hotline = models.CharField(
        max_length=40,
        blank=True,
        verbose_name=_("hotline"),
        help_text=_("A number for victims or for urgent referrals, if different."),
    )
    email = models.EmailField(blank=True, verbose_name=_("e-mail"))
    website = models.URLField(blank=True, verbose_name=_("website"))
    street_address = models.CharField(
        max_length=200,
        blank=True,
        verbose_name=_("street address"),
        help_text=_("Leave empty for shelters and others whose address must stay confidential."),
    )
    postal_code = models.CharField(max_length=20, blank=True, verbose_name=_("postcode"))
    opening_hours = models.CharField(max_length=200, blank=True, verbose_name=_("opening hours"))
    open_24_7 = models.BooleanField(default=False, verbose_name=_("reachable 24/7"))
    is_contact_point = models.BooleanField(
        default=False,
        verbose_name=_("designated referral contact point"),
        help_text=_("The national contact point for transnational referrals of its country."),
    )
    last_verified = models.DateField(
        null=True,
        blank=True,
        verbose_name=_("last verified"),
        help_text=_(
            "When someone last checked these details with the organisation. Entries older "
            "than a year are listed for editors as due for verification."
        ),
    )
    demonstration = models.BooleanField(
        default=False,
        verbose_name=_("demonstration entry"),
        help_text=_("Fictional data for trying the site out; readers see a warning."),
    )

    translatable_fields = [
        TranslatableField("name"),
        SynchronizedField("slug"),
        SynchronizedField("organisation_type"),
        SynchronizedField("country"),
        SynchronizedField("represented_country"),
        TranslatableField("region"),
        TranslatableField("city"),
        TranslatableField("description"),
        SynchronizedField("services"),
        SynchronizedField("target_groups"),
        SynchronizedField("languages"),
        SynchronizedField("phone"),
        SynchronizedField("hotline"),
        SynchronizedField("email"),
        SynchronizedField("website"),
        SynchronizedField("street_address"),
        SynchronizedField("postal_code"),
        TranslatableField("opening_hours"),
        SynchronizedField("open_24_7"),
        SynchronizedField("is_contact_point"),
        SynchronizedField("last_verified"),
        SynchronizedField("demonstration"),
    ]

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("name"),
                FieldPanel("slug"),
                FieldRowPanel([FieldPanel("organisation_type"), FieldPanel("country")]),
                FieldPanel("represented_country"),
                FieldRowPanel([FieldPanel("region"), FieldPanel("city")]),
                FieldPanel("description"),
                FieldPanel("is_contact_point"),
                FieldPanel("demonstration"),
            ],
            _("Organisation"),
        ),
        MultiFieldPanel(
            [FieldPanel("services"), FieldPanel("target_groups"), FieldPanel("languages")],
            _("Help offered"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("phone"), FieldPanel("hotline")]),
                FieldRowPanel([FieldPanel("email"), FieldPanel("website")]),
                FieldRowPanel([FieldPanel("street_address"), FieldPanel("postal_code")]),
                FieldRowPanel([FieldPanel("opening_hours"), FieldPanel("open_24_7")]),
            ],
            _("Contact details"),
        ),
        FieldPanel("last_verified"),
    ]

    search_kind = "directory"

    search_fields = [
        index.SearchField("name", boost=3),
        index.AutocompleteField("name"),
        index.SearchField("description"),
        index.SearchField("city"),
        index.SearchField("region"),
        index.SearchField("search_labels"),
        index.FilterField("locale"),
        index.FilterField("translation_key"),
        index.FilterField("country"),
        index.FilterField("organisation_type"),
        index.FilterField("search_kind"),
        index.FilterField("search_country"),
        index.FilterField("search_language"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["country", "name"]
        verbose_name = _("directory entry")
        verbose_name_plural = _("directory entries")
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="referral_org_slug_per_locale")
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = self.unique_slug()
        super().save(*args, **kwargs)

    def unique_slug(self):
        base = slugify(self.name)[:100] or "organisation"
        slug, number = base, 1
        others = Organisation.objects.filter(locale_id=self.locale_id).exclude(pk=self.pk)
        while others.filter(slug=slug).exists():
            number += 1
            slug = f"{base}-{number}"
        return slug

    # -- what readers see -----------------------------------------------------------

    def service_labels(self):
        return self._meta.get_field("services").labels(self.services)

    def target_group_labels(self):
        return self._meta.get_field("target_groups").labels(self.target_groups)

    def language_labels(self):
        return self._meta.get_field("languages").labels(self.languages)

    @property
    def verification_due(self):
        return self.last_verified is None or self.last_verified < verification_cutoff()

    def url_in(self, directory_page):
        """The entry's address under a directory page (whose URL is computed once)."""
        return f"{directory_page.url}{self.slug}/"

    # -- search -----------------------------------------------------------------------

    def search_labels(self):
        """Type, services and target groups in words, so a search for "shelter" finds them."""
        labels = [self.get_organisation_type_display(), *self.service_labels()]
        labels += self.target_group_labels()
        return " ".join(str(label) for label in labels)

    def search_country(self):
        return [self.country]

    def search_language(self):
        return self.locale.language_code

    @property
    def search_result_title(self):
        return self.name

    def search_result_text(self):
        return self.description

    def search_result_url(self, request):
        directory = directory_for(request, self.locale)
        if directory is None:
            return ""
        return f"{directory.get_url(request)}{self.slug}/"

    @classmethod
    def search_public_queryset(cls, user):
        return cls.objects.all()

    @classmethod
    def get_indexed_objects(cls):
        return super().get_indexed_objects().select_related("locale")

    # -- editors ------------------------------------------------------------------------

    @classmethod
    def due_for_verification(cls, today=None):
        """One entry per organisation (its source language version where there is one)
        whose details were last verified more than a year ago, or never."""
        stale = cls.objects.filter(
            Q(last_verified__isnull=True) | Q(last_verified__lt=verification_cutoff(today))
        ).select_related("locale")
        default = Locale.get_default()
        chosen = {}
        for entry in stale.order_by("last_verified", "name"):
            current = chosen.get(entry.translation_key)
            if current is None or (entry.locale_id == default.pk != current.locale_id):
                chosen[entry.translation_key] = entry
        return sorted(
            chosen.values(),
            key=lambda entry: (entry.last_verified or datetime.date.min, entry.name),
        )


def entries_for_locale(locale):
    """The directory as a reader of `locale` sees it: the entries translated into it,
    and untranslated entries in the default language (so none goes missing)."""
    default = Locale.get_default()
    if locale.pk == default.pk:
        return Organisation.objects.filter(locale=locale)
    translated = Organisation.objects.filter(
        locale=locale, translation_key=OuterRef("translation_key")
    )
    return Organisation.objects.filter(Q(locale=locale) | Q(locale=default) & ~Exists(translated))


class DirectoryIndexPage(RoutablePageMixin, BasePage):
    """The public directory: filters, a page per organisation, its vCard and print view."""

    intro = models.TextField(blank=True, max_length=800, verbose_name=_("introduction"))

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    search_kind = "directory"

    class Meta:
        verbose_name = _("directory")

    def search_country(self):
        return [code for code, _label in Country.choices]

    @classmethod
    def for_locale(cls, locale):
        page = cls.objects.live().filter(locale=locale).first()
        return page or cls.objects.live().filter(locale=Locale.get_default()).first()

    def entries(self):
        return entries_for_locale(self.locale).select_related("locale")

    def entry(self, slug):
        """One entry by its slug, in this page's language or else the default one."""
        found = {entry.locale_id: entry for entry in self.entries().filter(slug=slug)}
        if not found:
            raise Http404
        return found.get(self.locale_id) or next(iter(found.values()))

    @path("")
    def index_route(self, request):
        from ..forms import DirectoryFilterForm

        form = DirectoryFilterForm(request.GET)
        entries = form.filter(self.entries())
        paginator = Paginator(entries, ENTRIES_PER_PAGE)
        try:
            entries_page = paginator.page(request.GET.get("page", 1))
        except PageNotAnInteger:
            entries_page = paginator.page(1)
        except EmptyPage:
            entries_page = paginator.page(paginator.num_pages)
        base_url = self.url
        for entry in entries_page.object_list:
            entry.public_url = f"{base_url}{entry.slug}/"
        return self.render(
            request,
            context_overrides={
                "form": form,
                "entries_page": entries_page,
                "query": form.query_string(),
                "filtered": form.has_filters(),
            },
        )

    @path("<slug:slug>/", name="entry")
    def entry_route(self, request, slug):
        entry = self.entry(slug)
        return self.render(
            request,
            template="referral/organisation_page.html",
            context_overrides={"organisation": entry, "translations": self.translations_of(entry)},
        )

    @path("<slug:slug>/print/", name="print")
    def print_route(self, request, slug):
        entry = self.entry(slug)
        return self.render(
            request,
            template="referral/organisation_print.html",
            context_overrides={"organisation": entry, "printed_on": timezone.localdate()},
        )

    @path("<slug:slug>/vcard/", name="vcard")
    def vcard_route(self, request, slug):
        from ..vcard import organisation_vcard

        entry = self.entry(slug)
        response = HttpResponse(
            organisation_vcard(entry, request.build_absolute_uri(f"{self.url}{entry.slug}/")),
            content_type="text/vcard; charset=utf-8",
        )
        response["Content-Disposition"] = f'attachment; filename="{entry.slug}.vcf"'
        return response

    def translations_of(self, entry):
        """The entry's address in each language that has a directory page, for hreflang."""
        pages = {
            page.locale_id: page
            for page in DirectoryIndexPage.objects.live()
            .filter(translation_key=self.translation_key)
            .select_related("locale")
        }
        versions = []
        for version in Organisation.objects.filter(
            translation_key=entry.translation_key
        ).select_related("locale"):
            page = pages.get(version.locale_id)
            if page is not None:
                versions.append(
                    {"code": version.locale.language_code, "url": f"{page.url}{version.slug}/"}
                )
        return versions


def directory_for(request, locale):
    """The directory page of `locale` (or of the default language), looked up once per
    request: a page of search results or a list of entries may need it for every entry."""
    if request is None:
        return DirectoryIndexPage.for_locale(locale)
    found = request.__dict__.setdefault("_directory_pages", {})
    if locale.pk not in found:
        found[locale.pk] = DirectoryIndexPage.for_locale(locale)
    return found[locale.pk]

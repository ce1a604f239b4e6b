"""The glossary: translatable terms, the A–Z page, and the alphabet used to group them."""

import unicodedata

from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.models import BasePage

# Letters that Hungarian sorts and groups as one (the longest first).
HUNGARIAN_LETTERS = ["dzs", "cs", "dz", "gy", "ly", "ny", "sz", "ty", "zs"]


def fold(text):
    """Lower case without accents: the key Latin-script languages sort a glossary by."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def initial(text, language_code):
    """The letter a term is listed under: Á under A, and in Hungarian Cs under Cs."""
    folded = fold(text.strip())
    if not folded:
        return "#"
    if language_code == "hu":
        for letter in HUNGARIAN_LETTERS:
            if folded.startswith(letter):
                return letter.capitalize()
    first = folded[0]
    return first.upper() if first.isalpha() else "#"


def sort_key(text, language_code):
    folded = fold(text)
    if language_code == "hu":
        # Hungarian digraphs sort after their first letter (cs after every c…).
        for letter in HUNGARIAN_LETTERS:
            folded = folded.replace(letter, letter[0] + "\uffff" + letter[1:])
    return (folded, text)


class GlossaryTermForm(WagtailAdminModelForm):
    """Offers as related terms only the terms of the same language."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "related_terms" in self.fields:
            queryset = GlossaryTerm.objects.exclude(pk=self.instance.pk)
            if self.instance.locale_id:
                queryset = queryset.filter(locale_id=self.instance.locale_id)
            self.fields["related_terms"].queryset = queryset.order_by("term")


class GlossaryTerm(TranslatableMixin, index.Indexed, ClusterableModel):
    """A term of the field with its definition, in one language.

    The four language versions of a term share a translation key (they are made with
    wagtail-localize), which is how chapters link to the term in the reader's
    language and how search matches a term across languages.
    """

    term = models.CharField(max_length=200, verbose_name=_("term"))
    slug = models.SlugField(
        max_length=200,
        allow_unicode=False,
        blank=True,
        verbose_name=_("slug"),
        help_text=_("The term's anchor on the glossary page; made from the term if empty."),
    )
    abbreviations = models.CharField(
        max_length=200,
        blank=True,
        verbose_name=_("abbreviations"),
        help_text=_("Separate several with commas, e.g. THB."),
    )
    synonyms = models.CharField(
        max_length=400,
        blank=True,
        verbose_name=_("synonyms"),
        help_text=_("Other words for the same thing, separated by commas."),
    )
    definition = models.TextField(max_length=1500, verbose_name=_("definition"))
    source = models.CharField(
        max_length=300,
        blank=True,
        verbose_name=_("source"),
        help_text=_("Where the definition comes from, e.g. Directive 2011/36/EU, Article 2."),
    )
    related_terms = ParentalManyToManyField(
        "self", blank=True, symmetrical=False, verbose_name=_("related terms")
    )

    panels = [
        FieldPanel("term"),
        FieldPanel("abbreviations"),
        FieldPanel("synonyms"),
        FieldPanel("definition"),
        FieldPanel("source"),
        FieldPanel("related_terms"),
        FieldPanel("slug"),
    ]
    base_form_class = GlossaryTermForm

    # The slug is made from each language's own term (see save), so it is not offered
    # for translation; related terms are copied and shown in the reader's language.
    translatable_fields = [
        TranslatableField("term"),
        TranslatableField("abbreviations"),
        TranslatableField("synonyms"),
        TranslatableField("definition"),
        TranslatableField("source"),
        SynchronizedField("related_terms"),
    ]

    #: How public search labels glossary terms (see search.kinds).
    search_kind = "glossary"

    search_fields = [
        index.SearchField("term", boost=3),
        index.AutocompleteField("term"),
        index.SearchField("abbreviations", boost=2),
        index.SearchField("synonyms", boost=2),
        index.SearchField("definition"),
        index.FilterField("locale_id"),
        index.FilterField("translation_key"),
        index.FilterField("search_kind"),
        index.FilterField("search_language"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["term"]
        verbose_name = _("glossary term")
        verbose_name_plural = _("glossary terms")
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="unique_glossary_slug"),
        ]

    def __str__(self):
        return self.term

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = self._unique_slug()
        super().save(*args, **kwargs)

    def _unique_slug(self):
        base = slugify(fold(self.term))[:190] or "term"
        slug, number = base, 2
        others = GlossaryTerm.objects.filter(locale_id=self.locale_id).exclude(pk=self.pk)
        while others.filter(slug=slug).exists():
            slug = f"{base}-{number}"
            number += 1
        return slug

    @property
    def anchor(self):
        return f"term-{self.slug}"

    def abbreviation_list(self):
        return [item.strip() for item in self.abbreviations.split(",") if item.strip()]

    def synonym_list(self):
        return [item.strip() for item in self.synonyms.split(",") if item.strip()]

    # -- search (see search.registry and search.glossary) -------------------------

    def search_language(self):
        return self.locale.language_code

    def glossary_names(self):
        """The names search matches across languages: the term, its abbreviations and
        synonyms."""
        return [self.term, *self.abbreviation_list(), *self.synonym_list()]

    @property
    def search_result_title(self):
        return self.term

    def search_result_text(self):
        return self.definition

    def search_result_url(self, request=None):
        """The term's entry on the glossary page of its language."""
        # Once per request and language: a page of search results may list many terms.
        urls = request.__dict__.setdefault("_glossary_urls", {}) if request is not None else {}
        if self.locale_id not in urls:
            urls[self.locale_id] = GlossaryPage.urls_by_locale([self.locale_id]).get(self.locale_id)
        url = urls[self.locale_id]
        return f"{url}#{self.anchor}" if url else ""

    @classmethod
    def get_indexed_objects(cls):
        return super().get_indexed_objects().select_related("locale")

    def copy_for_translation(self, locale, *args, **kwargs):
        # The slug of a translation is made from the translated term.
        copy = super().copy_for_translation(locale, *args, **kwargs)
        copy.slug = ""
        return copy


class GlossaryPage(BasePage):
    """The glossary of one language, A to Z."""

    search_kind = "glossary"

    intro = models.TextField(blank=True, max_length=800, verbose_name=_("introduction"))

    content_panels = BasePage.content_panels + [FieldPanel("intro")]

    parent_page_types = ["manual.ManualIndexPage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("glossary page")

    @classmethod
    def urls_by_locale(cls, locale_ids):
        """The URL of the live glossary page of each locale, in one query."""
        urls = {}
        pages = cls.objects.live().filter(locale_id__in=locale_ids).order_by("path")
        for page in pages:
            urls.setdefault(page.locale_id, page.url)
        return urls

    def terms(self):
        return (
            GlossaryTerm.objects.filter(locale_id=self.locale_id)
            .prefetch_related("related_terms")
            .order_by("term")
        )

    def letter_groups(self):
        """[(letter, [terms])] in the alphabet of the page's language."""
        code = self.locale.language_code
        terms = sorted(self.terms(), key=lambda term: sort_key(term.term, code))
        source_related = _related_in_locale(terms, self.locale_id)
        groups = {}
        for term in terms:
            term.related_here = source_related.get(term.pk, [])
            groups.setdefault(initial(term.term, code), []).append(term)
        return list(groups.items())

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["letter_groups"] = self.letter_groups()
        context["manual_index"] = self.get_parent().specific
        return context


def _related_in_locale(terms, locale_id):
    """Related terms shown in the page's language, whichever version they were set on.

    wagtail-localize copies a term's related terms as they are (pointing at the source
    language's terms), so each is looked up by translation key in this locale.
    """
    keys = {related.translation_key for term in terms for related in term.related_terms.all()}
    here = {
        term.translation_key: term
        for term in GlossaryTerm.objects.filter(translation_key__in=keys, locale_id=locale_id)
    }
    related = {}
    for term in terms:
        related[term.pk] = [
            here[other.translation_key]
            for other in term.related_terms.all()
            if other.translation_key in here
        ]
    return related

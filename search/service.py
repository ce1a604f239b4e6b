"""Public search: one query over every language, results grouped by translation.

`search_site()` answers from the search engine when one is configured and reachable,
and from Wagtail's database backend otherwise (saying so: `outcome.degraded`). Both
return the same `Outcome`: groups of translations shown in the reader's language where
one exists, with snippets, facets, pagination and a spelling suggestion.
"""

import logging
import math
import re
from collections import defaultdict
from dataclasses import dataclass, field

from django.conf import settings
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from django.utils.translation import get_language_info
from modelsearch.backends import get_search_backend
from wagtail.models import Locale, Page

from . import glossary, registry
from .kinds import KINDS, RESTRICTED_KINDS, kind_label
from .permissions import readable_restricted_filters
from .text import plain_words

logger = logging.getLogger(__name__)

RESULTS_PER_PAGE = 10
MAX_QUERY_LENGTH = 200
MAX_EQUIVALENTS = 12
SNIPPET_LENGTH = 220
DATABASE_CANDIDATES = 200  # per model, in the database fallback
COUNTRIES = {"HU", "BE", "NL"}


@dataclass
class SearchRequest:
    query: str
    language: str
    kinds: list = field(default_factory=list)
    countries: list = field(default_factory=list)
    languages: list = field(default_factory=list)
    page: int = 1
    user: object = None
    request: object = None

    def __post_init__(self):
        from django.contrib.auth.models import AnonymousUser

        self.query = plain_words(self.query, MAX_QUERY_LENGTH)
        self.user = self.user or AnonymousUser()
        self.kinds = [kind for kind in self.kinds if kind in KINDS]
        self.countries = [country for country in self.countries if country in COUNTRIES]
        codes = {code for code, _name in settings.LANGUAGES}
        self.languages = [code for code in self.languages if code in codes]
        self.page = max(1, self.page)


@dataclass
class Version:
    language: str
    name: str
    url: str


@dataclass
class Result:
    title: str
    url: str
    kind: str
    snippet: str
    language: str  # of the version shown
    in_reader_language: bool
    versions: list  # [Version] in site language order
    obj: object = None

    @property
    def kind_label(self):
        return kind_label(self.kind)

    @property
    def language_name(self):
        """The shown version's language, named in the reader's language (for a sentence)."""
        try:
            return get_language_info(self.language)["name_translated"]
        except KeyError:
            return self.language


@dataclass
class FacetOption:
    value: str
    label: str
    count: int
    selected: bool


@dataclass
class Outcome:
    request: SearchRequest
    results: list
    total: int
    facets: dict  # name -> [FacetOption]
    suggestion: str = ""
    degraded: bool = False
    equivalents: list = field(default_factory=list)

    @property
    def equivalents_with_languages(self):
        return [(name, glossary.language_of(name)) for name in self.equivalents]

    @property
    def num_pages(self):
        return max(1, math.ceil(self.total / RESULTS_PER_PAGE))

    @property
    def page(self):
        return min(self.request.page, self.num_pages)

    @property
    def start_index(self):
        return (self.page - 1) * RESULTS_PER_PAGE + 1


def language_name(code):
    """The language's own name, capitalised as a label ("Français", "Magyar")."""
    try:
        name = get_language_info(code)["name_local"]
    except KeyError:
        return code
    return name[:1].upper() + name[1:]


def engine_backend():
    """The search engine's backend when SEARCH_URL configures one, else None."""
    if not settings.SEARCH_URL:
        return None
    return get_search_backend("default")


def search_site(search_request):
    if not search_request.query:
        return Outcome(search_request, [], 0, {})
    backend = engine_backend()
    if backend is not None and backend.is_available():
        try:
            return EngineSearch(backend, search_request).run()
        except Exception:
            logger.exception("Search engine query failed; answering from the database")
            backend.mark_unavailable()
    outcome = DatabaseSearch(search_request).run()
    outcome.degraded = backend is not None
    return outcome


# -- shared: from hits to results ---------------------------------------------------------


def content_language_codes():
    return [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]


def visible_objects(model, pks, user):
    """The objects among `pks` that `user` may see, as their most specific class."""
    queryset = for_display(registry.public_queryset(model, user).filter(pk__in=pks), model)
    return {str(obj.pk): obj for obj in queryset}


def for_display(queryset, model):
    """Objects as results show them: pages as their specific class, and the locale (for the
    language of each result) fetched with them, not once per result."""
    if hasattr(model, "locale"):
        queryset = queryset.select_related("locale")
    if issubclass(model, Page):
        queryset = queryset.specific()
    return queryset


def build_results(hits, search_request, snippets=None, highlight_words=True):
    """Results from [(model, pk)] hits (one per translation group, in order).

    Each group is shown in the reader's language when that version is visible, else
    in the language of the hit, with every visible language version listed."""
    snippets = snippets or {}
    by_model = defaultdict(list)
    for model, pk in hits:
        by_model[registry.root_model_of(model) or model].append(pk)

    found = {}
    for model, pks in by_model.items():
        for pk, obj in visible_objects(model, pks, search_request.user).items():
            found[(model, pk)] = obj

    keys = {
        model: [str(obj.translation_key) for (m, _pk), obj in found.items() if m is model]
        for model in by_model
    }
    versions_by_key = defaultdict(dict)
    for model, translation_keys in keys.items():
        if not hasattr(model, "locale"):
            continue
        queryset = registry.public_queryset(model, search_request.user).filter(
            translation_key__in=translation_keys
        )
        for version in for_display(queryset, model):
            versions_by_key[str(version.translation_key)][object_language(version)] = version

    results = []
    for model, pk in hits:
        root = registry.root_model_of(model) or model
        hit_obj = found.get((root, str(pk)))
        if hit_obj is None:
            continue
        versions = versions_by_key.get(str(hit_obj.translation_key), {})
        shown = versions.get(search_request.language, hit_obj)
        shown_language = object_language(shown)
        snippet = snippets.get((root, str(shown.pk)))
        if snippet is None and highlight_words:
            snippet = highlight(
                registry.result_text(shown) or searchable_text(shown), search_request.query
            )
        elif snippet is None:
            snippet = escape(Truncator(registry.result_text(shown)).chars(SNIPPET_LENGTH))
        results.append(
            Result(
                title=registry.result_title(shown),
                url=registry.result_url(shown, search_request.request),
                kind=getattr(shown, "search_kind", "page"),
                snippet=mark_safe(snippet),  # noqa: S308 - escaped above or by the engine's html encoder
                language=shown_language,
                in_reader_language=shown_language == search_request.language,
                versions=[
                    Version(
                        code,
                        language_name(code),
                        registry.result_url(versions[code], search_request.request),
                    )
                    for code in content_language_codes()
                    if code in versions
                ],
                obj=shown,
            )
        )
    return results


def object_language(obj):
    locale_id = getattr(obj, "locale_id", None)
    if locale_id is not None:
        return language_code_of_locale(locale_id)
    return getattr(obj, "language", "") or ""


_language_codes = {}


def language_code_of_locale(locale_id):
    """Locales are few and keep their ids: their codes are read once per process (and
    again when a new one appears), not once per result (specific pages lose the locale
    fetched with them)."""
    if locale_id not in _language_codes:
        _language_codes.update(Locale.objects.values_list("pk", "language_code"))
    return _language_codes.get(locale_id, "")


def facet_options(counts, selected, labels):
    return [
        FacetOption(value, str(labels.get(value, value)), counts.get(value, 0), value in selected)
        for value in labels
        if counts.get(value, 0) or value in selected
    ]


def facets_from_counts(search_request, kinds, countries, languages):
    from home.choices import Country

    return {
        "kind": facet_options(kinds, search_request.kinds, KINDS),
        "country": facet_options(countries, search_request.countries, dict(Country.choices)),
        "language": facet_options(
            languages,
            search_request.languages,
            {code: language_name(code) for code in content_language_codes()},
        ),
    }


# -- the search engine ------------------------------------------------------------------


class EngineSearch:
    def __init__(self, backend, search_request):
        self.backend = backend
        self.request = search_request

    def run(self):
        from .query import build_search_body

        equivalents = glossary.equivalents(self.request.query)[:MAX_EQUIVALENTS]
        indexes = self.indexes()
        body = build_search_body(
            self.request,
            equivalents,
            restricted=readable_restricted_filters(self.request.user),
            offset=(self.request.page - 1) * RESULTS_PER_PAGE,
            size=RESULTS_PER_PAGE,
        )
        response = self.backend.run_search(",".join(indexes), body)
        if "aggregations" not in response:  # none of the indices exists yet
            return Outcome(self.request, [], 0, facets_from_counts(self.request, {}, {}, {}))
        total = response["aggregations"]["groups"]["value"]["value"]
        outcome_page = min(self.request.page, max(1, math.ceil(total / RESULTS_PER_PAGE)))
        if outcome_page != self.request.page and total:
            self.request.page = outcome_page
            body["from"] = (outcome_page - 1) * RESULTS_PER_PAGE
            response = self.backend.run_search(",".join(indexes), body)

        hits, snippets = [], {}
        for hit in response["hits"]["hits"]:
            model = self.model_of(hit)
            if model is None:
                continue
            pk = hit["fields"]["pk"][0]
            hits.append((model, pk))
            fragment = best_fragment(hit.get("highlight", {}))
            if fragment:
                snippets[(registry.root_model_of(model) or model, pk)] = fragment

        aggregations = response["aggregations"]
        outcome = Outcome(
            self.request,
            build_results(hits, self.request, snippets),
            total,
            facets_from_counts(
                self.request,
                bucket_counts(aggregations["kinds"]["filtered"]),
                bucket_counts(aggregations["countries"]["filtered"]),
                bucket_counts(aggregations["languages"]["filtered"]),
            ),
            suggestion=self.suggestion(indexes, response.get("suggest", {})),
            equivalents=equivalents,
        )
        return outcome

    def suggestion(self, indexes, suggest):
        """The engine's spelling correction, for words that occur nowhere in the index
        (each language's index would otherwise "correct" the others' words)."""
        from .query import build_word_count_body

        corrections = {
            entry["text"]: entry["options"][0]["text"]
            for entry in suggest.get("spelling", [])
            if entry["options"]
        }
        if not corrections:
            return ""
        words = list(corrections)
        counts = self.backend.run_search(",".join(indexes), build_word_count_body(words))
        unknown = {
            word: corrections[word]
            for position, word in enumerate(words)
            if counts["aggregations"][f"word_{position}"]["doc_count"] == 0
        }
        if not unknown:
            return ""
        return " ".join(unknown.get(word.casefold(), word) for word in self.request.query.split())

    def indexes(self):
        return [
            index.name
            for model in registry.searchable_models()
            for index in self.backend.indexes_for_model(model)
        ]

    @staticmethod
    def model_of(hit):
        content_types = hit["fields"].get("_django_content_type") or []
        for label in content_types:  # most specific first
            model = registry.model_for_label(label)
            if model is not None:
                return model
        return None


def best_fragment(highlight):
    """The first highlighted fragment of the text: not of the title (shown already) nor
    of internal fields such as the autocomplete n-grams."""
    for name, fragments in highlight.items():
        if fragments and not name.startswith(("title", "_")):
            return fragments[0]
    return ""


def bucket_counts(aggregation):
    return {bucket["key"]: bucket["groups"]["value"] for bucket in aggregation["buckets"]}


# -- the database fallback ------------------------------------------------------------


class DatabaseSearch:
    """Wagtail's database backend: no stemming across languages, no highlighting by the
    engine; grouping, facets and pagination are done here over the best candidates."""

    def __init__(self, search_request):
        self.request = search_request
        self.backend = get_search_backend("database" if settings.SEARCH_URL else "default")

    def run(self):
        equivalents = glossary.equivalents(self.request.query)[:MAX_EQUIVALENTS]
        groups, seen = [], set()
        for model, obj in self.candidates(equivalents):
            if getattr(obj, "search_kind", "page") in RESTRICTED_KINDS:
                continue  # restricted content is searched through the engine only
            key = (model, str(obj.translation_key))
            if key not in seen:
                seen.add(key)
                groups.append(obj)

        kinds, countries, languages = defaultdict(int), defaultdict(int), defaultdict(int)
        selected = []
        for obj in groups:
            kind = getattr(obj, "search_kind", "page")
            obj_countries = obj.search_country() if hasattr(obj, "search_country") else []
            language = object_language(obj)
            kind_ok = not self.request.kinds or kind in self.request.kinds
            country_ok = not self.request.countries or set(obj_countries) & set(
                self.request.countries
            )
            if country_ok:
                kinds[kind] += 1
            if kind_ok:
                for country in obj_countries:
                    countries[country] += 1
            if kind_ok and country_ok:
                languages[language] += 1
                selected.append(obj)

        total = len(selected)
        page = min(self.request.page, max(1, math.ceil(total / RESULTS_PER_PAGE)))
        self.request.page = page
        window = selected[(page - 1) * RESULTS_PER_PAGE : page * RESULTS_PER_PAGE]
        hits = [(type(obj), str(obj.pk)) for obj in window]
        return Outcome(
            self.request,
            build_results(hits, self.request),
            total,
            facets_from_counts(self.request, kinds, countries, languages),
            equivalents=equivalents,
        )

    def candidates(self, equivalents):
        """(model, object) pairs, best first per model, only what the reader may see."""
        for model in registry.searchable_models():
            # Search querysets filter only on indexed filter fields; who may see what is
            # checked on the objects found.
            queryset = model.objects.all()
            if issubclass(model, Page):
                queryset = queryset.live()
            if hasattr(model, "locale") and self.request.languages:
                locale_ids = Locale.objects.filter(language_code__in=self.request.languages)
                queryset = queryset.filter(
                    locale_id__in=list(locale_ids.values_list("pk", flat=True))
                )
            ranked = []
            for text in [self.request.query, *equivalents]:
                try:
                    found = self.backend.search(text, queryset, operator="or")
                    ranked.extend(obj.pk for obj in found[:DATABASE_CANDIDATES])
                except Exception:  # noqa: BLE001 - one model's failure must not end the search
                    logger.exception("Database search failed for %s", model.__name__)
            objects = registry.public_queryset(model, self.request.user).filter(pk__in=ranked)
            by_pk = {obj.pk: obj for obj in for_display(objects, model)}
            for pk in dict.fromkeys(ranked):
                if pk in by_pk:
                    yield model, by_pk[pk]


def searchable_text(obj):
    return " ".join(
        str(getattr(obj, name))
        for name in ("summary", "intro", "description")
        if getattr(obj, name, "")
    )


def highlight(text, query):
    """An escaped excerpt of `text` around the first query word, the words marked."""
    words = [re.escape(glossary.fold(word)) for word in query.split() if len(word) > 1]
    text = " ".join(text.split())
    if not text:
        return ""
    folded = glossary.fold_keep_length(text)
    pattern = re.compile(r"\b(" + "|".join(words) + r")\w*", re.IGNORECASE) if words else None
    match = pattern.search(folded) if pattern else None
    start = max(0, (match.start() if match else 0) - SNIPPET_LENGTH // 3)
    end = min(len(text), start + SNIPPET_LENGTH)
    pieces, position = [], start
    if pattern:
        for found in pattern.finditer(folded, start, end):
            pieces.append(escape(text[position : found.start()]))
            pieces.append(f"<mark>{escape(text[found.start() : found.end()])}</mark>")
            position = found.end()
    pieces.append(escape(text[position:end]))
    prefix = "… " if start else ""
    suffix = " …" if end < len(text) else ""
    return prefix + "".join(pieces) + suffix


# -- editors' picks -------------------------------------------------------------------


@dataclass
class Promotion:
    title: str
    url: str
    description: str


def promotions(query, language):
    """The results editors pinned to this query (Wagtail's search promotions), each page
    in the reader's language when translated."""
    from wagtail.contrib.search_promotions.models import SearchPromotion
    from wagtail.search.utils import normalise_query_string

    picks = (
        SearchPromotion.objects.filter(query__query_string=normalise_query_string(query))
        .select_related("page")
        .order_by("sort_order")
    )
    found = []
    for pick in picks:
        if pick.page_id:
            page = pick.page.specific
            localized = (
                page.get_translations(inclusive=True)
                .live()
                .public()
                .filter(locale__language_code=language)
                .first()
            )
            page = (localized or page).specific
            if not page.live:
                continue
            found.append(
                Promotion(page.title, page.url, pick.description or getattr(page, "summary", ""))
            )
        elif pick.external_link_url:
            found.append(
                Promotion(
                    pick.external_link_text or pick.external_link_url,
                    pick.external_link_url,
                    pick.description,
                )
            )
    return found

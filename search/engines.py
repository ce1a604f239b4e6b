"""Wagtail search backends for Elasticsearch 8 and OpenSearch, with one index per language.

Everything that differs between the two engines lives in this module: the client
class, how a request body is passed, how errors are named. The rest of the search
app builds request bodies as plain dicts and runs them through `run_search`.

Each translatable model gets one index per language (`<prefix>wagtailcore_page_hu`,
...), whose default analyzer stems and removes stop words for that language and folds
diacritics, so `aldozatok` finds `áldozatainak`. Models without a language (documents)
go into one index with a language-neutral analyzer. Searching a model searches all its
indices at once: each index analyses the query with its own language's analyzer.
"""

import logging
from copy import deepcopy

from django.conf import settings
from modelsearch.backends import get_search_backend
from modelsearch.backends.base import EmptySearchResults, get_model_root
from modelsearch.backends.elasticsearch8 import (
    Elasticsearch8AutocompleteQueryCompiler,
    Elasticsearch8Index,
    Elasticsearch8Mapping,
    Elasticsearch8SearchBackend,
    Elasticsearch8SearchQueryCompiler,
    Elasticsearch8SearchResults,
)
from modelsearch.backends.opensearch3 import (
    OpenSearch3AutocompleteQueryCompiler,
    OpenSearch3Index,
    OpenSearch3Mapping,
    OpenSearch3SearchBackend,
    OpenSearch3SearchQueryCompiler,
    OpenSearch3SearchResults,
)
from modelsearch.index import class_is_indexed, get_indexed_models
from wagtail.models import TranslatableMixin

from .analysis import NEUTRAL, index_settings

logger = logging.getLogger(__name__)

# Long enough for a busy node to answer, short enough that a request never hangs on a
# dead one (a stopped node refuses the connection at once anyway).
PING_TIMEOUT = 3

# Fields every searchable model may define (as a method or attribute) that must have
# the same column name in every index, so that one request can filter and count on
# them across pages, snippets and documents (see MultilingualMappingMixin).
SHARED_FIELDS = {
    "translation_key",  # results are grouped on it
    "search_kind",
    "search_country",
    "search_language",
    "search_is_private",
    "search_headings",
}


def content_languages():
    return [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]


def indexed_models():
    """Wagtail's indexed models, less Wagtail's own document model when a custom one
    replaces it (nothing stores those any more)."""
    from wagtail.documents import get_document_model
    from wagtail.documents.models import Document

    replaced = Document if get_document_model() is not Document else None
    return [model for model in get_indexed_models() if model is not replaced]


def is_translatable(model):
    return issubclass(get_model_root(model), TranslatableMixin)


def has_language(model):
    """Models whose objects each have one language (or none): documents."""
    return hasattr(get_model_root(model), "search_language")


def language_of(obj):
    """The language whose index an object belongs in."""
    if isinstance(obj, TranslatableMixin):
        return obj.locale.language_code
    language = obj.search_language() if hasattr(obj, "search_language") else ""
    return language if language in content_languages() else NEUTRAL


class MultilingualMappingMixin:
    # Autocomplete queries are folded like the indexed edge n-grams: `áldo` finds `aldozat`.
    edgengram_analyzer_config = {"analyzer": "edgengram_analyzer", "search_analyzer": "folded"}

    def get_field_column_name(self, field):
        # Wagtail prefixes fields defined below the root model with that model's name;
        # shared fields keep one name everywhere.
        if field.field_name in SHARED_FIELDS:
            suffix = "_filter" if type(field).__name__ == "FilterField" else ""
            return field.field_name + suffix
        return super().get_field_column_name(field)

    def get_mapping(self):
        mapping = super().get_mapping()
        # An unstemmed copy of all text: exact words score higher and the spelling
        # suggester proposes real words rather than stems.
        mapping["properties"]["_all_text"]["fields"] = {
            "plain": {"type": "text", "analyzer": "folded"}
        }
        return mapping


class MultilingualIndexMixin:
    """One concrete index (or alias) for one language of one root model."""

    def __init__(self, backend, name, language=NEUTRAL, root_model=None):
        super().__init__(backend, name)
        self.language = language
        self.root_model = root_model

    def settings_body(self):
        return deep_merge(deepcopy(self.backend.settings), index_settings(self.language))

    def ensure_exists(self):
        """Creates the index with its analyzers and mappings if it is missing (first write)."""
        if self.name in self.backend.known_indexes:
            return
        if not self.exists():
            self.put()
            for model in indexed_models():
                if get_model_root(model) is self.root_model:
                    self.add_model(model)
        self.backend.known_indexes.add(self.name)

    def add_item(self, item):
        self.ensure_exists()
        super().add_item(item)

    def add_items(self, model, items):
        self.ensure_exists()
        super().add_items(model, items)

    def reset(self):
        self.backend.known_indexes.discard(self.name)
        super().reset()


class IndexGroup:
    """The indices of every language of a model, searched together in one request."""

    def __init__(self, indexes):
        self.indexes = list(indexes)
        self.name = ",".join(index.name for index in self.indexes)

    def refresh(self):
        for index in self.indexes:
            if index.exists():
                index.refresh()


class MultilingualBackendMixin:
    #: After a failed request, writes go straight to the pending list for this long
    #: instead of each waiting for the engine (editors must not wait on publishing).
    OUTAGE_SECONDS = 30

    def __init__(self, params):
        super().__init__(params)
        self.known_indexes = set()

    # -- availability ------------------------------------------------------------------

    def is_available(self):
        """False while the engine is known to be down (checked at most every 30 s)."""
        from django.core.cache import cache

        state = cache.get(self._state_key())
        if state is None:
            state = "up" if self.ping() else "down"
            cache.set(self._state_key(), state, self.OUTAGE_SECONDS)
        return state == "up"

    def mark_unavailable(self):
        from django.core.cache import cache

        cache.set(self._state_key(), "down", self.OUTAGE_SECONDS)

    def _state_key(self):
        return f"search-engine-state:{self.index_prefix}"

    # -- searching through the backend (Wagtail's admin) ---------------------------------

    def _search(self, query_compiler_class, query, model_or_queryset, **kwargs):
        """While the engine is down, Wagtail's own searches (the admin's page, image and
        document searches, the choosers) answer from the database backend."""
        autocomplete = query_compiler_class is self.autocomplete_query_compiler_class

        def fallback():
            database = get_search_backend("database")
            method = database.autocomplete if autocomplete else database.search
            return method(query, model_or_queryset, **kwargs)

        if not self.is_available():
            return fallback()
        results = super()._search(query_compiler_class, query, model_or_queryset, **kwargs)
        if not isinstance(results, EmptySearchResults):
            results.fallback = fallback
        return results

    def _write(self, action, objs, write):
        """Runs an index write; if the engine is down, remembers the objects instead."""
        from .models import PendingIndexUpdate

        if self.is_available():
            try:
                write()
                return
            except Exception:
                self.mark_unavailable()
                for obj in objs:
                    PendingIndexUpdate.remember(obj, action)
                raise
        for obj in objs:
            PendingIndexUpdate.remember(obj, action)
        logger.warning("Search engine unavailable: %d %s update(s) queued", len(objs), action)

    # -- where objects go --------------------------------------------------------------

    def index_name(self, model, language):
        root = get_model_root(model)
        name = f"{self.index_prefix}{root._meta.app_label.lower()}_{root.__name__.lower()}"
        return name if language == NEUTRAL else f"{name}_{language}"

    def get_language_index(self, model, language):
        name = self.index_name(model, language)
        return self.index_class(self, name, language=language, root_model=get_model_root(model))

    def indexes_for_model(self, model):
        languages = content_languages()
        if is_translatable(model):
            pass
        elif has_language(model):
            languages = [*languages, NEUTRAL]
        else:
            languages = [NEUTRAL]
        return [self.get_language_index(model, code) for code in languages]

    def get_index_for_model(self, model):
        # What Wagtail searches (admin search, `Page.objects.search()`): every language.
        indexes = self.indexes_for_model(model)
        return indexes[0] if len(indexes) == 1 else IndexGroup(indexes)

    def get_index_for_object(self, obj):
        return self.get_language_index(type(obj), language_of(obj))

    def all_indexes(self):
        seen = set()
        for model in indexed_models():
            for index in self.indexes_for_model(model):
                if index.name not in seen:
                    seen.add(index.name)
                    yield index

    def refresh_indexes(self):
        for index in self.all_indexes():
            if index.exists():
                index.refresh()

    def add(self, obj):
        self._write("index", [obj], lambda: self.get_index_for_object(obj).add_item(obj))

    def add_bulk(self, model, obj_list):
        if not class_is_indexed(model):
            return
        obj_list = list(obj_list)
        self._write("index", obj_list, lambda: self._add_by_language(model, obj_list))

    def _add_by_language(self, model, obj_list):
        by_language = {}
        for obj in obj_list:
            by_language.setdefault(language_of(obj), []).append(obj)
        for language, objs in by_language.items():
            self.get_language_index(model, language).add_items(model, objs)

    def replace_with(self, alias_name, new_index_name):
        """Points `alias_name` at the new index in one step and deletes what it pointed
        at (or the plain index of that name, created by a write before any rebuild)."""
        old = []
        if self.es.indices.exists_alias(name=alias_name):
            old = list(self.es.indices.get_alias(name=alias_name).keys())
        elif self.es.indices.exists(index=alias_name):
            self.es.indices.delete(index=alias_name)
        actions = [{"remove": {"index": name, "alias": alias_name}} for name in old]
        actions.append({"add": {"index": new_index_name, "alias": alias_name}})
        self.update_aliases(actions)
        for name in old:
            if name != new_index_name:
                self.es.indices.delete(index=name)
        self.known_indexes.add(alias_name)

    def delete(self, obj):
        def delete_document():
            index = self.get_index_for_object(obj)
            if index.exists():
                index.delete_item(obj)

        self._write("delete", [obj], delete_document)


def deep_merge(base, extra):
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(base.get(key), dict):
            deep_merge(base[key], value)
        else:
            base[key] = value
    return base


# -- Elasticsearch 8 -------------------------------------------------------------------


class DatabaseFallbackResultsMixin:
    """Searches made through the backend itself (Wagtail's admin, choosers) answer from the
    database backend when the engine fails mid-request, instead of failing the page."""

    def _fallback_results(self):
        self.backend.mark_unavailable()
        logger.warning("Search engine request failed; answering from the database")
        return self.fallback()

    def _do_search(self):
        try:
            return super()._do_search()
        except Exception:  # noqa: BLE001 - any engine failure: transport, timeout, 5xx
            return list(self._fallback_results()[self.start : self.stop])

    def _do_count(self):
        try:
            return super()._do_count()
        except Exception:  # noqa: BLE001
            return self._fallback_results()[self.start : self.stop].count()

    def facet(self, field_name):
        try:
            return super().facet(field_name)
        except Exception:  # noqa: BLE001
            return self._fallback_results().facet(field_name)

    def _clone(self):
        clone = super()._clone()
        clone.fallback = self.fallback
        return clone


class ES8Mapping(MultilingualMappingMixin, Elasticsearch8Mapping):
    pass


class ES8Index(MultilingualIndexMixin, Elasticsearch8Index):
    def put(self):
        self.es.indices.create(index=self.name, **self.settings_body())


class ES8QueryCompiler(Elasticsearch8SearchQueryCompiler):
    mapping_class = ES8Mapping


class ES8AutocompleteQueryCompiler(Elasticsearch8AutocompleteQueryCompiler):
    mapping_class = ES8Mapping


class ES8SearchResults(DatabaseFallbackResultsMixin, Elasticsearch8SearchResults):
    pass


class ES8SearchBackend(MultilingualBackendMixin, Elasticsearch8SearchBackend):
    mapping_class = ES8Mapping
    index_class = ES8Index
    query_compiler_class = ES8QueryCompiler
    autocomplete_query_compiler_class = ES8AutocompleteQueryCompiler
    results_class = ES8SearchResults
    engine = "elasticsearch8"

    def run_search(self, index, body):
        return self.es.search(index=index, ignore_unavailable=True, **body)

    def update_aliases(self, actions):
        self.es.indices.update_aliases(actions=actions)

    def ping(self):
        """True when the cluster answers within PING_TIMEOUT seconds."""
        try:
            return bool(self.es.options(request_timeout=PING_TIMEOUT).ping())
        except Exception:  # noqa: BLE001 - any failure means "not available"
            return False


# -- OpenSearch (2.x and 3.x servers, through opensearch-py 3) ---------------------------


class OpenSearchMapping(MultilingualMappingMixin, OpenSearch3Mapping):
    pass


class OpenSearchIndex(MultilingualIndexMixin, OpenSearch3Index):
    def put(self):
        self.es.indices.create(index=self.name, body=self.settings_body())


class OpenSearchQueryCompiler(OpenSearch3SearchQueryCompiler):
    mapping_class = OpenSearchMapping


class OpenSearchAutocompleteQueryCompiler(OpenSearch3AutocompleteQueryCompiler):
    mapping_class = OpenSearchMapping


class OpenSearchSearchResults(DatabaseFallbackResultsMixin, OpenSearch3SearchResults):
    pass


class OpenSearchBackend(MultilingualBackendMixin, OpenSearch3SearchBackend):
    mapping_class = OpenSearchMapping
    index_class = OpenSearchIndex
    query_compiler_class = OpenSearchQueryCompiler
    autocomplete_query_compiler_class = OpenSearchAutocompleteQueryCompiler
    results_class = OpenSearchSearchResults
    engine = "opensearch"

    def run_search(self, index, body):
        return self.es.search(index=index, body=body, ignore_unavailable=True)

    def update_aliases(self, actions):
        self.es.indices.update_aliases(body={"actions": actions})

    def ping(self):
        """True when the cluster answers within PING_TIMEOUT seconds."""
        try:
            return bool(self.es.ping(request_timeout=PING_TIMEOUT))
        except Exception:  # noqa: BLE001 - any failure means "not available"
            return False

"""Title suggestions while the reader types, in the reader's language where possible."""

import logging
import re

from django.conf import settings
from modelsearch.backends import get_search_backend
from wagtail.models import Locale, Page

from .permissions import readable_restricted_filters
from .query import build_autocomplete_body
from .service import EngineSearch, SearchRequest, build_results, engine_backend

logger = logging.getLogger(__name__)
SIZE = 8


def suggest(prefix, language, user, request):
    search_request = SearchRequest(query=prefix, language=language, user=user, request=request)
    backend = engine_backend()
    if backend is not None and backend.is_available():
        try:
            return engine_suggestions(backend, search_request)
        except Exception:
            logger.exception("Autocomplete failed on the search engine")
            backend.mark_unavailable()
    return database_suggestions(search_request)


def as_suggestions(results):
    return [{"title": result.title, "url": result.url, "type": result.kind} for result in results]


def engine_suggestions(backend, search_request):
    body = build_autocomplete_body(
        search_request.query, readable_restricted_filters(search_request.user), SIZE
    )
    engine = EngineSearch(backend, search_request)
    response = backend.run_search(",".join(engine.indexes()), body)
    hits = []
    for hit in response["hits"]["hits"]:
        model = EngineSearch.model_of(hit)
        if model is not None:
            hits.append((model, hit["fields"]["pk"][0]))
    return as_suggestions(build_results(hits, search_request, highlight_words=False))


def database_suggestions(search_request):
    backend = get_search_backend("database" if settings.SEARCH_URL else "default")
    # Search querysets filter on indexed fields only; build_results checks visibility.
    locale = Locale.objects.filter(language_code=search_request.language).first()
    pages = Page.objects.live().filter(locale_id=getattr(locale, "pk", None))
    # The database backends pass the text to their full-text syntax (SQLite's FTS5 fails
    # on quotes, colons or brackets): only its words go.
    words = " ".join(re.findall(r"\w+", search_request.query))
    if not words:
        return []
    found = backend.autocomplete(words, pages)[: SIZE * 2]
    hits = [(Page, str(page.pk)) for page in found]
    return as_suggestions(build_results(hits, search_request, highlight_words=False))[:SIZE]

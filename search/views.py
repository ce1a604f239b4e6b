"""The search page, its JSON API and the autocomplete suggestions."""

from django.conf import settings
from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.utils.http import urlencode
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from . import autocomplete
from .models import QueryStat
from .service import MAX_QUERY_LENGTH, SearchRequest, promotions, search_site

LANGUAGE_CODES = {code for code, _name in settings.LANGUAGES}


class BadSearch(ValueError):
    pass


def search_request_from(request, language):
    query = request.GET.get("q", "")
    if len(query) > MAX_QUERY_LENGTH * 5:
        raise BadSearch(_("The search text is too long."))
    try:
        page = int(request.GET.get("page", "1"))
    except ValueError:
        raise BadSearch(_("The page number must be a whole number.")) from None
    if page < 1:
        raise BadSearch(_("The page number must be 1 or more."))
    return SearchRequest(
        query=query,
        language=language,
        kinds=request.GET.getlist("type"),
        countries=request.GET.getlist("country"),
        languages=request.GET.getlist("language"),
        page=page,
        user=request.user,
        request=request,
    )


@require_GET
def search_page(request):
    language = get_language()
    try:
        search_request = search_request_from(request, language)
    except BadSearch as error:
        search_request = SearchRequest(
            query=request.GET.get("q", "")[:MAX_QUERY_LENGTH], language=language
        )
        return TemplateResponse(
            request,
            "search/search_page.html",
            {"error": str(error), "search": search_request},
            status=400,
        )
    outcome = search_site(search_request)
    if search_request.query:
        QueryStat.record(search_request.query, language, found=outcome.total > 0)
    filters = [("type", kind) for kind in search_request.kinds]
    filters += [("country", country) for country in search_request.countries]
    filters += [("language", code) for code in search_request.languages]
    return TemplateResponse(
        request,
        "search/search_page.html",
        {
            "search": search_request,
            "outcome": outcome,
            "promotions": promotions(search_request.query, language)
            if search_request.query
            else [],
            "page_query": urlencode([("q", search_request.query), *filters]),
        },
    )


def api_error(message, status=400):
    return JsonResponse({"error": message}, status=status)


@require_GET
def search_api(request):
    language = request.GET.get("lang", settings.LANGUAGE_CODE)
    if language not in LANGUAGE_CODES:
        return api_error(
            f"Unknown language {language[:10]!r}; use one of {sorted(LANGUAGE_CODES)}."
        )
    if not request.GET.get("q", "").strip():
        return api_error("Give a query in the q parameter.")
    try:
        search_request = search_request_from(request, language)
    except BadSearch as error:
        return api_error(str(error))
    outcome = search_site(search_request)
    QueryStat.record(search_request.query, language, found=outcome.total > 0)
    absolute = request.build_absolute_uri
    return JsonResponse(
        {
            "query": search_request.query,
            "language": language,
            "total": outcome.total,
            "page": outcome.page,
            "pages": outcome.num_pages,
            "degraded": outcome.degraded,
            "suggestion": outcome.suggestion,
            "also_searched_for": outcome.equivalents,
            "promoted": [
                {"title": p.title, "url": absolute(p.url), "description": p.description}
                for p in promotions(search_request.query, language)
            ],
            "results": [
                {
                    "title": result.title,
                    "snippet": str(result.snippet),
                    "type": result.kind,
                    "type_label": str(result.kind_label),
                    "language": result.language,
                    "in_requested_language": result.in_reader_language,
                    "url": absolute(result.url),
                    "urls": {
                        version.language: absolute(version.url) for version in result.versions
                    },
                }
                for result in outcome.results
            ],
            "facets": {
                name: [
                    {
                        "value": option.value,
                        "label": option.label,
                        "count": option.count,
                        "selected": option.selected,
                    }
                    for option in options
                ]
                for name, options in outcome.facets.items()
            },
        },
        json_dumps_params={"ensure_ascii": False},
    )


@require_GET
def suggest_api(request):
    language = request.GET.get("lang", settings.LANGUAGE_CODE)
    if language not in LANGUAGE_CODES:
        return api_error("Unknown language.")
    prefix = " ".join(request.GET.get("q", "").split())[:100]
    if len(prefix) < 2:
        return JsonResponse({"suggestions": []})
    suggestions = autocomplete.suggest(prefix, language, request.user, request)
    return JsonResponse({"suggestions": suggestions}, json_dumps_params={"ensure_ascii": False})

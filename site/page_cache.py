"""Public pages served to anonymous readers from a cache, per URL (the language is in it).

Every key carries a site-wide generation; any change to something pages show (a page
published, unpublished, moved or deleted, a directory entry, a glossary term, a speaker,
a setting, an image, a view restriction) draws a new generation, so that every cached
page is out of date at once. Simpler than working out which pages show what, and safe:
after an edit the site costs one render per page again. PAGE_CACHE_SECONDS bounds what
no signal announces (queryset updates, events moving from upcoming to past with time).

Only pages that are the same for every anonymous reader are stored: GET without a query
string, under a language prefix, outside the forum, the accounts and search, answered
200 without a cookie, without a CSRF token (the contact form) and without
`Cache-Control: private`. Requests that carry a cookie which may change the page (a
session, messages) never see a stored copy.
"""

import uuid

from django.conf import settings
from django.core.cache import caches
from django.db import transaction
from django.http import HttpResponse
from django.utils.cache import cc_delim_re

CACHE_ALIAS = "pages"
GENERATION_KEY = "page-cache-generation"
# Cookies that do not change a cacheable page: the CSRF cookie (cacheable pages have no
# form that uses it) and the language cookie (the URL names the language).
HARMLESS_COOKIES = {settings.CSRF_COOKIE_NAME, settings.LANGUAGE_COOKIE_NAME}
# Sections below the language prefix that are never cached: per-user pages, forms with
# CSRF tokens, and search (query strings with a long tail; its answer also depends on
# whether the search engine is up, which a cached copy would hide).
UNCACHED_SECTIONS = ("forum/", "accounts/", "search/")


def page_cache():
    return caches[CACHE_ALIAS]


def current_generation():
    cache = page_cache()
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        # Random, not a counter: a lost key must never bring back an old generation.
        cache.add(GENERATION_KEY, uuid.uuid4().hex, timeout=None)
        generation = cache.get(GENERATION_KEY)
    return generation


def new_generation():
    page_cache().set(GENERATION_KEY, uuid.uuid4().hex, timeout=None)


def invalidate_pages():
    """Now, and again after the commit: a reader who renders between the two sees the old
    rows and must not keep them under the new generation."""
    new_generation()
    transaction.on_commit(new_generation)


def is_cacheable_request(request):
    if settings.PAGE_CACHE_SECONDS <= 0 or request.method != "GET":
        return False
    if request.META.get("QUERY_STRING"):
        return False
    if set(request.COOKIES) - HARMLESS_COOKIES:
        return False
    language, _, rest = request.path_info.lstrip("/").partition("/")
    if language not in dict(settings.LANGUAGES):
        return False  # admin, documents, APIs, and the root's redirect by Accept-Language
    return not rest.startswith(UNCACHED_SECTIONS)


def is_cacheable_response(request, response):
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return False  # the page holds a CSRF token
    cache_control = {
        directive.split("=")[0].strip().lower()
        for directive in cc_delim_re.split(response.get("Cache-Control", ""))
    }
    if cache_control & {"private", "no-cache", "no-store"}:
        return False
    # Only Vary: Cookie is expected (the session was looked at); anything else, such as
    # Accept-Language, would make one URL hold several pages.
    vary = {value.strip().lower() for value in cc_delim_re.split(response.get("Vary", ""))}
    if vary - {"", "cookie"}:
        return False
    user = getattr(request, "user", None)
    return not (user and user.is_authenticated)


class AnonymousPageCacheMiddleware:
    """Answers from the cache before sessions, authentication and the view run; sits inside
    the middleware that add security headers, so that stored pages get them too."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not is_cacheable_request(request):
            return self.get_response(request)
        cache = page_cache()
        key = f"page:{current_generation()}:{request.build_absolute_uri()}"
        stored = cache.get(key)
        if stored is not None:
            status, headers, content = stored
            response = HttpResponse(content, status=status)
            for name, value in headers:
                response[name] = value
            response["X-Cache"] = "hit"
            return response
        response = self.get_response(request)
        if is_cacheable_response(request, response):
            headers = list(response.items())
            cache.set(
                key, (response.status_code, headers, response.content), settings.PAGE_CACHE_SECONDS
            )
            response["X-Cache"] = "miss"
        return response


# -- what invalidates ----------------------------------------------------------------------

# Our apps' models are all shown on pages (pages, directory entries, glossary terms,
# speakers, partners, settings, documents), except these records of activity.
CONTENT_APPS = {"home", "manual", "events", "referral"}
# Wagtail's and others' models that pages show or that decide who may see a page.
CONTENT_MODELS = {
    "wagtailcore.site",
    "wagtailcore.locale",
    "wagtailcore.pageviewrestriction",
    "wagtailcore.collectionviewrestriction",
    "wagtailimages.image",
    "taggit.tag",
}


def shows_on_pages(model):
    from wagtail.models import Page

    meta = model._meta
    return (
        issubclass(model, Page)
        or meta.app_label in CONTENT_APPS
        or meta.label_lower in CONTENT_MODELS
    )


def _model_changed(sender, **kwargs):
    if shows_on_pages(sender):
        invalidate_pages()


def _relation_changed(sender, instance, action, **kwargs):
    if action.startswith("post_") and shows_on_pages(type(instance)):
        invalidate_pages()


def _page_changed(sender, **kwargs):
    invalidate_pages()


def _deployed(sender, **kwargs):
    new_generation()


def connect_signals():
    from django.db.models.signals import m2m_changed, post_delete, post_migrate, post_save
    from wagtail.signals import page_published, page_unpublished, post_page_move

    post_save.connect(_model_changed, dispatch_uid="page-cache-save")
    post_delete.connect(_model_changed, dispatch_uid="page-cache-delete")
    m2m_changed.connect(_relation_changed, dispatch_uid="page-cache-relations")
    # A move changes URLs without saving the page through the ORM.
    post_page_move.connect(_page_changed, dispatch_uid="page-cache-move")
    page_published.connect(_page_changed, dispatch_uid="page-cache-publish")
    page_unpublished.connect(_page_changed, dispatch_uid="page-cache-unpublish")
    # A deploy runs `migrate` (so does `make run`): pages rendered by the previous
    # release's templates are not served after it.
    post_migrate.connect(_deployed, dispatch_uid="page-cache-deploy")

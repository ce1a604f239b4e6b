"""The "Get help" link in every page's header, and helpers of the referral templates."""

from django import template
from django.utils import translation
from wagtail.models import Locale

from ..choices import Situation

register = template.Library()


def _cached(request, key, compute):
    """Computes a value once per request (several templates may ask for it)."""
    cache = getattr(request, "_referral_cache", None)
    if cache is None:
        cache = request._referral_cache = {}
    if key not in cache:
        cache[key] = compute()
    return cache[key]


def get_help_page(request):
    from ..models import GetHelpPage

    def find():
        language = translation.get_language()
        pages = GetHelpPage.objects.live().public()
        return (
            pages.filter(locale__language_code=language).first()
            or pages.filter(locale=Locale.get_default()).first()
        )

    return _cached(request, ("get-help", translation.get_language()), find)


@register.inclusion_tag("referral/includes/get_help_link.html", takes_context=True)
def get_help_link(context):
    request = context.get("request")
    page = get_help_page(request) if request is not None else None
    current = context.get("page")
    return {
        "help_page": page,
        "is_current": page is not None and current is not None and current.pk == page.pk,
        "url": page.get_url(request) if page is not None else "",
    }


@register.simple_tag(takes_context=True)
def organisation_url(context, organisation):
    """The public address of a directory entry (its directory page found once per
    request and language)."""
    if getattr(organisation, "public_url", None):
        return organisation.public_url
    from ..models.directory import directory_for

    request = context.get("request")
    directory = directory_for(request, organisation.locale)
    if directory is None:
        return ""
    return f"{directory.get_url(request)}{organisation.slug}/"


@register.filter
def situation_label(code):
    try:
        return Situation(code).label
    except ValueError:
        return code

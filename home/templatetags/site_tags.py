"""Navigation, breadcrumbs and the language versions of the page being read."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme
from wagtail.models import Locale, Page, Site

from home.choices import PartnerRole
from home.models import ContactSettings, Partner

register = template.Library()


def locale_home(request, language_code=None):
    """The site's root page in a language (the active one by default), or None."""
    site = Site.find_for_request(request)
    if site is None:
        return None
    language_code = language_code or translation.get_language()
    if site.root_page.locale.language_code == language_code:
        return site.root_page
    return (
        site.root_page.get_translations().filter(locale__language_code=language_code).live().first()
    )


@register.inclusion_tag("includes/main_navigation.html", takes_context=True)
def main_navigation(context):
    request = context["request"]
    current = context.get("page")
    home = locale_home(request)
    items = []
    if home is not None:
        for child in home.get_children().live().public().in_menu():
            items.append(
                {
                    "page": child,
                    "active": current is not None and current.path.startswith(child.path),
                    "current": current is not None and current.pk == child.pk,
                }
            )
    return {"home": home, "items": items, "request": request}


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    page = context.get("page")
    if page is None or page.depth <= 2:
        return {"ancestors": [], "page": page}
    return {"ancestors": page.get_ancestors().filter(depth__gt=1), "page": page}


def _language_name(code):
    return translation.get_language_info(code)["name_local"]


@register.simple_tag(takes_context=True)
def language_versions(context):
    """For each site language: where the reader lands and whether it is this page's translation.

    On a Wagtail page a language without a translation sends the reader to that
    language's home page (marked `available=False`, so the switcher can say so);
    elsewhere the same path is translated.
    """
    request = context["request"]
    page = context.get("page")
    active = translation.get_language()
    translations = {}
    if isinstance(page, Page) and page.pk:
        for version in (
            page.get_translations(inclusive=True)
            .live()
            .public()
            .filter(alias_of__isnull=True)
            .select_related("locale")
        ):
            translations[version.locale.language_code] = version

    versions = []
    for code, _name in settings.LANGUAGES:
        version = {"code": code, "name": _language_name(code), "current": code == active}
        if isinstance(page, Page) and page.pk:
            if code in translations:
                url = translations[code].get_url(request)
                version.update(available=True, url=url, full_url=request.build_absolute_uri(url))
            else:
                home = locale_home(request, code)
                version.update(
                    available=False, url=(home.get_url(request) if home else f"/{code}/")
                )
                version["url"] += "?untranslated=1"
        else:
            url = translate_url(request.path, code)
            # A path Django cannot translate comes back as it was: one like "//host/" or
            # "/\\host/" (a 404 page's) would be a link to another site.
            if not url_has_allowed_host_and_scheme(url, allowed_hosts=None):
                url = f"/{code}/"
            version.update(available=True, url=url)
            version["full_url"] = request.build_absolute_uri(version["url"])
        versions.append(version)
    return versions


@register.inclusion_tag("includes/footer.html", takes_context=True)
def site_footer(context):
    request = context["request"]
    locale = Locale.get_active()
    partners = list(Partner.objects.filter(locale=locale).select_related("page"))
    if not partners:
        partners = list(Partner.objects.filter(locale=Locale.get_default()).select_related("page"))
    return {
        "request": request,
        "partners": partners,
        "lead_partner": next((p for p in partners if p.role == PartnerRole.LEAD), None),
        "contact": ContactSettings.load(request_or_site=request),
        "home": locale_home(request),
    }

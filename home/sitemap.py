"""The entries of /sitemap.xml: every live public page of every language, with its alternates."""

from collections import defaultdict

from django.conf import settings
from wagtail.models import Page, Site


def public_pages(request):
    """Live, public pages under the site's root page in each language."""
    site = Site.find_for_request(request) or Site.objects.get(is_default_site=True)
    roots = site.root_page.get_translations(inclusive=True)
    pages = Page.objects.none()
    for root in roots:
        pages |= Page.objects.descendant_of(root, inclusive=True)
    return (
        pages.live()
        .public()
        .filter(alias_of__isnull=True)
        .select_related("locale")
        .defer_streamfields()
        .specific()
        .order_by("path")
    )


def sitemap_entries(request):
    """One entry per page URL, each listing all language versions of that page."""
    default_language = settings.LANGUAGE_CODE
    versions = defaultdict(dict)  # translation_key -> {language: url}
    entries = []
    for page in public_pages(request):
        relative_url = page.get_url(request)
        if not relative_url:
            continue
        # The host the reader used (validated by ALLOWED_HOSTS), not the Site record's.
        url = request.build_absolute_uri(relative_url)
        language = page.locale.language_code
        versions[page.translation_key][language] = url
        entries.append(
            {
                "location": url,
                "lastmod": page.last_published_at,
                "alternates": versions[page.translation_key],
            }
        )
    for entry in entries:
        alternates = entry["alternates"]
        if len(alternates) > 1:
            entry["x_default"] = alternates.get(default_language)
    return entries

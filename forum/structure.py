"""The forums of the expert forum, their names in every language, and which country
each country forum stands for. machina stores one name per forum; the forums listed here
are shown in the reader's language (forums added later in the admin keep their name)."""

from django.utils.translation import gettext_lazy as _
from machina.apps.forum.models import Forum

MODERATORS_FORUM_SLUG = "moderators"

FORUMS = [
    {
        "slug": "general",
        "name": "General",
        "label": _("General"),
        "description": _("Questions, news and practice that concern everyone."),
    },
    {
        "slug": "hungary",
        "name": "Hungary",
        "label": _("Hungary"),
        "description": _("Cases, services and procedures in Hungary."),
        "country": "HU",
    },
    {
        "slug": "belgium",
        "name": "Belgium",
        "label": _("Belgium"),
        "description": _("Cases, services and procedures in Belgium."),
        "country": "BE",
    },
    {
        "slug": "the-netherlands",
        "name": "The Netherlands",
        "label": _("The Netherlands"),
        "description": _("Cases, services and procedures in the Netherlands."),
        "country": "NL",
    },
    {
        "slug": "transnational-referrals",
        "name": "Transnational referrals",
        "label": _("Transnational referrals"),
        "description": _(
            "Referring a victim from one country to another: contacts, consent, safe return."
        ),
    },
    {
        "slug": "labour-exploitation",
        "name": "Labour exploitation",
        "label": _("Labour exploitation"),
        "description": _("Agriculture, construction, logistics, care work and other sectors."),
    },
    {
        "slug": "sexual-exploitation",
        "name": "Sexual exploitation",
        "label": _("Sexual exploitation"),
        "description": _("Recruitment, online advertising, support and protection."),
    },
    {
        "slug": MODERATORS_FORUM_SLUG,
        "name": "Moderators",
        "label": _("Moderators"),
        "description": _("For moderators only: vetting, moderation and the forum's rules."),
        "moderators_only": True,
    },
]
BY_SLUG = {forum["slug"]: forum for forum in FORUMS}
COUNTRY_FORUMS = {forum["country"]: forum["slug"] for forum in FORUMS if "country" in forum}


def forum_label(forum):
    """The forum's name in the active language."""
    known = BY_SLUG.get(forum.slug)
    return str(known["label"]) if known else forum.name


def forum_description(forum):
    known = BY_SLUG.get(forum.slug)
    return str(known["description"]) if known else ""


def country_forum_ids(countries):
    slugs = [COUNTRY_FORUMS[code] for code in countries if code in COUNTRY_FORUMS]
    return list(Forum.objects.filter(slug__in=slugs).values_list("pk", flat=True))

"""Fixed vocabularies of the events app."""

import zoneinfo
from functools import cache

from django.db import models
from django.utils.translation import gettext_lazy as _


class EventType(models.TextChoices):
    WORKSHOP = "workshop", _("Workshop")
    STUDY_VISIT = "study_visit", _("Study visit")
    CONFERENCE = "conference", _("Conference")
    WEBINAR = "webinar", _("Webinar")
    OTHER = "other", _("Other event")


class SessionType(models.TextChoices):
    TALK = "talk", _("Talk")
    PANEL = "panel", _("Panel discussion")
    WORKSHOP = "workshop", _("Workshop session")
    SITE_VISIT = "site_visit", _("Site visit")
    BREAK = "break", _("Break")


class Registration(models.TextChoices):
    OPEN = "open", _("Open registration")
    INVITATION = "invitation", _("By invitation only")
    CLOSED = "closed", _("Registration closed")
    NONE = "none", _("No registration needed")


class WorkingLanguage(models.TextChoices):
    """Languages an event may be held in (names shown in the reader's language)."""

    ENGLISH = "en", _("English")
    HUNGARIAN = "hu", _("Hungarian")
    DUTCH = "nl", _("Dutch")
    FRENCH = "fr", _("French")
    GERMAN = "de", _("German")


class MaterialKind(models.TextChoices):
    SLIDES = "slides", _("Slides")
    REPORT = "report", _("Report")
    PAPER = "paper", _("Paper")
    HANDOUT = "handout", _("Handout")
    OTHER = "other", _("Document")


# The zones an editor is offered first: where the partners and their events are.
COMMON_TIME_ZONES = [
    "Europe/Budapest",
    "Europe/Brussels",
    "Europe/Amsterdam",
    "Europe/Paris",
    "Europe/Berlin",
    "Europe/Vienna",
    "Europe/London",
    "UTC",
]


@cache
def time_zone_choices():
    """Every IANA zone Python knows, the partners' ones first (for the admin's select)."""
    others = sorted(
        zone
        for zone in zoneinfo.available_timezones() - set(COMMON_TIME_ZONES)
        if "/" in zone and not zone.startswith(("Etc/", "SystemV/", "posix/", "right/"))
    )
    return [(zone, zone) for zone in COMMON_TIME_ZONES] + [(zone, zone) for zone in others]

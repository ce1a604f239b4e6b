"""Template tags of the events app: the next event (home page), dates, JSON-LD."""

from django import template
from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from wagtail.models import Locale

from ..jsonld import event_json_ld as build_json_ld
from ..models import EventIndexPage

register = template.Library()


@register.inclusion_tag("events/includes/next_event.html", takes_context=True)
def next_event(context):
    """The soonest event not yet over in the reader's language, and the events index."""
    locale = Locale.get_active()
    index = EventIndexPage.objects.live().public().filter(locale=locale).first()
    event = None
    if index is not None:
        event = index.events().upcoming().first()
    return {
        "request": context.get("request"),
        "event": event,
        "events_index": index,
        "now": timezone.now(),
    }


@register.inclusion_tag("events/includes/when.html")
def event_when(event):
    """The event's dates and times in its own zone, with the zone named."""
    return {"event": event}


@register.simple_tag(takes_context=True)
def event_json_ld(context, page):
    return format_html(
        '<script type="application/ld+json">{}</script>',
        mark_safe(build_json_ld(page, context["request"])),  # noqa: S308 (escaped JSON)
    )

"""iCalendar (RFC 5545) files of events, built with the `icalendar` library.

Times go out with the event's IANA zone as TZID and a VTIMEZONE for each zone used,
so a calendar shows 09:00 in Brussels as 08:00 in London and 10:00 in Helsinki.
"""

import datetime

from django.http import HttpResponse
from django.utils import timezone
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _
from icalendar import Calendar, Event
from icalendar.enums import STATUS

from .choices import SessionType

PRODUCT_ID = "-//RAVOT-EUR//Events//EN"
SESSION_DEFAULT_LENGTH = datetime.timedelta(minutes=30)


def _uid(page, request, suffix=""):
    # One event, one UID in every language: calendars then treat the Hungarian and
    # the English file of the same workshop as the same appointment.
    host = request.get_host().split(":")[0]
    return f"event-{page.translation_key}{suffix}@{host}"


def _stamp(page):
    return (page.last_published_at or timezone.now()).astimezone(datetime.UTC)


def _location(page, room=""):
    if page.online and not page.location_parts:
        return _("Online")
    parts = ([room] if room else []) + page.location_parts
    return ", ".join(parts)


def _description(page, request):
    lines = []
    if page.summary:
        lines.append(page.summary)
    facts = []
    if page.host:
        facts.append(_("Host: %(host)s") % {"host": page.host})
    if page.working_language_names:
        facts.append(
            _("Working languages: %(languages)s")
            % {"languages": ", ".join(str(name) for name in page.working_language_names)}
        )
    if page.interpretation:
        facts.append(page.interpretation)
    facts.append(
        _("Registration: %(registration)s") % {"registration": page.get_registration_display()}
    )
    lines.append("\n".join(facts))
    lines.append(request.build_absolute_uri(page.get_url(request)))
    return "\n\n".join(lines)


def _event_component(page, request):
    return Event.new(
        uid=_uid(page, request),
        summary=page.title,
        start=page.local_start,
        end=page.local_end,
        location=_location(page),
        description=_description(page, request),
        url=request.build_absolute_uri(page.get_url(request)),
        categories=[str(page.get_event_type_display())],
        stamp=_stamp(page),
        status=STATUS.CONFIRMED,
    )


def _session_components(page, request):
    sessions = page.sessions()
    for index, (start, end, block) in enumerate(sessions):
        value = block.value
        if end is None:
            following = sessions[index + 1][0] if index + 1 < len(sessions) else None
            if following is not None and following.date() == start.date() and following > start:
                end = following
            else:
                end = start + SESSION_DEFAULT_LENGTH
        speakers = [str(speaker) for speaker in value.get("speakers") or [] if speaker]
        text = [value.get("description") or ""]
        if speakers:
            text.append(_("Speakers: %(names)s") % {"names": "; ".join(speakers)})
        text.append(page.title)
        component = Event.new(
            uid=_uid(page, request, f"-session-{block.id}"),
            summary=value["title"],
            start=start,
            end=end,
            location=_location(page, value.get("room") or ""),
            description="\n\n".join(part for part in text if part),
            url=request.build_absolute_uri(page.get_url(request)),
            categories=[str(SessionType(value["session_type"]).label)],
            stamp=_stamp(page),
        )
        component.add("RELATED-TO", _uid(page, request))
        yield component


def _calendar(name, uid, description=""):
    calendar = Calendar.new(prodid=PRODUCT_ID, name=name, description=description or None, uid=uid)
    # How often subscribers should look again (RFC 7986 and the older X- name).
    calendar.refresh_interval = datetime.timedelta(hours=12)
    calendar.add("X-PUBLISHED-TTL", "PT12H")
    return calendar


def _add_time_zones(calendar, pages):
    if not pages:
        return
    # Whole years around the events, so each VTIMEZONE has both its winter and summer rule.
    first = min(page.local_start for page in pages).date().replace(month=1, day=1)
    last = max(page.local_end for page in pages).date().replace(month=12, day=31)
    calendar.add_missing_timezones(first_date=first, last_date=last + datetime.timedelta(days=1))


def event_calendar(page, request, sessions=False):
    """One event as a calendar: its VEVENT, or (sessions=True) one VEVENT per session."""
    calendar = _calendar(name=page.title, uid=_uid(page, request, "-calendar"))
    if sessions:
        for component in _session_components(page, request):
            calendar.add_component(component)
    else:
        calendar.add_component(_event_component(page, request))
    _add_time_zones(calendar, [page])
    return calendar


def upcoming_calendar(index_page, request, now=None):
    """The upcoming events of one language's events index, as a calendar to subscribe to."""
    pages = list(index_page.events().upcoming(now))
    calendar = _calendar(
        name=f"RAVOT-EUR: {index_page.title}",
        uid=f"events-{index_page.translation_key}-{index_page.locale.language_code}",
        description=index_page.intro,
    )
    for page in pages:
        calendar.add_component(_event_component(page, request))
    _add_time_zones(calendar, pages)
    return calendar


def calendar_response(calendar, filename=None):
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    if filename:
        # Slugs may be Unicode: this writes filename* (RFC 6266) when it needs to.
        response["Content-Disposition"] = content_disposition_header(True, filename)
    return response

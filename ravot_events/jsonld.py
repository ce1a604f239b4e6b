"""schema.org Event data of an event page, for search engines and calendar tools."""

import json

from wagtail.images.models import SourceImageIOError

# As Django's json_script does: nothing in the data can close the <script> element.
_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def _place(page):
    address = {
        "@type": "PostalAddress",
        "streetAddress": page.venue_address.replace("\n", ", "),
        "addressLocality": page.venue_city,
        "addressCountry": page.venue_country,
    }
    return {
        "@type": "Place",
        "name": page.venue_name or page.venue_city,
        "address": {key: value for key, value in address.items() if value},
    }


def event_data(page, request):
    url = request.build_absolute_uri(page.get_url(request))
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": page.title,
        "url": url,
        "inLanguage": page.locale.language_code,
        "startDate": page.local_start.isoformat(),
        "endDate": page.local_end.isoformat(),
        "eventStatus": "https://schema.org/EventScheduled",
        "eventAttendanceMode": (
            "https://schema.org/OnlineEventAttendanceMode"
            if page.online
            else "https://schema.org/OfflineEventAttendanceMode"
        ),
    }
    if page.summary:
        data["description"] = page.summary
    if page.online:
        data["location"] = {"@type": "VirtualLocation", "url": url}
    elif page.venue_name or page.venue_city:
        data["location"] = _place(page)
    if page.host:
        data["organizer"] = {"@type": "Organization", "name": page.host}
        if page.host_url:
            data["organizer"]["url"] = page.host_url
    if page.listing_image:
        try:
            rendition = page.listing_image.get_rendition("fill-1200x675")
            data["image"] = request.build_absolute_uri(rendition.url)
        except SourceImageIOError:
            pass
    sessions = []
    for start, end, block in page.sessions():
        session = {"@type": "Event", "name": block.value["title"], "startDate": start.isoformat()}
        if end:
            session["endDate"] = end.isoformat()
        sessions.append(session)
    if sessions:
        data["subEvent"] = sessions
    return data


def event_json_ld(page, request):
    """The data as JSON that is safe inside <script type="application/ld+json">."""
    return json.dumps(event_data(page, request), ensure_ascii=False).translate(_ESCAPES)

"""RSS and Atom feeds of one language's events, served by its EventIndexPage."""

from django.utils import formats
from django.utils.translation import gettext as _

from home.feeds import NewsAtomFeed, NewsRssFeed

FEED_LENGTH = 20


def when_and_where(event):
    """'20 January 2016, 09:00 (Europe/Budapest) · Budapest, Hungary' in the active language."""
    start = formats.date_format(event.local_start, "DATETIME_FORMAT")
    place = ", ".join(
        part for part in (event.venue_city, event.get_venue_country_display()) if part
    )
    if event.online and not place:
        place = _("Online")
    when = f"{start} ({event.time_zone})"
    return f"{when} · {place}" if place else when


class EventRssFeed(NewsRssFeed):
    """The latest events first: announcements as they are posted, reports as they follow."""

    def items(self):
        return self.index_page.specific.events().order_by("-start", "-pk")[:FEED_LENGTH]

    def item_description(self, item):
        parts = [f"{item.get_event_type_display()}: {when_and_where(item)}"]
        if item.summary:
            parts.append(item.summary)
        return "\n\n".join(parts)

    def item_categories(self, item):
        return [item.get_event_type_display()]

    def item_pubdate(self, item):
        return item.first_published_at or item.start

    def item_updateddate(self, item):
        return item.last_published_at or self.item_pubdate(item)


class EventAtomFeed(EventRssFeed):
    feed_type = NewsAtomFeed.feed_type

    def subtitle(self):
        return self.description()

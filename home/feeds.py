"""RSS and Atom feeds of one language's news, served by its NewsIndexPage."""

import datetime

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext as _

FEED_LENGTH = 20


class NewsRssFeed(Feed):
    feed_type = Rss201rev2Feed

    def __init__(self, index_page):
        super().__init__()
        self.index_page = index_page

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    @property
    def language(self):
        return self.index_page.locale.language_code

    def title(self):
        return _("%(site)s: %(page)s") % {"site": "RAVOT-EUR", "page": self.index_page.title}

    # Relative links: the feed framework completes them with the host the reader used.
    def link(self):
        return self.index_page.get_url(self.request)

    def description(self):
        return self.index_page.summary or self.index_page.intro

    def items(self):
        return self.index_page.specific.news()[:FEED_LENGTH]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.get_url(self.request)

    def item_guid(self, item):
        # Stable across slug changes and shared by nothing else.
        return f"urn:uuid:{item.translation_key}:{item.locale.language_code}"

    item_guid_is_permalink = False

    def item_pubdate(self, item):
        return timezone.make_aware(datetime.datetime.combine(item.date, datetime.time(9)))

    def item_updateddate(self, item):
        return item.last_published_at or self.item_pubdate(item)


class NewsAtomFeed(NewsRssFeed):
    feed_type = Atom1Feed

    def subtitle(self):
        return self.description()

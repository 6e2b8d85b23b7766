"""RSS and Atom feeds of one language's guides and of its upcoming events, below their index pages.

The index pages get their routes from the mixins here (`feed/rss/`, `feed/atom/`); the feeds read
the pages through the index's own listing methods, so drafts and private pages never appear.
"""

import html

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.formats import date_format
from django.utils.html import strip_tags
from django.utils.translation import gettext as _

from wagtail.contrib.routable_page.models import RoutablePageMixin, path

FEED_LENGTH = 30
FORMATS = ("rss", "atom")


def plain_text(rich_text):
    """Rich text as the plain text a feed carries (the feed escapes it once, itself)."""
    return " ".join(html.unescape(strip_tags(rich_text or "")).split())


class IndexFeed(Feed):
    """The feed of one index page (one language); subclasses say which pages and how they read."""

    def __init__(self, index, atom=False):
        super().__init__()
        self.index = index
        self.language = index.locale.language_code
        if atom:
            self.feed_type = Atom1Feed

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def link(self):
        return self.index.get_full_url(self.request)

    def subtitle(self):
        return self.description()

    def item_title(self, item):
        return item.title

    def item_link(self, item):
        return item.get_full_url(self.request)

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at


class GuideFeed(IndexFeed):
    def title(self):
        return _("%(index)s: guides – Social Business Models") % {"index": self.index.title}

    def description(self):
        return _("Guides (fils rouges) published by Social Business Models: which tools to use, step by step.")

    def items(self):
        return self.index.get_guides().order_by("-first_published_at")[:FEED_LENGTH]

    def item_description(self, item):
        return plain_text(item.intro or item.purpose) or item.search_description


class EventFeed(IndexFeed):
    def title(self):
        return _("%(index)s: upcoming events – Social Business Models") % {"index": self.index.title}

    def description(self):
        return _("Workshops, webinars and conferences of Social Business Models that have not ended yet.")

    def items(self):
        return self.index.get_events().filter(ends_at__gte=timezone.now()).order_by("start")[:FEED_LENGTH]

    def item_description(self, item):
        when = date_format(item.local_start, "DATETIME_FORMAT")
        where = item.place or _("Online")
        about = plain_text(item.intro) or item.search_description
        return " · ".join(part for part in (when, where, about) if part)


class FeedRoutes(RoutablePageMixin):
    """`feed/rss/` and `feed/atom/` below an index page, served by `feed_class`."""

    feed_class = None

    @path("feed/<str:feed_format>/", name="feed")
    def feed(self, request, feed_format):
        if feed_format not in FORMATS:
            raise Http404
        return self.feed_class(self, atom=feed_format == "atom")(request)

    def feed_urls(self, request=None):
        """{"rss": url, "atom": url} of this index's feeds; empty while the page has no address."""
        url = self.get_url(request)
        if not url:
            return {}
        return {name: url + self.reverse_subpage("feed", kwargs={"feed_format": name}) for name in FORMATS}


class GuideFeedRoutes(FeedRoutes):
    feed_class = GuideFeed


class EventFeedRoutes(FeedRoutes):
    feed_class = EventFeed

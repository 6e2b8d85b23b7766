"""RSS and Atom feeds of the new and revised tools of one library (one language)."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

FEED_LENGTH = 30


class ToolRssFeed(Feed):
    """The latest published or revised tools of `library`, newest first."""

    def __init__(self, library):
        super().__init__()
        self.library = library
        self.language = library.locale.language_code

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def title(self):
        return _("%(library)s: new and revised tools – Social Business Models") % {"library": self.library.title}

    def link(self):
        return self.library.get_full_url(self.request)

    def description(self):
        return _("Tool sheets published or revised in the library of Social Business Models.")

    def items(self):
        return self.library.get_tools().order_by("-last_published_at")[:FEED_LENGTH]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        if item.change_summary:
            return f"{item.summary}\n\n{_('Version %(version)s: %(change)s') % {'version': item.version, 'change': item.change_summary}}"
        return item.summary

    def item_link(self, item):
        return item.get_full_url(self.request)

    def item_guid(self, item):
        return f"{item.get_full_url(self.request)}#version-{item.version}"

    item_guid_is_permalink = False

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at


class ToolAtomFeed(ToolRssFeed):
    feed_type = Atom1Feed

    def subtitle(self):
        return self.description()

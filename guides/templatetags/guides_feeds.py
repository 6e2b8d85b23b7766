"""`{% feed_links page "guides" "events" "tools" %}`: the <link rel="alternate"> of a language's feeds."""

from django import template
from django.utils.translation import gettext as _

from sbm_site.generation import remembered
from toolpages.models import ToolIndexPage

from ..models import EventIndexPage, GuideIndexPage

register = template.Library()

INDEXES = {"guides": GuideIndexPage, "events": EventIndexPage, "tools": ToolIndexPage}
TITLES = {
    "guides": lambda index: _("%(index)s: guides") % {"index": index.title},
    "events": lambda index: _("%(index)s: upcoming events") % {"index": index.title},
    "tools": lambda index: _("%(index)s: new and revised tools") % {"index": index.title},
}
FEED_TYPES = {"rss": "application/rss+xml", "atom": "application/atom+xml"}


def feed_urls(index, request):
    if isinstance(index, ToolIndexPage):
        return index.feed_urls()
    return index.feed_urls(request)


@register.inclusion_tag("guides/includes/feed_links.html", takes_context=True)
def feed_links(context, page, *kinds):
    """The RSS and Atom feeds of `kinds` in the language of `page`, from its live public index pages."""
    request = context.get("request")
    links = []
    locale_id = getattr(page, "locale_id", None)
    for kind in kinds:
        model = INDEXES.get(kind)
        if model is None or locale_id is None:
            continue
        index = remembered(
            f"feed-index:{kind}:{locale_id}",
            lambda model=model: model.objects.live().public().filter(locale_id=locale_id).first(),
        )
        if index is None:
            continue
        title = TITLES[kind](index)
        for name, url in feed_urls(index, request).items():
            links.append(
                {
                    "type": FEED_TYPES[name],
                    "title": f"{title} ({name.upper() if name == 'rss' else 'Atom'})",
                    "url": url,
                }
            )
    return {"feed_links": links}

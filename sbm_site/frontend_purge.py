"""Purge a moved page from the CDN (docs/scaling.md, section 5).

Wagtail's `wagtail.contrib.frontend_cache` purges a page when it is published or unpublished,
not when it is moved: the CDN would go on serving the page (and every page under it) at its old
address, and its new address could hold what the CDN kept there before. So after a move, the old
and the new URLs of the page and of its live descendants go into one Wagtail `PurgeBatch`, sent
to the backends of `WAGTAILFRONTENDCACHE`. Wagtail's purge task repeats each URL under every
content language's prefix (/fr/, /de/, /it/, /en/), as it does for a publish.

The old URLs are those the same pages had with their former `url_path`: Wagtail computes them,
so a page moved to another site, or a page type with more than one cached path, is purged right.

The purge is sent once the move is committed, from the editor's request: a section of many live
pages costs two URLs per page and language. Connected in `SbmSiteConfig.ready()` whatever the
settings, because the tests configure a backend only for their duration; without any backend, a
move costs one settings lookup.
"""

from django.conf import settings
from django.db import transaction

from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.models import Page
from wagtail.signals import post_page_move


def purge_moved_page(sender, instance, url_path_before, url_path_after, **kwargs):
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None) or url_path_before == url_path_after:
        return

    # Only live pages are served, so only they can be at the CDN.
    pages = list(Page.objects.descendant_of(instance, inclusive=True).live().specific())
    if not pages:
        return
    batch = PurgeBatch()
    batch.add_pages(pages)
    for page in pages:  # instances of our own: giving them back their old path changes nothing saved
        page.url_path = url_path_before + page.url_path.removeprefix(url_path_after)
    batch.add_pages(pages)
    # Once the move is committed (Wagtail moves inside a transaction): purged earlier, the CDN could
    # fetch the old address again, or a 404 at the new one, and keep it for its edge lifetime.
    transaction.on_commit(batch.purge)


def connect_frontend_purge():
    post_page_move.connect(purge_moved_page, dispatch_uid="sbm_frontend_purge_on_move")

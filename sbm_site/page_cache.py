"""Whole-response cache of public pages for anonymous visitors.

A response is stored only when nothing in it belongs to one visitor: GET or HEAD, no session
or login, no preview, status 200, no cookie set (so no page with a form: its CSRF cookie is
set on every response that uses the token), not marked private or no-store. Keys carry the
visitor's preferred language (pages may show a notice about it) and a generation number; any
publication, unpublication, move, deletion or change of content bumps the generation, which
retires every stored page of every language at once, in every process that shares the cache
(Redis in production).
"""

import hashlib
import logging
import time

from django.conf import settings
from django.core.cache import caches
from django.db import transaction
from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import cc_delim_re
from django.utils.translation import get_language_from_request

logger = logging.getLogger("sbm.cache")

CACHE_ALIAS = "pages"
GENERATION_KEY = "generation"
CACHED_HEADER = "X-SBM-Cache"
EXCLUDED_PREFIXES = ("/admin/", "/documents/", "/healthz", "/media/", "/static/")
KEPT_HEADERS = (
    "Content-Type",
    "Content-Language",
    "Content-Disposition",
    "Vary",
    "Link",
    "Content-Security-Policy",
    "X-Frame-Options",
)


def page_cache():
    return caches[CACHE_ALIAS]


def first_generation():
    """Where a generation starts when the cache has none (new, flushed, or the key evicted): the
    time in nanoseconds, above any generation reached before, so that no page kept under an
    older generation can ever be served again. Starting from 1 again would bring them back."""
    return time.time_ns()


def generation():
    cache = page_cache()
    value = cache.get(GENERATION_KEY)
    if value is None:
        start = first_generation()
        cache.add(GENERATION_KEY, start, None)
        value = cache.get(GENERATION_KEY, start)
    return value


def invalidate_all(**kwargs):
    """Retire every stored page (all languages), and again once the change is committed: a request
    that read the database between the first retirement and the commit kept the old content under
    the new generation."""
    _retire()
    if transaction.get_connection().in_atomic_block:
        transaction.on_commit(_retire)


def _retire():
    from sbm_site.chrome import forget_request_memo

    forget_request_memo()
    try:
        cache = page_cache()
        cache.incr(GENERATION_KEY)
    except ValueError:  # no generation yet: start above any earlier one
        cache.add(GENERATION_KEY, first_generation(), None)
    except Exception:  # noqa: BLE001 - a cache that is down holds nothing stale
        logger.warning("Could not retire cached pages", exc_info=True)


def is_anonymous_request(request):
    if request.method not in ("GET", "HEAD"):
        return False
    if request.path_info.startswith(EXCLUDED_PREFIXES):
        return False
    if settings.SESSION_COOKIE_NAME in request.COOKIES:
        return False
    return not request.GET.get("preview")


def cache_key(request):
    language = get_language_from_request(request, check_path=False) or ""
    # The day is part of the key: listings that end on a date (provider directory) change at midnight.
    raw = f"{request.get_host()}|{request.get_full_path()}|{language}|{timezone.localdate()}"
    return f"page:{generation()}:{hashlib.sha256(raw.encode()).hexdigest()}"


def is_storable(request, response):
    # No cookie set: this is also what keeps pages with a form out. Django sends the CSRF cookie
    # again with every response that uses the token, to a visitor who already holds one too
    # (its middleware has cleared its own flags by the time this one sees the response).
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    cache_control = {part.strip().lower() for part in cc_delim_re.split(response.get("Cache-Control", ""))}
    if cache_control & {"private", "no-store", "no-cache"}:
        return False
    user = getattr(request, "user", None)
    return not (user is not None and user.is_authenticated)


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.timeout = settings.PAGE_CACHE_SECONDS

    def __call__(self, request):
        if not settings.PAGE_CACHE_SECONDS or not is_anonymous_request(request):
            return self.get_response(request)
        try:
            key = cache_key(request)
            stored = page_cache().get(key)
        except Exception:  # noqa: BLE001 - without a cache, serve as usual
            return self.get_response(request)
        if stored is not None:
            status, headers, content = stored
            response = HttpResponse(content, status=status)
            for name, value in headers.items():
                response[name] = value
            response[CACHED_HEADER] = "hit"
            return response
        response = self.get_response(request)
        if is_storable(request, response):
            headers = {name: response[name] for name in KEPT_HEADERS if name in response}
            page_cache().set(key, (response.status_code, headers, response.content), self.timeout)
            response[CACHED_HEADER] = "miss"
        return response


def changes_public_content(instance):
    """Whether saving or deleting `instance` can change what a public page shows."""
    from wagtail.documents.models import AbstractDocument
    from wagtail.images.models import AbstractImage
    from wagtail.models import BaseViewRestriction, Locale, Page, Site
    from wagtail.snippets.models import get_snippet_models

    if isinstance(instance, Page | BaseViewRestriction | AbstractImage | AbstractDocument | Site | Locale):
        return True
    # Models that public pages count or list (e.g. seats taken) say so with this attribute.
    return getattr(instance, "changes_public_pages", False) or type(instance) in get_snippet_models()


def invalidate_on_change(sender, instance, **kwargs):
    if changes_public_content(instance):
        invalidate_all()


def connect_invalidation():
    from django.db.models.signals import post_delete, post_save

    from wagtail.signals import page_published, page_unpublished, post_page_move, published, unpublished

    for signal in (page_published, page_unpublished, post_page_move, published, unpublished):
        signal.connect(invalidate_all, dispatch_uid=f"sbm_page_cache_{id(signal)}")
    post_save.connect(invalidate_on_change, dispatch_uid="sbm_page_cache_save")
    post_delete.connect(invalidate_on_change, dispatch_uid="sbm_page_cache_delete")

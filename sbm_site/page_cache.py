"""Whole-response cache of public pages for anonymous visitors.

A response is stored only when nothing in it belongs to one visitor: GET or HEAD, no session
or login, no preview, status 200, no cookie set (so no page with a form: its CSRF cookie is
set on every response that uses the token), not marked private or no-store. Keys carry the
visitor's preferred language (pages may show a notice about it) and a generation number; any
publication, unpublication, move, deletion or change of content bumps the generation, which
retires every stored page of every language at once, in every process that shares the cache
(Redis in production).

Query parameters: a page is kept once per combination of the parameters its view reads, and any
other parameter (`utm_source`, `fbclid`…) shares the entry of the page without it, so no one can
fill the cache by inventing parameters. A page type names what it reads in `query_parameters`; a
Django view with `@reads_query_parameters(...)`. The view then sees only those, empty values
dropped, in `request.GET` and in the query string (pages through the Wagtail `on_serve_page` hook
registered in wagtail_hooks.py), for every visitor, signed in or not: what it shows depends on
them alone, so a page served from a shared entry is the page the visitor would have got (its
links may list the same parameters in another order). In the key they are sorted by name, repeated values in their
order, so the same query always finds the same entry.

A page type that declares nothing sees no parameter. Chosen over "unknown parameters kept for
undeclared page types" because campaign links point at the home page and the articles, which read
none; it holds because every page that reads one declares it (`grep -rn "request.GET"` over the
apps: the listings' filters, sort and page number, the `sent` and `registered` confirmations of
the form pages, an open model's readiness checklist). A Django view that declares nothing (oEmbed,
API) is still keyed on its whole query string.

Which parameters a path reads is known only once the view has routed it, after the lookup: it is
learned when a page is stored, and kept beside it under the same generation. Declared parameters
still have unbounded values (free text, page numbers), so at most QUERY_PAGES_PER_GENERATION pages
with a query are stored per generation and PAGE_CACHE_SECONDS; the others are served fresh and
never push a page out.
"""

import functools
import hashlib
import logging
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import caches
from django.db.models.signals import post_delete, post_save
from django.http import HttpResponse, QueryDict
from django.utils import timezone
from django.utils.cache import cc_delim_re
from django.utils.translation import get_language_from_request

from wagtail.documents.models import AbstractDocument
from wagtail.images.models import AbstractImage
from wagtail.models import BaseViewRestriction, Locale, Page, Site
from wagtail.signals import page_published, page_unpublished, post_page_move, published, unpublished
from wagtail.snippets.models import get_snippet_models

from .generation import generation, invalidate_all

logger = logging.getLogger("sbm.cache")

CACHE_ALIAS = "pages"
CACHED_HEADER = "X-SBM-Cache"
QUERY_PAGES_PER_GENERATION = 1000
# Left on the request by `keep_query_parameters`: the query parameters its view reads.
DECLARED_PARAMETERS = "sbm_query_parameters"
NOT_LEARNED = object()
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


def is_anonymous_request(request):
    if request.method not in ("GET", "HEAD"):
        return False
    if request.path_info.startswith(EXCLUDED_PREFIXES):
        return False
    if settings.SESSION_COOKIE_NAME in request.COOKIES:
        return False
    return not request.GET.get("preview")


def declared_query(query, names):
    """`query` (a QueryDict) with only its parameters `names`, in their order, empty values dropped."""
    kept = QueryDict(mutable=True)
    for name, values in query.lists():
        values = [value for value in values if value]
        if name in names and values:
            kept.setlist(name, values)
    return kept


def normalised(query):
    """One query string for a QueryDict whatever the order in the address: by name, repeated values in order."""
    return urlencode(sorted(query.lists()), doseq=True)


def keep_query_parameters(request, names):
    """Leave on `request` only its query parameters `names` (`declared_query`)."""
    query = declared_query(request.GET, names).urlencode()
    request.GET = QueryDict(query, encoding=request.encoding)
    request.META["QUERY_STRING"] = query
    setattr(request, DECLARED_PARAMETERS, tuple(names))


def reads_query_parameters(*names):
    """Decorate a Django view that reads the query parameters `names`: it sees only those."""

    def decorate(view):
        @functools.wraps(view)
        def view_of_declared_parameters(request, *args, **kwargs):
            keep_query_parameters(request, names)
            return view(request, *args, **kwargs)

        return view_of_declared_parameters

    return decorate


def serve_declared_parameters(serve):
    """Every page sees only the query parameters its type declares (`query_parameters`, none by default)."""

    def serve_page(page, request, args, kwargs):
        keep_query_parameters(request, getattr(page, "query_parameters", ()))
        return serve(page, request, args, kwargs)

    return serve_page


def digest(*parts):
    return hashlib.sha256(repr(parts).encode()).hexdigest()


def page_key(request, generation_now, query):
    language = get_language_from_request(request, check_path=False) or ""
    # The day is part of the key: listings that end on a date (provider directory) change at midnight.
    return f"page:{generation_now}:{digest(request.get_host(), request.path, query, language, timezone.localdate())}"


def parameters_key(request, generation_now):
    """Where the query parameters that the view of this address reads are kept (None: all of them)."""
    return f"parameters:{generation_now}:{digest(request.get_host(), request.path)}"


def kept_page_key(request, generation_now):
    """The key this request's page is kept under, or None while the parameters its view reads are unknown."""
    query = request.META.get("QUERY_STRING", "")
    if query:
        names = page_cache().get(parameters_key(request, generation_now), NOT_LEARNED)
        if names is NOT_LEARNED:
            return None
        if names is not None:
            query = normalised(declared_query(request.GET, names))
    return page_key(request, generation_now, query)


def take_query_page_slot(generation_now, timeout):
    """Whether one more page with a query may be kept under this generation (QUERY_PAGES_PER_GENERATION)."""
    cache = page_cache()
    counter = f"query-pages:{generation_now}"
    cache.add(counter, 0, timeout)
    try:
        return cache.incr(counter) <= QUERY_PAGES_PER_GENERATION
    except Exception:  # noqa: BLE001 - evicted since (ValueError) or unreachable: keep no more
        return False


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
            generation_now = generation()
            key = kept_page_key(request, generation_now)
            stored = page_cache().get(key) if key is not None else None
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
            self.store(request, response, generation_now)
        return response

    def store(self, request, response, generation_now):
        # What the view read: its declared parameters (left alone on the request), or the whole
        # query string of a view that declares none.
        declared = getattr(request, DECLARED_PARAMETERS, None)
        query = request.META.get("QUERY_STRING", "") if declared is None else normalised(request.GET)
        if query and not take_query_page_slot(generation_now, self.timeout):
            return
        cache = page_cache()
        cache.set(parameters_key(request, generation_now), declared, self.timeout)
        headers = {name: response[name] for name in KEPT_HEADERS if name in response}
        cache.set(
            page_key(request, generation_now, query), (response.status_code, headers, response.content), self.timeout
        )
        response[CACHED_HEADER] = "miss"


def changes_public_content(instance):
    """Whether saving or deleting `instance` can change what a public page shows."""

    if isinstance(instance, Page | BaseViewRestriction | AbstractImage | AbstractDocument | Site | Locale):
        return True
    # Models that public pages count or list (e.g. seats taken) say so with this attribute.
    return getattr(instance, "changes_public_pages", False) or type(instance) in get_snippet_models()


def invalidate_on_change(sender, instance, **kwargs):
    if changes_public_content(instance):
        invalidate_all()


def connect_invalidation():

    for signal in (page_published, page_unpublished, post_page_move, published, unpublished):
        signal.connect(invalidate_all, dispatch_uid=f"sbm_page_cache_{id(signal)}")
    post_save.connect(invalidate_on_change, dispatch_uid="sbm_page_cache_save")
    post_delete.connect(invalidate_on_change, dispatch_uid="sbm_page_cache_delete")

"""The publication generation, and what is kept under it: the bottom of the site's caching.

The generation is a number in the cache that any publication, unpublication, move, deletion or
change of a page, snippet, image, document, site or locale bumps (`invalidate_all`, connected in
`sbm_site.page_cache.connect_invalidation`). Whatever is kept under one generation (whole pages in
`sbm_site.page_cache`; the chrome, listings' counts and pages of cards, a sheet's rows through
`remembered`) is retired at once, in every language and in every process that shares the cache.
A value kept under one generation never changes, so each process also keeps in memory the values
it has read, until it sees another generation. Within one request, the generation is read once
and each value looked up once (the request memo, opened by `RequestMemoMiddleware`).

A cache that is down only costs queries: every lookup then computes its value.
"""

import contextvars
import logging
import math
import time

from django.core.cache import caches
from django.db import transaction

logger = logging.getLogger("sbm.cache")

# The generation is kept with the pages it retires (the "pages" cache); the values kept under it
# in the default cache.
GENERATION_CACHE = "pages"
GENERATION_KEY = "generation"
CACHE_ALIAS = "default"
KEY_PREFIX = "sbm-chrome"
# A safety net only: the generation retires every value as soon as the content changes.
TIMEOUT_SECONDS = 3600
MISSING = object()
GENERATION = object()  # the request memo's entry for the generation it reads from
LOCAL_MAX_ENTRIES = 10_000
# Counts of a listing (library, directory, open models) are kept for a visitor's choices only when
# they are few: combinations of many choices are countless, and a crawler following every filter
# link would fill the cache with them and push out everything else.
MAX_KEPT_CHOICES = 2

_request_memo = contextvars.ContextVar("sbm_request_memo", default=None)


class LocalValues:
    """What this process has read or computed under one generation: {full key: (expiry, value)}.

    Reading a value here costs no file, no network and no unpickling. All of it is dropped when
    the process meets another generation (or holds too many values). The generation and its
    values are one tuple, swapped whole: a thread never reads one generation's values under another.
    """

    def __init__(self):
        self.state = (None, {})

    def get(self, generation, full_key):
        kept_generation, values = self.state
        if generation != kept_generation:
            return MISSING
        expiry, value = values.get(full_key, (0, MISSING))
        return value if expiry > time.monotonic() else MISSING

    def put(self, generation, full_key, value, timeout):
        kept_generation, values = self.state
        if generation != kept_generation or len(values) >= LOCAL_MAX_ENTRIES:
            values = {}
            self.state = (generation, values)
        values[full_key] = (math.inf if timeout is None else time.monotonic() + timeout, value)


local_values = LocalValues()


def current_generation():
    """The page cache's generation, read once per request."""
    memo = _request_memo.get()
    if memo is None:
        return generation()
    if GENERATION not in memo:
        memo[GENERATION] = generation()
    return memo[GENERATION]


def forget_request_memo():
    """After a change within a request, what the request read before is looked up again."""
    memo = _request_memo.get()
    if memo is not None:
        memo.clear()


def once_per_request(key, compute):
    """`compute()` once within the current request, kept in its memo only (a value that depends on
    the request itself); computed each time outside a request."""
    memo = _request_memo.get()
    if memo is None:
        return compute()
    if key not in memo:
        memo[key] = compute()
    return memo[key]


def remembered(key, compute, timeout=TIMEOUT_SECONDS, keep_none=True):
    """The value kept under `key` for the current generation, computed (and kept) when missing.

    With `keep_none=False`, a None is not kept (lookups driven by what visitors type).
    """
    memo = _request_memo.get()
    if memo is not None and key in memo:
        return memo[key]
    full_key = generation = None
    value = MISSING
    try:
        generation = current_generation()
        full_key = f"{KEY_PREFIX}:{generation}:{key}"
        value = local_values.get(generation, full_key)
        if value is MISSING:
            value = caches[CACHE_ALIAS].get(full_key, MISSING)
            if value is not MISSING:
                local_values.put(generation, full_key, value, timeout)
    except Exception:  # noqa: BLE001 - without a cache, compute as usual
        logger.warning("Could not read %s from the cache", key, exc_info=True)
    if value is MISSING:
        value = compute()
        if full_key is not None and (keep_none or value is not None):
            local_values.put(generation, full_key, value, timeout)
            try:
                caches[CACHE_ALIAS].set(full_key, value, timeout)
            except Exception:  # noqa: BLE001
                logger.warning("Could not keep %s in the cache", key, exc_info=True)
    if memo is not None:
        memo[key] = value
    return value


def first_generation():
    """Where a generation starts when the cache has none (new, flushed, or the key evicted): the
    time in nanoseconds, above any generation reached before, so that no page kept under an
    older generation can ever be served again. Starting from 1 again would bring them back."""
    return time.time_ns()


def generation():
    """The current generation (a number that only grows), started when the cache has none."""
    cache = caches[GENERATION_CACHE]
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
    retire()
    if transaction.get_connection().in_atomic_block:
        transaction.on_commit(retire)


def retire():
    forget_request_memo()
    try:
        cache = caches[GENERATION_CACHE]
        cache.incr(GENERATION_KEY)
    except ValueError:  # no generation yet: start above any earlier one
        cache.add(GENERATION_KEY, first_generation(), None)
    except Exception:  # noqa: BLE001 - a cache that is down holds nothing stale
        logger.warning("Could not retire cached pages", exc_info=True)


class RequestMemoMiddleware:
    """Opens the request memo (`once_per_request`, and the generation read once per request)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _request_memo.set({})
        try:
            return self.get_response(request)
        finally:
            _request_memo.reset(token)

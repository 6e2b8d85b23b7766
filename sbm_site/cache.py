"""Cache backends: Redis that never takes the site down with it; DiskCache kept open between requests.

Django's own Redis backend raises when Redis is unreachable; Wagtail reads the cache on every
request (site root paths), so a Redis outage would answer every page with a 500. This backend
logs the failure and behaves as an empty cache instead: pages are still served, forms still
accepted (the rate limit is then not applied).
"""

import functools
import logging

from django.core.cache.backends.redis import RedisCache

from diskcache import DjangoCache

logger = logging.getLogger("sbm.cache")

# What each operation answers when Redis is down ("not found", "not stored"); the others
# answer None. incr and decr have no honest answer: they still raise, for their callers to decide.
FALLBACKS = {
    "get": lambda key, default=None, *args, **kwargs: default,
    "get_many": lambda *args, **kwargs: {},
    "has_key": lambda *args, **kwargs: False,
    "add": lambda *args, **kwargs: False,
    "set_many": lambda keys, *args, **kwargs: list(keys),
}
OPERATIONS = ["get", "set", "add", "delete", "get_many", "set_many", "delete_many", "has_key", "touch", "clear"]


def tolerant(name, method):
    fallback = FALLBACKS.get(name, lambda *args, **kwargs: None)

    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except Exception as error:  # noqa: BLE001 - any Redis failure degrades to "no cache"
            logger.warning("Cache %s failed, carrying on without the cache: %s", name, error)
            return fallback(*args, **kwargs)

    return wrapper


class ResilientRedisCache(RedisCache):
    pass


for _operation in OPERATIONS:
    setattr(ResilientRedisCache, _operation, tolerant(_operation, getattr(RedisCache, _operation)))


class DiskCache(DjangoCache):
    """DiskCache (the cache without Redis, shared by the workers of one machine), its SQLite
    connections kept open from one request to the next.

    Django closes every cache when a request ends. For DiskCache that closes its connections, and
    the next request opens them again, with their settings: that cost more than the whole answer
    of a page from the cache (docs/performance.md). A connection belongs to its thread and its
    process (DiskCache opens a new one after a fork), so keeping it open shares nothing."""

    def close(self, **kwargs):
        """Kept open: see the class."""

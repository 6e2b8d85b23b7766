"""Cache backends: a Redis cache that never takes the site down with it, and a file cache for pages.

Django's own Redis backend raises when Redis is unreachable; Wagtail reads the cache on every
request (site root paths), so a Redis outage would answer every page with a 500. This backend
logs the failure and behaves as an empty cache instead: pages are still served, forms still
accepted (the rate limit is then not applied).
"""

import functools
import logging
import pickle

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.filebased import FileBasedCache
from django.core.cache.backends.redis import RedisCache

logger = logging.getLogger("sbm.cache")
MISSING = object()

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


class PageFileCache(FileBasedCache):
    """The file cache of whole pages, kept without compression.

    A kept page is read on every visit and written once per publication: inflating it each time
    cost more than the disk it saves (docs/performance.md).
    Its files have their own suffix: those of Django's compressed format, left in the folder by an
    earlier version of the site, are never read as pages.
    """

    cache_suffix = ".page"

    def get(self, key, default=None, version=None):
        try:
            with open(self._key_to_file(key, version), "rb") as file:
                if not self._is_expired(file):
                    return pickle.loads(file.read())
        except FileNotFoundError:
            pass
        return default

    def _write_content(self, file, timeout, value):
        file.write(pickle.dumps(self.get_backend_timeout(timeout), self.pickle_protocol))
        file.write(pickle.dumps(value, self.pickle_protocol))

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        value = self.get(key, MISSING, version)
        if value is MISSING:
            return False
        self.set(key, value, timeout, version)
        return True

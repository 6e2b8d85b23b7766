"""A per-address limit on public submissions, kept in the shared cache (Redis in production)."""

import hashlib

from django.core.cache import cache

DEFAULT_LIMIT = 5
DEFAULT_PERIOD = 60 * 60


def client_address(request):
    """The visitor's address; behind a proxy, the first one it forwarded for."""
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    return forwarded.split(",")[0].strip() or request.META.get("REMOTE_ADDR", "")


def allow(request, scope, limit=DEFAULT_LIMIT, period=DEFAULT_PERIOD):
    """Count one submission for this address and scope; False once the limit is passed.

    A cache that is down never blocks a visitor: the submission is allowed.
    """
    digest = hashlib.sha256(client_address(request).encode()).hexdigest()[:32]
    key = f"sbm:ratelimit:{scope}:{digest}"
    try:
        cache.add(key, 0, period)
        count = cache.incr(key)
    except Exception:  # noqa: BLE001 - a cache failure must not refuse a visitor
        return True
    return count <= limit

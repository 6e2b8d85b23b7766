"""A per-address limit on public submissions, kept in the shared cache (Redis in production)."""

import hashlib

from django.conf import settings
from django.core.cache import cache

DEFAULT_LIMIT = 5
DEFAULT_PERIOD = 60 * 60


def client_address(request):
    """The visitor's address: behind TRUSTED_PROXY_COUNT proxies, the one the outermost of
    them saw; never a value the client wrote itself into X-Forwarded-For."""
    proxies = settings.TRUSTED_PROXY_COUNT
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
    if proxies and len(forwarded) >= proxies:
        return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "")


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

"""Reads from a read replica, writes to the primary (used when DATABASE_REPLICA_URL is set).

Anonymous visitors' reads go to the replica. Everything that must see its own writes stays on
the primary: every write, every read inside a transaction (publishing, form handling), and the
whole of a request that is not a plain read by an anonymous visitor: the admin, a POST, any
request with a session (signed-in editors, a visitor just back from a form). A replica lags
the primary by a moment; none of those may read stale data.

Nor may the page cache: a publication retires every cached page, and a page rendered from a
replica that has not caught up yet would be stored again, stale, for an hour. So for
DATABASE_REPLICA_LAG_SECONDS after any change of public content (the moment is kept in the
shared cache, so every app server knows it), anonymous visitors read from the primary too.
"""

import time
from contextlib import contextmanager, suppress
from contextvars import ContextVar

from django.conf import settings
from django.core.cache import cache
from django.db import DEFAULT_DB_ALIAS, connections

REPLICA = "replica"
PRIMARY_PREFIXES = ("/admin/", "/healthz")
LAST_CHANGE_KEY = "db-router:last-public-change"
_pinned = ContextVar("sbm_primary_pinned", default=False)


@contextmanager
def use_primary():
    """Within this block every read goes to the primary."""
    token = _pinned.set(True)
    try:
        yield
    finally:
        _pinned.reset(token)


def reads_from_primary():
    if REPLICA not in settings.DATABASES or _pinned.get():
        return True
    return connections[DEFAULT_DB_ALIAS].in_atomic_block


class PrimaryReplicaRouter:
    def __init__(self):
        # Every process that routes (app servers, cron commands) notes its changes.
        connect_change_notes()

    def db_for_read(self, model, **hints):
        return DEFAULT_DB_ALIAS if reads_from_primary() else REPLICA

    def db_for_write(self, model, **hints):
        return DEFAULT_DB_ALIAS

    def allow_relation(self, obj1, obj2, **hints):
        # Both aliases hold the same data.
        return True

    def allow_migrate(self, db, app_label, model_name=None, **hints):
        return db == DEFAULT_DB_ALIAS


def lag_seconds():
    return getattr(settings, "DATABASE_REPLICA_LAG_SECONDS", 5)


def note_public_change(instance=None, **kwargs):
    """Record when public content last changed (any app server may read the replica too early)."""
    # The router is named in the settings and may be loaded before the apps are: the page cache's
    # module reads Wagtail's models, so it is imported once a change is being recorded.
    from .page_cache import changes_public_content

    if instance is not None and not changes_public_content(instance):
        return
    # Without a cache, the replica is read as usual.
    with suppress(Exception):
        cache.set(LAST_CHANGE_KEY, time.time(), lag_seconds())


def changed_recently():
    try:
        last = cache.get(LAST_CHANGE_KEY)
    except Exception:  # noqa: BLE001
        return False
    return last is not None and time.time() - last < lag_seconds()


def needs_primary(request):
    return (
        request.method not in ("GET", "HEAD", "OPTIONS")
        or request.path_info.startswith(PRIMARY_PREFIXES)
        or settings.SESSION_COOKIE_NAME in request.COOKIES
        or changed_recently()
    )


def connect_change_notes():
    # Called from `SbmSiteConfig.ready()`; Wagtail's signals module reads its models (see above).
    from django.db.models.signals import post_delete, post_save

    from wagtail.signals import page_published, page_unpublished, post_page_move, published, unpublished

    for signal in (post_save, post_delete, page_published, page_unpublished, post_page_move, published, unpublished):
        signal.connect(note_public_change, dispatch_uid=f"sbm_db_router_{id(signal)}")


class PrimaryForEditorsMiddleware:
    """Pins the admin, unsafe methods, requests with a session and the moments right after a
    change of public content to the primary."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not needs_primary(request):
            return self.get_response(request)
        with use_primary():
            return self.get_response(request)

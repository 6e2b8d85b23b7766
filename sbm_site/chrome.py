"""What every public page repeats, looked up once: the locales, the main menu, each page's live
translations, the footer.

Each is kept in the default cache under the page cache's generation number
(`sbm_site.page_cache`): any publication, unpublication, move, deletion or change of a page,
snippet, image, document, site or locale bumps it and so retires all of them, in every language
and in every process that shares the cache. A value kept under one generation never changes, so
each process also keeps in memory the values it has read, until it sees another generation.
Within one request, the generation is read once and each value looked up once (the request memo,
opened by `RequestMemoMiddleware`).

A cache that is down only costs queries: every lookup then computes its value.
"""

import contextvars
import copy
import logging
import math
import time

from django.conf import settings
from django.core.cache import caches
from django.template.loader import render_to_string
from django.utils import translation

from sbm_site import page_cache

logger = logging.getLogger("sbm.cache")

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
        return page_cache.generation()
    if GENERATION not in memo:
        memo[GENERATION] = page_cache.generation()
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


def request_site(request):
    """The Wagtail Site that answers `request` (or None): Wagtail's own lookup, which it keeps on
    the request."""
    from wagtail.models import Site

    if request is None:
        return None
    return Site.find_for_request(request)


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


def locales_by_language():
    """{language code: Locale} of every locale."""
    from wagtail.models import Locale

    return remembered("locales", lambda: {locale.language_code: locale for locale in Locale.objects.all()})


def site_key(request):
    site = request_site(request)
    return site.pk if site is not None else "none"


def locale_root(request, language=None):
    """The home page (a plain `Page`) of the visitor's language: the site root's translation."""
    language = language or translation.get_language() or settings.LANGUAGE_CODE
    site = request_site(request)
    if site is None or site.root_page_id is None:
        return None

    def find():
        from wagtail.models import Page

        locale = locales_by_language().get(language)
        root = site.root_page
        if locale is None or root.locale_id == locale.pk:
            return Page.objects.get(pk=root.pk)
        translated = Page.objects.filter(translation_key=root.translation_key, locale=locale, live=True).first()
        return translated or Page.objects.get(pk=root.pk)

    return remembered(f"root:{site.pk}:{language}", find)


def main_menu_items(request, language=None):
    """[{title, url, path}] of the live, public pages shown in the menu of the visitor's language."""
    language = language or translation.get_language() or settings.LANGUAGE_CODE

    def find():
        root = locale_root(request, language)
        if root is None:
            return []
        pages = root.get_children().live().public().in_menu().order_by("path")
        return [{"title": page.title, "url": page.get_url(request), "path": page.path} for page in pages]

    return remembered(f"menu:{site_key(request)}:{language}", find)


def live_translations(page, request):
    """{language code: URL} of the live, public translations of `page` (itself included if live)."""

    def find():
        from wagtail.models import Page

        translations = (
            Page.objects.filter(translation_key=page.translation_key).live().public().select_related("locale")
        )
        by_language = {other.locale.language_code: other.get_url(request) for other in translations}
        return {code: by_language[code] for code, _name in settings.LANGUAGES if code in by_language}

    return remembered(f"translations:{site_key(request)}:{page.translation_key}", find)


def footer_html(request, language=None):
    """The footer of the visitor's language, rendered (the default language's if it has none)."""
    language = language or translation.get_language() or settings.LANGUAGE_CODE

    def render():
        from sbm_site.models import Footer

        footers = {
            footer.locale.language_code: footer
            for footer in Footer.objects.filter(
                live=True, locale__language_code__in={language, settings.LANGUAGE_CODE}
            ).select_related("locale")
        }
        footer = footers.get(language) or footers.get(settings.LANGUAGE_CODE)
        return render_to_string("includes/footer.html", {"footer": footer, "request": request})

    return remembered(f"footer:{site_key(request)}:{language}", render)


def view_restrictions():
    """What decides whether a page is public: the restricted sections, and whether any page is an alias.

    {"sections": [(page id, path, depth)], "aliases": bool}. Every change to a restriction or a
    page (moves included) bumps the generation, so this is never older than the tree.
    """

    def find():
        from wagtail.models import Page, PageViewRestriction

        sections = [
            (restriction.page_id, restriction.page.path, restriction.page.depth)
            for restriction in PageViewRestriction.objects.select_related("page")
        ]
        aliases = bool(sections) and Page.objects.filter(alias_of__isnull=False).exists()
        return {"sections": sections, "aliases": aliases}

    return remembered("view-restrictions", find)


def is_public(page):
    """Whether `page` is outside every section restricted to some visitors: what `public()` keeps."""
    return not any(page.path.startswith(path) for _id, path, _depth in view_restrictions()["sections"])


def child_by_slug(parent, slug, on_the_way=False):
    """The child of `parent` with this slug as its specific page, in one query: its type is kept
    in the cache. None when there is no such child (the caller then routes as Wagtail does).

    `on_the_way`: the request is for an address below the child. When the child's type can have
    child pages (a library, a section), the page is kept in the cache and costs no query; each
    request gets its own copy. A page that cannot (a sheet answering its print view) is read."""
    from django.contrib.contenttypes.models import ContentType

    def find_type():
        return parent.get_children().filter(slug=slug).values_list("content_type_id", flat=True).first()

    content_type_id = remembered(f"child-type:{parent.pk}:{slug}", find_type, keep_none=False)
    if content_type_id is None:
        return None
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    if model is None:
        return None

    def find_child():
        return model.objects.child_of(parent).filter(slug=slug).first()

    if on_the_way and model.allowed_subpage_models():
        return copy.copy(remembered(f"child:{parent.pk}:{slug}", find_child, keep_none=False))
    return find_child()

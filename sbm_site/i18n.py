"""The one place that resolves translatable content for the visitor's language."""

from uuid import UUID

from django.conf import settings
from django.db.models import Q, QuerySet
from django.utils import translation

from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page

from .chrome import default_locale, locales_by_language
from .generation import once_per_request, remembered
from .models import site_pages


def active_locale():
    """The Locale of the active language, or the default one (looked up once per request and language)."""
    language = translation.get_language() or settings.LANGUAGE_CODE
    return once_per_request(("active-locale", language), lambda: locale_of(language))


def locale_of(language):
    locales = locales_by_language()
    try:
        language = get_supported_content_language_variant(language)
    except LookupError:
        language = settings.LANGUAGE_CODE
    if language in locales:
        return locales[language]
    try:
        return Locale.get_active()
    except Locale.DoesNotExist:
        return Locale.get_default()


def live_in_order(pages, locale, model=None):
    """The pages of `pages` that are live and public, each in `locale` where it is live there, else
    in the default language, in the same order: the items a page links to (one query)."""
    found = live_pages_in(pages, locale, model=model, fallback=True)
    return [found[page.translation_key] for page in pages if page is not None and page.translation_key in found]


def in_language_or_default(queryset, locale):
    """Each item of `queryset` once: in `locale` where it has one there, else in the default language.

    `queryset` holds what the public may see (live pages, listed providers) in any language; the
    result is a queryset, so a listing filters, counts and pages it as it would its own language's
    items. Pages or snippets alike: both have a locale and a translation key."""
    default = default_locale()
    if locale.pk == default.pk:
        return queryset.filter(locale=locale)
    translated = queryset.filter(locale=locale).values("translation_key")
    return queryset.filter(locale_id__in=[locale.pk, default.pk]).exclude(
        locale=default, translation_key__in=translated
    )


def children_in_language_or_default(parent, pages):
    """The pages of `pages` (live and public, any language) that are children of `parent` or of its
    default-language translation, each once: in `parent`'s language, else in the default language.
    This is what a listing shows: nothing is hidden because it is not translated yet."""
    default = default_locale()

    def parent_paths():
        translations = Page.objects.filter(
            translation_key=parent.translation_key, locale_id__in=[parent.locale_id, default.pk]
        )
        return sorted(translations.values_list("path", flat=True))

    under = Q(pk__in=[])
    for path in remembered(f"listing-parents:{parent.pk}", parent_paths):
        under |= Q(path__startswith=path, depth=parent.depth + 1)
    return in_language_or_default(pages.filter(under), parent.locale)


def in_source_language(item):
    """Whether `item` (a page or snippet, or a dict with its `locale_id`) is shown in the default language to a visitor reading
    another one: it has no live translation in the visitor's language."""
    locale_id = item.get("locale_id") if isinstance(item, dict) else getattr(item, "locale_id", None)
    return locale_id is not None and locale_id != active_locale().pk


def language_root(locale):
    """The home page of `locale`'s tree (the page at depth 2 in that language), or None."""
    return Page.objects.filter(depth=2, locale=locale).first()


def live_pages_in(pages, locale, model=None, fallback=False):
    """{translation_key: the live, public page in `locale`} of `pages` (pages, translation keys, or a
    queryset of translation keys, used as a subquery), in one query whatever their number; with
    `fallback`, the default language's page where `locale` has none."""

    if isinstance(pages, QuerySet):
        keys = pages
    else:
        keys = {page if isinstance(page, str | UUID) else page.translation_key for page in pages if page is not None}
        if not keys:
            return {}
    default = default_locale()
    locale_ids = {locale.pk, default.pk} if fallback else {locale.pk}
    found = {}
    for page in site_pages(model).live().public().filter(translation_key__in=keys, locale_id__in=locale_ids):
        if page.translation_key not in found or page.locale_id == locale.pk:
            found[page.translation_key] = page
    return found

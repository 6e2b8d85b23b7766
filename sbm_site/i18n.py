"""The one place that resolves translatable content for the visitor's language."""

from uuid import UUID

from django.conf import settings
from django.db.models import QuerySet
from django.utils import translation

from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page

from .chrome import default_locale, locales_by_language
from .models import site_pages


def active_locale():
    """The Locale of the active language, or the default one."""
    locales = locales_by_language()
    language = translation.get_language() or settings.LANGUAGE_CODE
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


def for_active_locale(queryset):
    """The object of `queryset` in the visitor's language, else in the default language, else None."""
    language = translation.get_language() or settings.LANGUAGE_CODE
    candidates = {obj.locale.language_code: obj for obj in queryset.select_related("locale")}
    return candidates.get(language) or candidates.get(settings.LANGUAGE_CODE)


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

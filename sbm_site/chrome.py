"""What every request looks up first, once: the site, the locales, the home page of each language.
Each is kept under the publication generation (`sbm_site.generation.remembered`); the navigation
built on them (menu, language switcher, footer) is in `sbm_site.navigation`.
"""

from django.conf import settings
from django.utils import translation

from wagtail.models import Locale, Page, Site

from .generation import remembered


def request_site(request):
    """The Wagtail Site that answers `request` (or None): Wagtail's own lookup, which it keeps on
    the request."""
    if request is None:
        return None
    return Site.find_for_request(request)


def locales_by_language():
    """{language code: Locale} of every locale."""
    return remembered("locales", lambda: {locale.language_code: locale for locale in Locale.objects.all()})


def default_locale():
    """The Locale of the default language (from the cache)."""
    return locales_by_language().get(settings.LANGUAGE_CODE) or Locale.get_default()


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
        locale = locales_by_language().get(language)
        root = site.root_page
        if locale is None or root.locale_id == locale.pk:
            return Page.objects.get(pk=root.pk)
        translated = Page.objects.filter(translation_key=root.translation_key, locale=locale, live=True).first()
        return translated or Page.objects.get(pk=root.pk)

    return remembered(f"root:{site.pk}:{language}", find)


def with_cached_locale(obj):
    """`obj` with its `locale` set from the cached locales, so reading it costs no query."""
    field = obj._meta.get_field("locale")
    if obj.locale_id is not None and not field.is_cached(obj):
        locale = next((loc for loc in locales_by_language().values() if loc.pk == obj.locale_id), None)
        if locale is not None:
            field.set_cached_value(obj, locale)
    return obj

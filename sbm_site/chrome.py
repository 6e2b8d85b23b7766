"""What every public page repeats, looked up once: the site, the locales, the main menu, each
page's live translations (the language switcher), the footer. Each is kept under the publication
generation (`sbm_site.generation.remembered`).
"""

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.template.loader import render_to_string
from django.utils import translation

from wagtail.models import Locale, Page, Site

from . import notices
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
        # By name: sbm_site.models reads the chrome (a page's missing-translation notice).
        footer_model = apps.get_model("sbm_site", "Footer")
        footers = {
            footer.locale.language_code: footer
            for footer in footer_model.objects.filter(
                live=True, locale__language_code__in={language, settings.LANGUAGE_CODE}
            ).select_related("locale")
        }
        footer = footers.get(language) or footers.get(settings.LANGUAGE_CODE)
        context = {"footer": footer, "notices": notice_links(request, language), "request": request}
        return render_to_string("includes/footer.html", context)

    return remembered(f"footer:{site_key(request)}:{language}", render)


def notice_links(request, language=None):
    """{kind: {title, url, lang}} of the notices (privacy, legal) live and public in the visitor's
    language, else in the default language (then `lang` names it); kept with the chrome (two queries
    when the chrome is retired: the pages, and Wagtail's view restrictions for `public()`)."""
    language = language or translation.get_language() or settings.LANGUAGE_CODE

    def find():
        models = {kind: apps.get_model(label) for kind, label in notices.model_labels().items()}
        if not models:
            return {}
        kind_of = {ContentType.objects.get_for_model(model).pk: kind for kind, model in models.items()}
        pages = (
            Page.objects.type(*models.values())
            .live()
            .public()
            .filter(locale__language_code__in={language, settings.LANGUAGE_CODE})
            .select_related("locale")
        )
        found = {}
        for page in pages:
            code = page.locale.language_code
            kind = kind_of.get(page.content_type_id)
            if kind is None or (kind in found and code != language):
                continue
            url = page.get_url(request)
            if url:
                found[kind] = {"title": page.title, "url": url, "lang": "" if code == language else code}
        return {kind: found[kind] for kind in models if kind in found}

    return remembered(f"notices:{site_key(request)}:{language}", find)


def with_cached_locale(obj):
    """`obj` with its `locale` set from the cached locales, so reading it costs no query."""
    field = obj._meta.get_field("locale")
    if obj.locale_id is not None and not field.is_cached(obj):
        locale = next((loc for loc in locales_by_language().values() if loc.pk == obj.locale_id), None)
        if locale is not None:
            field.set_cached_value(obj, locale)
    return obj

"""What every public page repeats around its content: the main menu, the language switcher (a
page's live translations), the footer and its notices. Each is kept under the publication generation
(`sbm_site.generation.remembered`), keyed by site and language (`sbm_site.chrome`).
"""

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.template.loader import render_to_string
from django.utils import translation

from wagtail.models import Page

from . import notices
from .chrome import locale_root, site_key
from .generation import remembered


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

"""The site's chrome: main menu, language switcher, footer, each for the visitor's language."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation

from wagtail.models import Page, Site

from sbm_site.i18n import for_active_locale
from sbm_site.models import Footer

register = template.Library()


def locale_root(request):
    """The home page of the visitor's language (the site root's translation)."""
    site = Site.find_for_request(request) if request else None
    root = site.root_page if site else None
    if root is None:
        return None
    return root.localized


@register.simple_tag(takes_context=True)
def home_page(context):
    return locale_root(context.get("request"))


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    request = context.get("request")
    root = locale_root(request)
    pages = root.get_children().live().public().in_menu().order_by("path") if root else Page.objects.none()
    current = context.get("page")
    current_path = current.path if isinstance(current, Page) else ""
    return {"items": [(page, current_path.startswith(page.path)) for page in pages]}


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    """Links to this page in the other languages it is live in (or to the same view elsewhere)."""
    request = context.get("request")
    page = context.get("page")
    current = translation.get_language()
    names = dict(settings.LANGUAGES)
    links = []
    if isinstance(page, Page):
        translations = page.get_translations(inclusive=True).live().public().select_related("locale")
        by_language = {p.locale.language_code: p for p in translations}
        for code, _name in settings.LANGUAGES:
            if code in by_language:
                links.append({"code": code, "name": names[code], "url": by_language[code].get_url(request)})
    elif request is not None:
        for code, _name in settings.LANGUAGES:
            links.append({"code": code, "name": names[code], "url": translate_url(request.get_full_path(), code)})
    return {"links": links, "current": current}


@register.simple_tag(takes_context=True)
def alternate_links(context):
    """hreflang alternates for the head, same data as the switcher."""
    return language_switcher(context)["links"]


@register.inclusion_tag("includes/footer.html", takes_context=True)
def site_footer(context):
    return {"footer": for_active_locale(Footer.objects.filter(live=True)), "request": context.get("request")}

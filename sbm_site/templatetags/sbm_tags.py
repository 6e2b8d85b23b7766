"""The site's chrome: main menu, language switcher, footer, each for the visitor's language."""

from urllib.parse import quote, urlencode

from django import template
from django.conf import settings
from django.templatetags.static import static
from django.urls import translate_url
from django.utils import translation
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from django.utils.translation import gettext

from wagtail.models import Page
from wagtail.rich_text import get_text_for_indexing

from sbm_site import chrome, navigation, notices
from sbm_site.i18n import in_source_language

register = template.Library()


def locale_root(request):
    """The home page of the visitor's language (the site root's translation)."""
    return chrome.locale_root(request)


@register.simple_tag(takes_context=True)
def home_page(context):
    return locale_root(context.get("request"))


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    current = context.get("page")
    current_path = current.path if isinstance(current, Page) else ""
    items = navigation.main_menu_items(context.get("request"))
    return {"items": [(item, current_path.startswith(item["path"])) for item in items]}


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    """Links to this page in the other languages it is live in (or to the same view elsewhere)."""
    request = context.get("request")
    page = context.get("page")
    current = translation.get_language()
    if context.get("language_links") is not None:
        # A view that is not a page of its own (a routable sub-page) gives its own translations.
        return {"links": context["language_links"], "current": current}
    names = dict(settings.LANGUAGES)
    links = []
    if isinstance(page, Page):
        for code, url in navigation.live_translations(page, request).items():
            links.append({"code": code, "name": names[code], "url": url})
    elif request is not None:
        for code, _name in settings.LANGUAGES:
            links.append({"code": code, "name": names[code], "url": translate_url(request.get_full_path(), code)})
    return {"links": links, "current": current}


@register.simple_tag(takes_context=True)
def alternate_links(context):
    """hreflang alternates for the head, same data as the switcher."""
    return language_switcher(context)["links"]


@register.simple_tag(takes_context=True)
def site_footer(context):
    return mark_safe(navigation.footer_html(context.get("request")))  # noqa: S308 - our own template, rendered


@register.simple_tag(takes_context=True)
def privacy_notice(context):
    """{title, url, lang} of the privacy notice in the visitor's language (else French), or None."""
    return navigation.notice_links(context.get("request")).get(notices.PRIVACY)


OPEN_GRAPH_LOCALES = {"fr": "fr_CH", "de": "de_CH", "it": "it_CH", "en": "en_GB"}


@register.simple_tag
def page_description(page):
    """What a page is about in one or two sentences: for search engines and link previews."""
    default = translation.gettext(
        "Tools to design and revise social business models, co-created by the Social Business Models association."
    )
    if not isinstance(page, Page):
        return default
    text = page.search_description or getattr(page, "summary", "") or plain_text(getattr(page, "intro", ""))
    return Truncator(" ".join(text.split())).chars(200) or default


@register.simple_tag(takes_context=True)
def social_image_url(context, page):
    """An absolute URL of the image shown in link previews: the page's own, or the site's."""
    request = context.get("request")
    image = getattr(page, "social_image", None) if isinstance(page, Page) else None
    url = image.get_rendition("fill-1200x630").url if image is not None else static("img/social.png")
    return request.build_absolute_uri(url) if request is not None else url


@register.simple_tag
def open_graph_locale():
    return OPEN_GRAPH_LOCALES.get(translation.get_language(), "fr_CH")


@register.inclusion_tag("includes/share_links.html", takes_context=True)
def share_links(context, page):
    """Links to share a page by e-mail, LinkedIn or Mastodon, or to copy: no third-party script."""
    request = context.get("request")
    url = page.get_full_url(request)
    title = page.seo_title or page.title
    return {
        "url": url,
        "mail_url": "mailto:?" + urlencode({"subject": title, "body": f"{title}\n{url}"}, quote_via=quote),
        "linkedin_url": "https://www.linkedin.com/sharing/share-offsite/?" + urlencode({"url": url}),
        "mastodon_text": f"{title} {url}",
    }


@register.filter
def plain_text(html):
    """Rich text read as plain text (not `striptags`: that stays HTML, and autoescape would escape it twice)."""
    return get_text_for_indexing(str(html or ""))


@register.simple_tag(takes_context=True)
def page_link(context, target, url=None):
    """A link to `target` (a page, or a dict with its `title`, `url` and `locale_id`) under its title.
    When `target` is not in the language of the page being read (its translation is not live there,
    so the link leads to the source), the link says so: `lang` and `hreflang` of the source
    language, and a label in the visitor's language."""
    if isinstance(target, dict):
        href, title, locale_id = url or target["url"], target["title"], target.get("locale_id")
    else:
        href, title, locale_id = url or target.get_url(context.get("request")), target.title, target.locale_id
    current = context.get("page")
    if current is None or getattr(current, "locale_id", None) in (None, locale_id):
        return format_html('<a href="{}">{}</a>', href, title)
    source = settings.LANGUAGE_CODE
    return format_html(
        '<a href="{}" lang="{}" hreflang="{}">{}</a> <span class="source-language">({})</span>',
        href,
        source,
        source,
        title,
        gettext("French only"),
    )


@register.simple_tag
def source_lang(item):
    """` lang="fr"` for an element holding `item`'s own text when a listing shows it in the source
    language (it has no live translation in the visitor's), else nothing."""
    return format_html(' lang="{}"', settings.LANGUAGE_CODE) if in_source_language(item) else ""


@register.simple_tag
def source_language_note(item, offer_url=None):
    """Under an item a listing shows in the source language: a label in the visitor's language and,
    when given, the link to offer a translation of it."""
    if not in_source_language(item):
        return ""
    label = format_html('<span class="source-language">{}</span>', gettext("French only"))
    if offer_url:
        label = format_html('{} · <a href="{}">{}</a>', label, offer_url, gettext("Offer a translation"))
    return format_html('<p class="source-language-note">{}</p>', label)

from html import unescape

from django import template
from django.utils.html import strip_tags

from sbm_site.i18n import active_locale

from ..models import OpenModelPage

register = template.Library()


@register.simple_tag
def models_using(tool):
    """Live, public open models of the visitor's language built with `tool` (in any of its languages)."""
    return (
        OpenModelPage.objects.live()
        .public()
        .filter(locale=active_locale(), used_tools__tool__translation_key=tool.translation_key)
        .distinct()
        .order_by("title")
    )


@register.filter
def plain_text(html):
    """Rich text as plain text for a teaser: tags removed, entities decoded (the template escapes it again)."""
    return unescape(strip_tags(html or ""))

from html import unescape

from django import template
from django.utils.html import strip_tags

register = template.Library()


@register.filter
def plain_text(html):
    """Rich text as plain text for a teaser: tags removed, entities decoded (the template escapes it again)."""
    return unescape(strip_tags(html or ""))

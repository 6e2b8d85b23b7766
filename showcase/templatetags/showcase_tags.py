from html import unescape

from django import template
from django.utils.html import strip_tags

from ..tool_uses import models_using

register = template.Library()


@register.filter
def plain_text(html):
    """Rich text as plain text for a teaser: tags removed, entities decoded (the template escapes it again)."""
    return unescape(strip_tags(html or ""))


@register.simple_tag(takes_context=True)
def tool_models(context, tool):
    """The open models of the visitor's language built with `tool` (a tool sheet's section)."""
    return models_using(tool, context.get("request"))

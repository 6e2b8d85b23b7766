"""Template helpers of the tool sheets: schema.org JSON-LD."""

import json

from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from ..structured_data import tool_json_ld
from ..terms import localized_term as term_in_active_language

register = template.Library()

# The characters that could end or confuse a <script> element, as Django's json_script escapes them.
SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.simple_tag(takes_context=True)
def tool_structured_data(context, page):
    data = json.dumps(tool_json_ld(page, context.get("request"), context), ensure_ascii=False).translate(SCRIPT_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(data))


@register.filter
def localized_term(term):
    """The name of a taxonomy term in the visitor's language (from the cached taxonomy: no query)."""
    shown = term_in_active_language(term)
    return shown.name if shown is not None else ""

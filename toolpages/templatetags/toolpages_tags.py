"""Template helpers of the tool sheets and the library: schema.org JSON-LD, the filters' options;
the "offer a translation" address of any page a listing shows in the source language."""

import itertools
import json
from html import escape as html_escape

from django import template
from django.utils import translation
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe

from sbm_site.i18n import in_source_language

from ..models import translation_offer_url
from ..models.filters import count_label
from ..structured_data import tool_json_ld
from ..terms import localized_term as term_in_active_language
from ..workshop import duration_label

register = template.Library()

# The characters that could end or confuse a <script> element, as Django's json_script escapes them.
SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.simple_tag(takes_context=True)
def tool_structured_data(context, page):
    data = json.dumps(tool_json_ld(page, context.get("request"), context), ensure_ascii=False).translate(SCRIPT_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(data))


@register.simple_tag(takes_context=True)
def translation_offer(context, item, url=None):
    """Where the visitor may offer to translate `item`, a page a listing shows in the source language
    (at `url`, else its own address), in the visitor's language; "" for any other item. No query."""
    if not in_source_language(item):
        return ""
    url = url or item.get_url(context.get("request"))
    return translation_offer_url(item, url) if url else ""


@register.filter
def workshop_duration(minutes):
    """A tool's duration in a workshop, in the reader's language ("2 h 30 min")."""
    return duration_label(minutes) if minutes else ""


@register.filter
def localized_term(term):
    """The name of a taxonomy term in the visitor's language (from the cached taxonomy: no query)."""
    shown = term_in_active_language(term)
    return shown.name if shown is not None else ""


OPTION_HTML = (
    '<li><input type="checkbox" name="{key}" value="{value}" id="filter-{key}-{value}"{checked}>\n'
    '    <label for="filter-{key}-{value}">{label} <span class="count">({count})</span></label></li>'
)


@register.simple_tag
def facet_options(facet):
    """The checkboxes of one library filter, in lists under their group's name (a block's canvas).

    Written here rather than as a template loop: 45 options of about twenty template nodes each
    took a tenth of the library's render time (docs/performance.md). The standard library's
    `html.escape`, which Django's `escape` wraps, spares 135 checks for lazy strings per page."""
    key = escape(facet.key)
    language = translation.get_language()
    html = []
    for group, options in itertools.groupby(facet.options, key=lambda option: option.group):
        if group:
            html.append(f'<p class="tool-filters__group">{escape(group)}</p>')
        html.append("<ul>")
        html.extend(
            OPTION_HTML.format(
                key=key,
                value=html_escape(option.value),
                checked=" checked" if option.selected else "",
                label=html_escape(str(option.label)),
                count=html_escape(count_label(language, option.count)),
            )
            for option in options
        )
        html.append("</ul>")
    return mark_safe("\n".join(html))  # every value in it is escaped above

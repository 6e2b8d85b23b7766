import re

from django import template
from django.utils.html import escape
from django.utils.safestring import mark_safe

register = template.Library()

MIN_TERM_LENGTH = 2


@register.filter
def highlight(text, query):
    """`text`, escaped, with each word of `query` marked."""
    escaped = escape(text or "")
    terms = sorted({escape(term) for term in re.findall(r"\w+", query or "") if len(term) >= MIN_TERM_LENGTH}, key=len)
    if not terms:
        return mark_safe(escaped)
    pattern = re.compile("|".join(re.escape(term) for term in reversed(terms)), re.IGNORECASE)
    return mark_safe(pattern.sub(lambda match: f"<mark>{match.group(0)}</mark>", escaped))

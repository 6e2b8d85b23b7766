import re

from django import template
from django.utils.html import escape
from django.utils.safestring import mark_safe

register = template.Library()

MIN_TERM_LENGTH = 2


@register.filter
def highlight(text, query):
    """`text`, escaped, with each word of `query` wrapped in <mark>.

    Words are found in the plain text and every piece is escaped on its own, so a query can
    neither add markup nor cut an entity such as `&amp;` in two.
    """
    text = str(text or "")
    terms = {term for term in re.findall(r"\w+", query or "") if len(term) >= MIN_TERM_LENGTH}
    if not terms:
        return escape(text)
    pattern = re.compile("|".join(re.escape(term) for term in sorted(terms, key=len, reverse=True)), re.IGNORECASE)
    pieces = []
    position = 0
    for match in pattern.finditer(text):
        pieces.append(escape(text[position : match.start()]))
        pieces.append(f"<mark>{escape(match.group(0))}</mark>")
        position = match.end()
    pieces.append(escape(text[position:]))
    return mark_safe("".join(pieces))  # noqa: S308 - every piece is escaped above

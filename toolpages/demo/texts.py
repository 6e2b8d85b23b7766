"""The toolpages demo's strings, French with their translations."""

from django.utils.html import escape

from sbm_site.demo import Texts

t = Texts()

LANGUAGES = ("de", "it", "en")


def tr(fr, others):
    """Record `fr` with its translations, given in the order German, Italian, English."""
    return t(fr, **dict(zip(LANGUAGES, others, strict=True)))


def rich(*paragraphs):
    """Rich text, one paragraph per French string (translations are recorded separately)."""
    return "".join(f"<p>{escape(paragraph)}</p>" for paragraph in paragraphs)

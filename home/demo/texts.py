"""The demo content's strings, French with their translations, shared by its modules."""

from sbm_site.demo import Texts

t = Texts()

LANGUAGES = ("de", "it", "en")


def tr(fr, others):
    """Record `fr` with its translations, given in the order German, Italian, English."""
    return t(fr, **dict(zip(LANGUAGES, others, strict=True)))


def paragraphs(*items):
    """Rich text from (fr, de, it, en) tuples, one paragraph each."""
    return t.paragraphs(*[(item[0], dict(zip(LANGUAGES, item[1:], strict=True))) for item in items])

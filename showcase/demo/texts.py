"""The showcase demo's strings: French with, for the translated models, German and English."""

from sbm_site.demo import Texts

t = Texts()


def rich(*items):
    """Rich text, one paragraph per item; an item is French text or (fr, {language: text})."""
    return t.paragraphs(*[item if isinstance(item, tuple) else (item, {}) for item in items])


def both(fr, de, en):
    """A string with its German and English translations."""
    return t(fr, de=de, en=en)


def para(fr, de, en):
    """A translated paragraph for `rich`."""
    return (fr, {"de": de, "en": en})

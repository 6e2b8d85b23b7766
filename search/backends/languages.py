"""The text-search configuration of each language, and of what is being indexed or searched."""

import threading
from contextlib import contextmanager

from django.utils import translation

# PostgreSQL text-search configurations by language code.
TEXT_SEARCH_CONFIGS = {"fr": "french", "de": "german", "it": "italian", "en": "english"}
FALLBACK_CONFIG = "simple"


def config_for_language(language_code):
    return TEXT_SEARCH_CONFIGS.get((language_code or "")[:2], FALLBACK_CONFIG)


class IndexingLanguage(threading.local):
    config = None


indexing_language = IndexingLanguage()


@contextmanager
def indexing_in(config):
    previous = indexing_language.config
    indexing_language.config = config
    try:
        yield
    finally:
        indexing_language.config = previous


def current_config():
    """While indexing: the language of the objects indexed; otherwise the visitor's language."""
    return indexing_language.config or config_for_language(translation.get_language())

"""Wagtail's database search, with PostgreSQL's stemming in each content language.

On PostgreSQL each object is indexed with the text-search configuration of its own locale
(french, german, italian, english) and each query is parsed with the configuration of the
visitor's language, so that "Werkzeuge" finds "Werkzeug" and "outils" finds "outil". Other
databases use Wagtail's backend for them unchanged (SQLite: FTS5, no stemming per language).
"""

import threading
from contextlib import contextmanager

from django.db import connection
from django.utils import translation

from modelsearch.backends.database import SearchBackend as VendorSearchBackend

# PostgreSQL text-search configurations by language code.
TEXT_SEARCH_CONFIGS = {"fr": "french", "de": "german", "it": "italian", "en": "english"}
FALLBACK_CONFIG = "simple"


def config_for_language(language_code):
    return TEXT_SEARCH_CONFIGS.get((language_code or "")[:2], FALLBACK_CONFIG)


def SearchBackend(params):  # noqa: N802 - Wagtail looks up this name in a backend module
    if connection.vendor != "postgresql":
        return VendorSearchBackend(params)
    from .postgres import LocalisedPostgresSearchBackend

    return LocalisedPostgresSearchBackend(params)


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

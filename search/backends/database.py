"""Wagtail's database search, with PostgreSQL's stemming in each content language.

On PostgreSQL each object is indexed with the text-search configuration of its own locale
(french, german, italian, english) and each query is parsed with the configuration of the
visitor's language, so that "Werkzeuge" finds "Werkzeug" and "outils" finds "outil". Other
databases use Wagtail's backend for them unchanged (SQLite: FTS5, no stemming per language).
"""

from django.db import connection

from modelsearch.backends.database import SearchBackend as VendorSearchBackend


def SearchBackend(params):  # noqa: N802 - Wagtail looks up this name in a backend module
    if connection.vendor != "postgresql":
        return VendorSearchBackend(params)
    # Imported on PostgreSQL only: the module builds on modelsearch's PostgreSQL backend.
    from .postgres import LocalisedPostgresSearchBackend

    return LocalisedPostgresSearchBackend(params)

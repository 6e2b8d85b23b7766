from itertools import groupby

from wagtail.models import Locale

from modelsearch.backends.database.postgres.postgres import PostgresIndex, PostgresSearchBackend

from .languages import config_for_language, current_config, indexing_in


class LocalisedPostgresIndex(PostgresIndex):
    def add_items(self, model, objs):
        """Index each locale's objects with that locale's text-search configuration."""
        languages = dict(Locale.objects.values_list("pk", "language_code"))

        def language_of(obj):
            return languages.get(getattr(obj, "locale_id", None), "")

        for language_code, group in groupby(sorted(objs, key=language_of), key=language_of):
            with indexing_in(config_for_language(language_code)):
                super().add_items(model, list(group))


class LocalisedPostgresSearchBackend(PostgresSearchBackend):
    index_class = LocalisedPostgresIndex

    @property
    def config(self):
        return current_config()

    @config.setter
    def config(self, value):
        """The configured SEARCH_CONFIG is ignored: the language decides."""

"""An index on Wagtail's pages by title, for the library's first page at scale.

The library lists its live tools sorted by title, twelve at a time. Without this index, the
database reads every tool of the library and sorts them; with it, it reads the titles in order
and stops after twelve tools (figures in docs/performance.md). Wagtail's page model is not ours, so the index is
created here, by name, on its table. Should a later Wagtail migration rebuild that table on
SQLite (which copies a table to alter it), the index would go: the library would only be slower.
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("toolpages", "0005_examples_optional_image"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.RunSQL(
            sql='CREATE INDEX sbm_page_title_id ON "wagtailcore_page" ("title", "id")',
            reverse_sql="DROP INDEX sbm_page_title_id",
        ),
    ]

"""PostgreSQL: an index on the title and body of Wagtail's search entries taken together.

Wagtail's database search matches `(title || body) @@ query`, which the separate indexes on
`title` and `body` cannot answer: without it each search read every entry (figures in
docs/performance.md). Other databases search with their own full-text engine.
"""

from django.db import migrations

INDEX = "sbm_indexentry_title_body"


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON wagtailsearch_indexentry USING gin ((title || body))"
            # Entries go straight into the index: with GIN's pending list, a bulk indexing left the
            # planner reading every entry again until the next vacuum.
            " WITH (fastupdate = off)"
        )


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("wagtailsearch", "0010_add_text_fields")]

    operations = [migrations.RunPython(create_index, drop_index, elidable=False)]

"""Instruments become translatable (a locale and a translation key, as wagtail-localize needs to offer
their document to the translator), and template previews get their table.

Existing instruments take their sheet's locale; an instrument and its copies on the sheet's
translations (the same sheet, the same position) share one translation key.
"""

import uuid

import django.db.models.deletion
from django.db import migrations, models


def give_locales_and_translation_keys(apps, schema_editor):
    ToolInstrument = apps.get_model("toolpages", "ToolInstrument")
    ToolPage = apps.get_model("toolpages", "ToolPage")
    keys = {}
    pages = {page.pk: page for page in ToolPage.objects.only("pk", "locale_id", "translation_key")}
    for instrument in ToolInstrument.objects.order_by("pk"):
        page = pages[instrument.page_id]
        instrument.locale_id = page.locale_id
        instrument.translation_key = keys.setdefault((page.translation_key, instrument.sort_order), uuid.uuid4())
        instrument.save(update_fields=["locale", "translation_key"])


class Migration(migrations.Migration):
    dependencies = [
        ("toolpages", "0007_taxonomy_drafts"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    operations = [
        migrations.AddField(
            model_name="toolinstrument",
            name="translation_key",
            field=models.UUIDField(editable=False, null=True),
        ),
        migrations.AddField(
            model_name="toolinstrument",
            name="locale",
            field=models.ForeignKey(
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.RunPython(give_locales_and_translation_keys, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="toolinstrument",
            name="translation_key",
            field=models.UUIDField(default=uuid.uuid4, editable=False),
        ),
        migrations.AlterField(
            model_name="toolinstrument",
            name="locale",
            field=models.ForeignKey(
                editable=False,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.AlterModelOptions(
            name="toolinstrument",
            options={
                "abstract": False,
                "ordering": ["sort_order"],
                "verbose_name": "instrument",
                "verbose_name_plural": "instruments",
            },
        ),
        migrations.AlterUniqueTogether(
            name="toolinstrument",
            unique_together={("translation_key", "locale")},
        ),
        migrations.CreateModel(
            name="TemplatePreview",
            fields=[
                (
                    "document",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        primary_key=True,
                        related_name="template_preview",
                        serialize=False,
                        to="wagtaildocs.document",
                    ),
                ),
                ("image", models.ImageField(upload_to="template-previews/", verbose_name="image")),
                ("width", models.PositiveIntegerField(default=0)),
                ("height", models.PositiveIntegerField(default=0)),
                ("page_count", models.PositiveIntegerField(default=1, verbose_name="number of pages")),
                ("file_hash", models.CharField(blank=True, max_length=40)),
            ],
            options={
                "verbose_name": "template preview",
                "verbose_name_plural": "template previews",
            },
        ),
    ]

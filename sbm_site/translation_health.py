"""Translation health: for every page and translatable snippet, its state in each language.

States, in order of urgency: missing (no translation), out of date (the source was published
after the translation was last synced), in progress (strings still untranslated, or a draft not
yet submitted), in review (submitted to its language's reviewers), live. A live page translation
that kept its source's address is flagged: the address is part of the translation.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, F
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.models import Locale, Page, TranslatableMixin, WorkflowState, get_translatable_models
from wagtail_localize.models import StringSegment, Translation, TranslationSource

from .translation_visibility import visible_objects

MISSING = "missing"
OUT_OF_DATE = "out-of-date"
IN_PROGRESS = "in-progress"
IN_REVIEW = "in-review"
LIVE = "live"
STATE_LABELS = {
    MISSING: _("Missing"),
    OUT_OF_DATE: _("Out of date"),
    IN_PROGRESS: _("In progress"),
    IN_REVIEW: _("In review"),
    LIVE: _("Live"),
}


@dataclass
class Cell:
    language_code: str
    state: str
    url: str = ""
    percent: int | None = None
    kept_source_address: bool = False

    @property
    def label(self):
        return STATE_LABELS[self.state]


@dataclass
class Row:
    instance: object
    type_label: str
    edit_url: str
    cells: dict = field(default_factory=dict)

    @property
    def ordered_cells(self):
        return list(self.cells.values())


def target_locales():
    return list(Locale.objects.exclude(language_code=settings.LANGUAGE_CODE).order_by("pk"))


def translatable_types():
    """(content type, model) of every page and snippet type that is translated."""
    types = []
    for model in get_translatable_models(include_subclasses=True):
        if model is Page or model._meta.abstract:
            continue
        types.append((ContentType.objects.get_for_model(model), model))
    return types


def source_objects(user, content_type=None):
    """Every page (but the root) and translatable snippet in the source language that `user` may see."""
    source_locale = Locale.get_default()
    objects = []
    for ctype, model in translatable_types():
        if content_type is not None and ctype != content_type:
            continue
        if issubclass(model, Page):
            queryset = model.objects.filter(locale=source_locale, depth__gt=1).exact_type(model).order_by("path")
        elif issubclass(model, TranslatableMixin):
            queryset = model.objects.filter(locale=source_locale).order_by("pk")
        else:
            continue
        objects.extend(visible_objects(user, queryset))
    return objects


def _progress(sources, locales):
    totals = dict(
        StringSegment.objects.filter(source__in=sources)
        .values_list("source")
        .annotate(n=Count("id"))
        .values_list("source", "n")
    )
    translated = {}
    rows = (
        StringSegment.objects.filter(
            source__in=sources,
            string__translations__locale__in=locales,
            string__translations__context_id=F("context_id"),
        )
        .values("source", "string__translations__locale")
        .annotate(n=Count("id", distinct=True))
    )
    for row in rows:
        translated[(row["source"], row["string__translations__locale"])] = row["n"]
    return totals, translated


def _translated_instances(objects, locales):
    """{(model label, translation_key, locale_id): instance} for every translation that exists."""
    found = {}
    by_base = {}
    for instance in objects:
        base = Page if isinstance(instance, Page) else type(instance).get_translation_model()
        by_base.setdefault(base, set()).add(instance.translation_key)
    for base, keys in by_base.items():
        for translated in base.objects.filter(translation_key__in=keys, locale__in=locales):
            found[(base._meta.label, translated.translation_key, translated.locale_id)] = translated
    return found


def _pages_in_review(instances):
    """The pks (as text, as workflow states hold them) of those translated pages awaiting review."""
    page_pks = [str(instance.pk) for instance in instances.values() if isinstance(instance, Page)]
    return set(
        WorkflowState.objects.filter(
            base_content_type=ContentType.objects.get_for_model(Page),
            object_id__in=page_pks,
            status=WorkflowState.STATUS_IN_PROGRESS,
        ).values_list("object_id", flat=True)
    )


def _submit_url(instance, locale):
    if isinstance(instance, Page):
        url = reverse("wagtail_localize:submit_page_translation", args=[instance.pk])
    else:
        meta = instance._meta
        url = reverse(
            "wagtail_localize:submit_snippet_translation", args=[meta.app_label, meta.model_name, instance.pk]
        )
    return f"{url}?select_locale={locale.language_code}"


def health_rows(user, content_type=None, locales=None):
    locales = locales or target_locales()
    objects = source_objects(user, content_type)
    url_finder = AdminURLFinder()
    sources = {
        (source.object_id, source.locale_id): source
        for source in TranslationSource.objects.filter(object_id__in=[o.translation_key for o in objects])
    }
    translations = {
        (translation.source_id, translation.target_locale_id): translation
        for translation in Translation.objects.filter(source__in=sources.values(), target_locale__in=locales)
    }
    totals, translated_counts = _progress(list(sources.values()), locales)
    instances = _translated_instances(objects, locales)
    in_review = _pages_in_review(instances)

    rows = []
    for instance in objects:
        base = Page if isinstance(instance, Page) else type(instance).get_translation_model()
        source = sources.get((instance.translation_key, instance.locale_id))
        row = Row(
            instance=instance,
            type_label=str(type(instance)._meta.verbose_name),
            edit_url=url_finder.get_edit_url(instance) or "",
        )
        source_published_at = getattr(instance, "last_published_at", None)
        for locale in locales:
            target = instances.get((base._meta.label, instance.translation_key, locale.pk))
            translation = translations.get((source.pk, locale.pk)) if source else None
            if target is None:
                row.cells[locale.language_code] = Cell(locale.language_code, MISSING, _submit_url(instance, locale))
                continue
            target_edit_url = url_finder.get_edit_url(target) or ""
            if source and translation and source_published_at and source_published_at > source.last_updated_at:
                update_url = reverse("wagtail_localize:update_translations", args=[source.pk])
                row.cells[locale.language_code] = Cell(locale.language_code, OUT_OF_DATE, update_url)
                continue
            percent = None
            if source and translation:
                total = totals.get(source.pk, 0)
                done = translated_counts.get((source.pk, locale.pk), 0)
                percent = 100 if total == 0 else round(100 * done / total)
            is_live = getattr(target, "live", True)
            if isinstance(target, Page) and str(target.pk) in in_review:
                row.cells[locale.language_code] = Cell(locale.language_code, IN_REVIEW, target_edit_url, percent)
            elif (percent is not None and percent < 100) or not is_live:
                row.cells[locale.language_code] = Cell(locale.language_code, IN_PROGRESS, target_edit_url, percent)
            else:
                public_url = target.get_url() if isinstance(target, Page) else target_edit_url
                row.cells[locale.language_code] = Cell(
                    locale.language_code,
                    LIVE,
                    public_url or target_edit_url,
                    percent,
                    kept_source_address=isinstance(target, Page) and target.slug == instance.slug,
                )
        rows.append(row)
    return rows


def counts_by_locale(rows):
    """{language_code: {state: count}} for the dashboard."""
    counts = {}
    for row in rows:
        for code, cell in row.cells.items():
            counts.setdefault(code, {}).setdefault(cell.state, 0)
            counts[code][cell.state] += 1
    return counts

"""Fill a database that already holds the demo content with many more pages, fast.

Every new page is a copy of a demo page of the same type (its texts, blocks, taxonomy and child
rows), in every language: French originals and German, Italian and English translations,
linked by one `translation_key` per copy, live, each with its live revision, placed in the
page tree as treebeard would place them (paths, depth, child counts, url paths). Rows go in
with bulk inserts, one type at a time, then the new objects are added to the search index.
Nothing here sends Django's save signals: the bench database is built, not edited.
"""

import copy
import itertools
import time
import uuid
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.db.models import F
from django.utils import timezone

from modelcluster.models import get_serializable_data_for_fields
from wagtail.models import Locale, Page, Revision
from wagtail.search.backends import get_search_backend

SOURCE_LANGUAGE = "fr"
BATCH = 500

# Page fields that each copy gets anew (everything else is copied from its demo page).
PAGE_OWN_FIELDS = {
    "id",
    "page_ptr",
    "path",
    "depth",
    "numchild",
    "url_path",
    "translation_key",
    "locale",
    "title",
    "draft_title",
    "slug",
    "live_revision",
    "latest_revision",
    "locked",
    "locked_at",
    "locked_by",
    "alias_of",
    "live",
    "has_unpublished_changes",
    "first_published_at",
    "last_published_at",
    "latest_revision_created_at",
    "go_live_at",
    "expire_at",
    "expired",
    "content_type",
}


@dataclass
class Counts:
    """How many of each kind the bench database holds in the source language."""

    tools: int = 1000
    providers: int = 200
    guides: int = 100
    models: int = 100

    @classmethod
    def at_scale(cls, tools):
        return cls(tools=tools, providers=max(tools // 5, 1), guides=max(tools // 10, 1), models=max(tools // 10, 1))


@dataclass
class Report:
    created: dict = field(default_factory=dict)
    seconds: dict = field(default_factory=dict)


def copy_values(instance, skip=PAGE_OWN_FIELDS):
    return {f.attname: getattr(instance, f.attname) for f in type(instance)._meta.concrete_fields if f.name not in skip}


def locales_in_order():
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    codes = [SOURCE_LANGUAGE] + sorted(code for code in locales if code != SOURCE_LANGUAGE)
    return [locales[code] for code in codes]


class PageCopier:
    """Inserts copies of demo pages of one type below each language's index page."""

    def __init__(self, model, index_model, locales, now):
        self.model = model
        self.locales = locales
        self.now = now
        self.page_type = ContentType.objects.get_for_model(Page)
        self.content_type = ContentType.objects.get_for_model(model)
        assert list(model._meta.parents) == [Page], f"{model.__name__} must inherit from Page directly"
        self.source_data = {}
        self.indexes = {locale.pk: index_model.objects.get(locale=locale) for locale in locales}
        sources = list(model.objects.filter(locale=locales[0]).live().order_by("path"))
        if not sources:
            raise RuntimeError(f"No live {model.__name__} in the demo content to copy")
        translations = {
            (page.translation_key, page.locale_id): page
            for page in model.objects.filter(translation_key__in=[s.translation_key for s in sources])
        }
        # For each demo page, its version in each language (the French one where none exists).
        self.sources = [
            {locale.pk: translations.get((source.translation_key, locale.pk), source) for locale in locales}
            for source in sources
        ]

    def existing(self):
        return self.model.objects.filter(locale=self.locales[0]).count()

    def insert(self, count, title_suffix):
        """Insert `count` copies in every language; returns {locale_id: [pages]} in copy order."""
        created = {}
        keys = [uuid.uuid4() for _ in range(count)]
        for locale in self.locales:
            index = self.indexes[locale.pk]
            last = index.get_last_child()
            start = Page._str2int(last.path[-Page.steplen :]) + 1 if last else 1
            pages = []
            for number, key in enumerate(keys):
                source = self.sources[number % len(self.sources)][locale.pk]
                slug = f"{source.slug}-{title_suffix}-{number + 1}"
                values = copy_values(source)
                page = self.model(
                    **values,
                    title=f"{source.title} ({title_suffix} {number + 1})",
                    draft_title=f"{source.title} ({title_suffix} {number + 1})",
                    slug=slug,
                    path=Page._get_path(index.path, index.depth + 1, start + number),
                    depth=index.depth + 1,
                    numchild=0,
                    url_path=f"{index.url_path}{slug}/",
                    translation_key=key,
                    locale_id=locale.pk,
                    content_type_id=self.content_type.pk,
                    live=True,
                    has_unpublished_changes=False,
                    first_published_at=self.now,
                    last_published_at=self.now,
                    latest_revision_created_at=self.now,
                )
                page.bench_source = source
                pages.append(page)
            self._insert_pages(pages)
            Page.objects.filter(pk=index.pk).update(numchild=F("numchild") + count)
            created[locale.pk] = pages
        return created

    def _insert_pages(self, pages):
        page_fields = [f for f in Page._meta.concrete_fields if f.name != "id"]
        rows = [Page(**{f.attname: getattr(page, f.attname) for f in page_fields}) for page in pages]
        Page.objects.bulk_create(rows, batch_size=BATCH)
        for page, row in zip(pages, rows, strict=True):
            page.pk = page.id = page.page_ptr_id = row.pk
            page._state.adding = False
        own_fields = self.model._meta.local_concrete_fields
        for start in range(0, len(pages), BATCH):
            self.model._base_manager._insert(pages[start : start + BATCH], fields=own_fields)

    def publish(self, pages):
        """Give each page its live revision, as publishing would (content: the page as saved)."""
        revisions = [
            Revision(
                content_type_id=self.content_type.pk,
                base_content_type_id=self.page_type.pk,
                object_id=str(page.pk),
                created_at=self.now,
                object_str=page.title,
                content=revision_content(page, page.bench_source, self.source_data),
            )
            for page in pages
        ]
        Revision.objects.bulk_create(revisions, batch_size=BATCH)
        for page, revision in zip(pages, revisions, strict=True):
            page.live_revision_id = page.latest_revision_id = revision.pk
        Page.objects.bulk_update(
            [
                Page(pk=p.pk, live_revision_id=p.live_revision_id, latest_revision_id=p.latest_revision_id)
                for p in pages
            ],
            ["live_revision", "latest_revision"],
            batch_size=BATCH,
        )
        return revisions


def revision_content(instance, source, cache):
    """What `serializable_data()` gives, with the child rows and links of the demo page it copies
    (they are the same rows, copied): one query per demo page instead of several per copy."""
    if source.pk not in cache:
        data = source.serializable_data()
        for name in get_serializable_data_for_fields(source):
            data.pop(name)
        for value in data.values():
            for child in value if isinstance(value, list) else []:
                if isinstance(child, dict):
                    child["pk"] = None
        cache[source.pk] = data
    content = get_serializable_data_for_fields(instance)
    for name, value in cache[source.pk].items():
        content[name] = copy.deepcopy(value)
    for value in content.values():
        for child in value if isinstance(value, list) else []:
            if isinstance(child, dict) and "page" in child:
                child["page"] = instance.pk
    return content


def copy_rows(model, parent_field, pairs, **overrides):
    """Copy the child rows of each (source, copy) pair; translatable rows share a key per copy."""
    translatable = any(f.name == "translation_key" for f in model._meta.fields)
    pairs = list(pairs)
    by_source = {}
    for row in model.objects.filter(**{f"{parent_field}__in": {source.pk for source, _c, _k in pairs}}).order_by("pk"):
        by_source.setdefault(getattr(row, f"{parent_field}_id"), []).append(row)
    rows = []
    for source, target, keys in pairs:
        for position, row in enumerate(by_source.get(source.pk, [])):
            values = copy_values(row, skip={"id", "translation_key", "locale"})
            values[f"{parent_field}_id"] = target.pk
            for name, make in overrides.items():
                values[name] = make(target, position, values)
            if translatable:
                values["translation_key"] = keys[position] if position < len(keys) else uuid.uuid4()
                values["locale_id"] = target.locale_id
            rows.append(model(**values))
    model.objects.bulk_create(rows, batch_size=BATCH)
    return len(rows)


def child_pairs(created, locales):
    """(source, copy, row keys) per copy and language; the keys are shared by one copy's languages."""
    source_locale = locales[0].pk
    keys = [[uuid.uuid4() for _ in range(32)] for _ in created[source_locale]]
    for locale in locales:
        for number, page in enumerate(created[locale.pk]):
            yield page.bench_source, page, keys[number]


def copy_m2m(model, names, created):
    """Taxonomy links (synchronised: every language points to the same terms as the source)."""
    for name in names:
        through = getattr(model, name).through
        source_column = f"{model._meta.model_name}_id"
        target_column = next(f.attname for f in through._meta.fields if f.attname not in ("id", source_column))
        links = {}
        sources = {page.bench_source.pk for pages in created.values() for page in pages}
        for row in through.objects.filter(**{f"{source_column}__in": sources}):
            links.setdefault(getattr(row, source_column), []).append(getattr(row, target_column))
        rows = [
            through(**{source_column: page.pk, target_column: target})
            for pages in created.values()
            for page in pages
            for target in links.get(page.bench_source.pk, [])
        ]
        through.objects.bulk_create(rows, batch_size=BATCH)


def all_pages(created):
    return [page for pages in created.values() for page in pages]


def generate_tools(count, locales, now, report):
    from toolpages.models import RelatedTool, ToolChange, ToolContributor, ToolIndexPage, ToolInstrument, ToolPage

    copier = PageCopier(ToolPage, ToolIndexPage, locales, now)
    missing = max(count - copier.existing(), 0)
    if not missing:
        return copier, {}
    created = copier.insert(missing, "bench")
    # Taxonomy links: each copy links the terms of its demo page (synchronised across languages).
    copy_m2m(ToolPage, ["blocks", "phases", "audiences"], created)
    pairs = list(child_pairs(created, locales))
    rows = copy_rows(ToolContributor, "page", pairs)
    rows += copy_rows(ToolInstrument, "page", pairs)
    rows += copy_rows(RelatedTool, "page", pairs)
    pages = all_pages(created)
    revisions = copier.publish(pages)
    ToolChange.objects.bulk_create(
        [
            ToolChange(
                page_id=page.pk,
                revision=revision,
                version=page.version,
                summary="Première publication.",
                published_at=now,
            )
            for page, revision in zip(pages, revisions, strict=True)
        ],
        batch_size=BATCH,
    )
    report.created["tool pages"] = len(pages)
    report.created["tool child rows"] = rows
    return copier, created


def generated_tools_fr(created_tools, locales, copier):
    if created_tools:
        return created_tools[locales[0].pk]
    return [sources[locales[0].pk] for sources in copier.sources]


def generate_guides(count, locales, now, report, tools):
    from guides.models import GuideIndexPage, GuidePage, GuideStep

    copier = PageCopier(GuidePage, GuideIndexPage, locales, now)
    missing = max(count - copier.existing(), 0)
    if not missing:
        return
    created = copier.insert(missing, "bench")
    pairs = list(child_pairs(created, locales))
    cycle = itertools.count()
    rows = copy_rows(
        GuideStep, "page", pairs, tool_id=lambda copy, position, values: tools[next(cycle) % len(tools)].pk
    )
    copier.publish(all_pages(created))
    report.created["guide pages"] = len(all_pages(created))
    report.created["guide steps"] = rows


def generate_models(count, locales, now, report, tools):
    from showcase.models import ImpactFigure, ModelMaterial, ModelTool, OpenModelIndexPage, OpenModelPage, Prerequisite

    copier = PageCopier(OpenModelPage, OpenModelIndexPage, locales, now)
    missing = max(count - copier.existing(), 0)
    if not missing:
        return
    created = copier.insert(missing, "bench")
    pairs = list(child_pairs(created, locales))
    rows = 0
    for model in (ImpactFigure, Prerequisite, ModelMaterial):
        rows += copy_rows(model, "page", pairs)
    cycle = itertools.count()
    rows += copy_rows(
        ModelTool, "page", pairs, tool_id=lambda copy, position, values: tools[next(cycle) % len(tools)].pk
    )
    copier.publish(all_pages(created))
    report.created["open model pages"] = len(all_pages(created))
    report.created["open model child rows"] = rows


def generate_providers(count, locales, now, report, tools):
    from directory.models import Provider, ProviderTool

    content_type = ContentType.objects.get_for_model(Provider)
    sources = list(Provider.objects.filter(locale=locales[0], live=True).order_by("pk"))
    missing = max(count - len(sources), 0)
    if not missing or not sources:
        return
    listed_until = timezone.localdate() + timezone.timedelta(days=365)
    keys = [uuid.uuid4() for _ in range(missing)]
    created = []
    for locale in locales:
        for number, key in enumerate(keys):
            source = sources[number % len(sources)]
            values = copy_values(source, skip=PAGE_OWN_FIELDS | {"name", "listed_until"})
            created.append(
                Provider(
                    **values,
                    name=f"{source.name} ({number + 1})",
                    slug=f"{source.slug}-bench-{number + 1}",
                    listed_until=listed_until,
                    translation_key=key,
                    locale_id=locale.pk,
                    live=True,
                    has_unpublished_changes=False,
                    first_published_at=now,
                    last_published_at=now,
                )
            )
    Provider.objects.bulk_create(created, batch_size=BATCH)
    links = [
        ProviderTool(
            provider_id=provider.pk,
            tool_id=tools[(number * 3 + offset) % len(tools)].pk,
            evidence="Appliqué avec trois organisations.",
            translation_key=uuid.uuid5(provider.translation_key, str(offset)),
            locale_id=provider.locale_id,
            sort_order=offset,
        )
        for number, provider in enumerate(created)
        for offset in range(3)
    ]
    ProviderTool.objects.bulk_create(links, batch_size=BATCH)
    revisions = [
        Revision(
            content_type_id=content_type.pk,
            base_content_type_id=content_type.pk,
            object_id=str(provider.pk),
            created_at=now,
            object_str=provider.name,
            content=provider.serializable_data(),
        )
        for provider in created
    ]
    Revision.objects.bulk_create(revisions, batch_size=BATCH)
    for provider, revision in zip(created, revisions, strict=True):
        provider.live_revision_id = provider.latest_revision_id = revision.pk
    Provider.objects.bulk_update(created, ["live_revision", "latest_revision"], batch_size=BATCH)
    report.created["providers"] = len(created)
    report.created["provider tools"] = len(links)


def index_new_objects(since_page_id, since_provider_id):
    """Add what was generated to the search index (the page index and the provider index)."""
    from directory.models import Provider
    from guides.models import GuidePage
    from showcase.models import OpenModelPage
    from toolpages.models import ToolPage

    backend = get_search_backend()
    indexed = 0
    for model, since in (
        (ToolPage, since_page_id),
        (GuidePage, since_page_id),
        (OpenModelPage, since_page_id),
        (Provider, since_provider_id),
    ):
        index = backend.get_index_for_model(model)
        ids = list(model.objects.filter(pk__gt=since).order_by("pk").values_list("pk", flat=True))
        for start in range(0, len(ids), BATCH):
            objects = list(model.get_indexed_objects().filter(pk__in=ids[start : start + BATCH]))
            index.add_items(model, objects)
            indexed += len(objects)
    return indexed


def generate(counts):
    """Bring the database up to `counts` (French originals; each also in every other language)."""
    from directory.models import Provider

    report = Report()
    now = timezone.now()
    locales = locales_in_order()
    since_page = Page.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
    since_provider = Provider.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
    started = time.perf_counter()
    with transaction.atomic():
        copier, created_tools = generate_tools(counts.tools, locales, now, report)
        report.seconds["tools"] = time.perf_counter() - started
        tools = generated_tools_fr(created_tools, locales, copier)
        for name, step in (
            ("guides", generate_guides),
            ("open models", generate_models),
            ("providers", generate_providers),
        ):
            begun = time.perf_counter()
            step(getattr(counts, {"open models": "models"}.get(name, name)), locales, now, report, tools)
            report.seconds[name] = time.perf_counter() - begun
    begun = time.perf_counter()
    report.created["search index entries"] = index_new_objects(since_page, since_provider)
    report.seconds["search index"] = time.perf_counter() - begun
    # Fresh statistics for the query planner, as after any bulk import.
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    report.seconds["total"] = time.perf_counter() - started
    return report

"""One search of the site in the visitor's language: pages and listed providers, with facets.

Wagtail searches one model per query, so pages and providers are searched apart and merged:
pages first, in order of relevance, then providers. Facets follow the usual rule: an option's
count is what the visitor gets by choosing it, with the other facets' choices applied. Canvas
and phase classify tools only; choosing one of them leaves only tools.

The options are those of the listings' facets engine (`sbm_site.facets.Option`), but search
counts them itself, over its hits in memory: the hits are the search backend's (at most
MAX_MATCHES per model and language, ranked), from two models and two languages merged, not one
queryset the engine could filter and count in SQL; counting them costs no query. Nor does it
keep counts in the cache: what visitors type is countless.
"""

import html
import re
from collections import Counter
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import FieldDoesNotExist
from django.core.paginator import Paginator
from django.db.models import OuterRef, Subquery, TextField, Value
from django.db.models.functions import Coalesce, NullIf
from django.utils import translation
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from directory.models import Provider
from directory.models.pages import directory_page_for
from sbm_site.facets import Facet, Option
from sbm_site.i18n import default_locale
from sbm_site.models import site_pages
from toolpages.models import Canvas, Phase, ToolPage
from toolpages.terms import terms_in_active_locale

RESULTS_PER_PAGE = 10
EXCERPT_WORDS = 40
# Matches read per model: far more than anyone pages through, few enough to count in memory.
MAX_MATCHES = 500
PROVIDER_KEY = "directory.provider"
# What a result shows: its title and address, and the first of its excerpt fields that has words.
RESULT_COLUMNS = ("title", "url_path", "locale_id", "content_type_id", "search_description")
EXCERPT_FIELDS = ("summary", "intro")
BLOCK_END = re.compile(r"</(p|li|h[1-6]|div|blockquote)>", re.IGNORECASE)


@dataclass
class Result:
    title: str
    url: str
    type_label: str
    excerpt: str = ""
    page: Page = None
    # The result's language: a listing marks what it shows in the source language.
    locale_id: int = None


@dataclass
class Selection:
    """What the visitor chose, from the GET parameters, unknown values dropped later."""

    type: str = ""
    canvas: str = ""
    phase: str = ""

    @classmethod
    def from_params(cls, params):
        return cls(**{name: str(params.get(name, ""))[:100] for name in ("type", "canvas", "phase")})

    @property
    def tools_only(self):
        return bool(self.canvas or self.phase)


def excerpt_of(text):
    """The first words of `text` as plain text (rich text's tags dropped and its entities decoded)."""
    words = html.unescape(strip_tags(BLOCK_END.sub(" ", text or ""))).split()
    return " ".join(words[:EXCERPT_WORDS]) + (" …" if len(words) > EXCERPT_WORDS else "")


def page_excerpt(page):
    """The words that say what a result is about: its summary, introduction or description."""
    return excerpt_of(page.excerpt_source or page.search_description)


def only_in_source_language(matches, public, locale):
    """Those of `matches` (in the default language) whose translation in `locale` is not among
    `public`, the live and listed items of any language: one query."""
    keys = [match.translation_key for match in matches]
    translated = set(public.filter(locale=locale, translation_key__in=keys).values_list("translation_key", flat=True))
    return [match for match in matches if match.translation_key not in translated]


def has_field(model, name):
    try:
        model._meta.get_field(name)
    except FieldDoesNotExist:
        return False
    return True


def type_key(content_type):
    return f"{content_type.app_label}.{content_type.model}"


@dataclass
class SiteSearch:
    """The matches of `parsed_query` among live public pages and listed providers of `locale`."""

    parsed_query: object
    locale: object
    selection: Selection
    type_facets: list = field(default_factory=list)
    canvas_facets: list = field(default_factory=list)
    phase_facets: list = field(default_factory=list)

    def __post_init__(self):
        default = default_locale()
        pages = site_pages().live().public()
        own = pages.filter(locale=self.locale).only("id", "content_type_id").search(self.parsed_query)[:MAX_MATCHES]
        self.page_matches = [(page.pk, page.content_type_id) for page in own]
        providers = Provider.objects.listed()
        found = get_search_backend().search(self.parsed_query, providers.filter(locale=self.locale).only("id"))
        self.provider_ids = [provider.pk for provider in found[:MAX_MATCHES]]
        if self.locale.pk != default.pk:
            # Then what exists only in the source language: its matches whose translation is not live
            # here, read in that language (on PostgreSQL the query is stemmed as its pages are).
            columns = ("id", "content_type_id", "translation_key")
            with translation.override(default.language_code):
                source_pages = list(pages.filter(locale=default).only(*columns).search(self.parsed_query)[:MAX_MATCHES])
                found = get_search_backend().search(
                    self.parsed_query, providers.filter(locale=default).only("id", "translation_key")
                )
                source_providers = list(found[:MAX_MATCHES])
            pages_left = only_in_source_language(source_pages, pages, self.locale)
            self.page_matches += [(page.pk, page.content_type_id) for page in pages_left]
            providers_left = only_in_source_language(source_providers, providers, self.locale)
            self.provider_ids += [provider.pk for provider in providers_left]
        # From Django's cache of content types: no query once each type has been seen.
        self.content_types = {
            content_type: ContentType.objects.get_for_id(content_type)
            for content_type in {content_type for _pk, content_type in self.page_matches}
        }
        self.canvas_keys = {term.slug: term.translation_key for term in terms_in_active_locale(Canvas)}
        self.phase_keys = {term.slug: term.translation_key for term in terms_in_active_locale(Phase)}
        self.tool_terms = self.classify_tools()
        self.build_facets()

    def classify_tools(self):
        """{tool pk: (canvas translation key, {phase translation keys})} of the tools among the matches:
        by translation key, as tools of the source language have that language's terms."""
        tool_type = ContentType.objects.get_for_model(ToolPage).pk
        tool_ids = [pk for pk, content_type in self.page_matches if content_type == tool_type]
        terms = {}
        rows = ToolPage.objects.filter(pk__in=tool_ids).values_list(
            "pk", "canvas__translation_key", "phases__translation_key"
        )
        for pk, canvas, phase in rows:
            phases = terms.setdefault(pk, (canvas, set()))[1]
            if phase:
                phases.add(phase)
        return terms

    def passes_terms(self, pk, canvas=True, phase=True):
        if not self.selection.tools_only:
            return True
        if pk not in self.tool_terms:
            return False
        canvas_key, phases = self.tool_terms[pk]
        selection = self.selection
        if canvas and selection.canvas and canvas_key != self.canvas_keys.get(selection.canvas):
            return False
        return not (phase and selection.phase and self.phase_keys.get(selection.phase) not in phases)

    def build_facets(self):
        selection = self.selection
        type_counts = Counter(
            type_key(self.content_types[content_type])
            for pk, content_type in self.page_matches
            if content_type in self.content_types and self.passes_terms(pk)
        )
        if not selection.tools_only and self.provider_ids:
            type_counts[PROVIDER_KEY] = len(self.provider_ids)
        labels = {type_key(content_type): content_type.model_class() for content_type in self.content_types.values()}
        self.type_facets = sorted(
            (
                Option(key, self.type_label(key, labels.get(key)), count, key == selection.type)
                for key, count in type_counts.items()
                if key == PROVIDER_KEY or labels.get(key) is not None
            ),
            key=lambda option: (-option.count, str(option.label)),
        )
        tool_key = type_key(ContentType.objects.get_for_model(ToolPage))
        tools_allowed = selection.tools_only or selection.type in ("", tool_key)
        canvas_counts = Counter(
            canvas
            for pk, (canvas, _phases) in self.tool_terms.items()
            if canvas and self.passes_terms(pk, canvas=False)
        )
        phase_counts = Counter(
            phase
            for pk, (_canvas, phases) in self.tool_terms.items()
            if self.passes_terms(pk, phase=False)
            for phase in phases
        )
        self.canvas_facets = self.term_facets(Canvas, canvas_counts, selection.canvas) if tools_allowed else []
        self.phase_facets = self.term_facets(Phase, phase_counts, selection.phase) if tools_allowed else []

    def facets(self):
        """The type, canvas and phase facets (one option of each), with the options that have matches."""
        return [
            Facet("type", _("Type"), self.type_facets, many=False),
            Facet("canvas", _("Canvas"), self.canvas_facets, many=False),
            Facet("phase", _("Phase"), self.phase_facets, many=False),
        ]

    @staticmethod
    def type_label(key, model):
        model = Provider if key == PROVIDER_KEY else model
        # A model without a plural of its own would get Django's English "s" added to its name.
        if "verbose_name_plural" in model._meta.original_attrs:
            return model._meta.verbose_name_plural
        return model._meta.verbose_name

    @staticmethod
    def term_facets(model, counts, selected):
        """The terms in the visitor's language, in the editors' order, that have matches (`counts` by
        translation key)."""
        return [
            Option(term.slug, term.name, counts[term.translation_key], term.slug == selected)
            for term in terms_in_active_locale(model)
            if counts[term.translation_key]
        ]

    def hits(self):
        """("page" | "provider", pk) of every result the selection keeps, in the order shown."""
        selection = self.selection
        hits = []
        if selection.type != PROVIDER_KEY:
            for pk, content_type in self.page_matches:
                if content_type not in self.content_types or not self.passes_terms(pk):
                    continue
                if selection.type and type_key(self.content_types[content_type]) != selection.type:
                    continue
                hits.append(("page", pk))
        if selection.type in ("", PROVIDER_KEY) and not selection.tools_only:
            hits.extend(("provider", pk) for pk in self.provider_ids)
        return hits

    def paginate(self, number, request=None):
        """The page of results `number` asks for, and its results, ready to show."""
        paginator = Paginator(self.hits(), RESULTS_PER_PAGE)
        current = paginator.get_page(number)
        return current, self.render_hits(list(current), request)

    def result_pages(self, page_ids):
        """{pk: page} of these matches with what a result shows (its title, address and the text of
        its excerpt, `excerpt_source`), in one query whatever their types: Wagtail's page table, and
        each type's summary or introduction read by a subquery."""
        if not page_ids:
            return {}
        models = {content_type.model_class() for content_type in self.content_types.values()} - {None}
        sources = [
            NullIf(
                Subquery(model.objects.filter(pk=OuterRef("pk")).values(name)[:1], output_field=TextField()), Value("")
            )
            for name in EXCERPT_FIELDS
            for model in models
            if has_field(model, name)
        ]
        pages = Page.objects.filter(pk__in=page_ids).only(*RESULT_COLUMNS)
        excerpt = Coalesce(*sources, Value(""), output_field=TextField()) if sources else Value("")
        pages = pages.annotate(excerpt_source=excerpt)
        return {page.pk: page for page in pages}

    def render_hits(self, hits, request=None):
        page_ids = [pk for kind, pk in hits if kind == "page"]
        provider_ids = [pk for kind, pk in hits if kind == "provider"]
        pages = self.result_pages(page_ids)
        providers = Provider.objects.listed().in_bulk(provider_ids) if provider_ids else {}
        directory = directory_page_for(self.locale) if providers else None
        results = []
        for kind, pk in hits:
            if kind == "page" and pk in pages:
                page = pages[pk]
                results.append(
                    Result(
                        title=page.title,
                        url=page.get_url(request),
                        type_label=page.specific_class.get_verbose_name(),
                        excerpt=page_excerpt(page),
                        page=page,
                        locale_id=page.locale_id,
                    )
                )
            elif kind == "provider" and pk in providers and directory is not None:
                provider = providers[pk]
                results.append(
                    Result(
                        title=provider.name,
                        url=directory.provider_url(provider, request),
                        type_label=_("provider"),
                        excerpt=excerpt_of(provider.description),
                        locale_id=provider.locale_id,
                    )
                )
        return results

"""The library's filters: facets read from GET parameters, combined, each option with its count.

Counts follow the usual faceted-search rule: an option's count is the number of tools the
visitor would get by adding it, with every other facet's selection applied. Each facet costs
one query whatever the number of tools.
"""

import copy
import functools
import hashlib
from dataclasses import dataclass, field

from django.core.paginator import Paginator
from django.db.models import Count, Prefetch, Q
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from sbm_site.generation import MAX_KEPT_CHOICES, remembered

from ..terms import by_translation_key, localized_term, terms_in_active_locale, terms_with_ids
from .taxonomy import Audience, Canvas, CanvasBlock, Phase
from .tool import COMPLEXITY_CHOICES, INSTRUMENT_READS, ToolInstrument, ToolPage, ToolStatus

PER_PAGE = 12
MAX_QUERY_LENGTH = 200
MAX_QUERY_WORDS = 8
TEXT_FIELDS = ("title", "summary", "for_whom", "reasons", "expected_results", "lineage", "search_description")
SORTS = {
    "title": (_("Title"), ("title", "pk")),
    "newest": (_("Newest"), ("-first_published_at", "title")),
    "revised": (_("Recently revised"), ("-last_published_at", "title")),
}
DEFAULT_SORT = "title"
TOTAL = "__total__"
# What a card shows (toolpages/includes/tool_card.html) and what its address needs.
ON_CARDS = ("title", "slug", "url_path", "locale_id", "summary", "complexity", "effort", "status", "canvas_id")
EFFORT_RANGES = [
    ("up-to-1h", _("Up to 1 hour"), Q(effort_hours__lte=1)),
    ("2-4h", _("2 to 4 hours"), Q(effort_hours__gte=2, effort_hours__lte=4)),
    ("5-8h", _("Half a day to a day"), Q(effort_hours__gte=5, effort_hours__lte=8)),
    ("over-8h", _("More than a day"), Q(effort_hours__gt=8)),
]


@dataclass
class Option:
    value: str
    label: str
    count: int = 0
    selected: bool = False
    group: str = ""
    term: object = None


@functools.lru_cache(maxsize=4096)
def count_label(language, count):
    """ "12 tools" in `language` (the active one): the same few counts recur on every library page."""
    return ngettext("%(counter)s tool", "%(counter)s tools", count) % {"counter": count}


@dataclass
class Facet:
    """One filter of the library (a GET parameter), its options and what is selected."""

    key: str
    label: str
    options: list = field(default_factory=list)

    def select(self, values):
        known = {option.value for option in self.options}
        self.selected = [value for value in dict.fromkeys(values) if value in known]
        for option in self.options:
            option.selected = option.value in self.selected

    def q(self):
        raise NotImplementedError

    def count(self, queryset):
        raise NotImplementedError

    @property
    def selected_options(self):
        return [option for option in self.options if option.selected]


class TermFacet(Facet):
    """A facet over a taxonomy; terms match across languages by translation key."""

    def __init__(self, key, label, model, relation, many=True):
        super().__init__(key, label)
        self.relation = relation
        self.many = many
        for term in terms_in_active_locale(model):
            # The block's canvas as the public reads it (a translated canvas may still be a draft).
            group = localized_term(term.canvas).name if model is CanvasBlock else ""
            self.options.append(Option(term.slug, term.name, group=group, term=term))
        self.terms = by_translation_key(option.term for option in self.options)

    def selected_keys(self):
        return [option.term.translation_key for option in self.selected_options]

    def q(self):
        keys = self.selected_keys()
        if not self.many:
            return Q(**{f"{self.relation}__translation_key__in": keys})
        relation = ToolPage._meta.get_field(self.relation)
        target = relation.m2m_reverse_field_name()
        links = relation.remote_field.through.objects.filter(**{f"{target}__translation_key__in": keys})
        return Q(pk__in=links.values(relation.m2m_field_name()))

    def count(self, queryset):
        rows = queryset.order_by().values(f"{self.relation}__translation_key").annotate(n=Count("pk", distinct=True))
        counts = {row[f"{self.relation}__translation_key"]: row["n"] for row in rows}
        for option in self.options:
            option.count = counts.get(option.term.translation_key, 0)


class ChoiceFacet(Facet):
    """A facet over fixed choices, each a condition; counted in one aggregate query."""

    def __init__(self, key, label, choices):
        super().__init__(key, label)
        self.conditions = {}
        for value, option_label, condition in choices:
            self.options.append(Option(str(value), option_label))
            self.conditions[str(value)] = condition

    def q(self):
        q = Q()
        for value in self.selected:
            q |= self.conditions[value]
        return q

    def count(self, queryset):
        aggregates = {
            f"option_{index}": Count("pk", filter=self.conditions[option.value])
            for index, option in enumerate(self.options)
        }
        counts = queryset.order_by().aggregate(**aggregates)
        for index, option in enumerate(self.options):
            option.count = counts[f"option_{index}"]


def build_facets():
    return [
        TermFacet("canvas", _("Canvas"), Canvas, "canvas", many=False),
        TermFacet("block", _("Block of the canvas"), CanvasBlock, "blocks"),
        TermFacet("phase", _("Phase"), Phase, "phases"),
        ChoiceFacet(
            "complexity", _("Complexity"), [(value, label, Q(complexity=value)) for value, label in COMPLEXITY_CHOICES]
        ),
        ChoiceFacet("effort", _("Effort"), EFFORT_RANGES),
        TermFacet("audience", _("For whom"), Audience, "audiences"),
        ChoiceFacet("status", _("Status"), [(value, label, Q(status=value)) for value, label in ToolStatus.choices]),
    ]


def text_query_q(text):
    """Every word must appear in one of the tool's texts."""
    q = Q()
    for word in text.split()[:MAX_QUERY_WORDS]:
        any_field = Q()
        for name in TEXT_FIELDS:
            any_field |= Q(**{f"{name}__icontains": word})
        q &= any_field
    return q


def phases_of(tools):
    """{tool id: [phase id]} of these tools, in one query (none for no tool)."""
    if not tools:
        return {}
    field = ToolPage._meta.get_field("phases")
    tool, phase = field.m2m_field_name(), field.m2m_reverse_field_name()
    links = field.remote_field.through.objects.filter(**{f"{tool}__in": [card.pk for card in tools]})
    phase_ids = {}
    for tool_id, phase_id in links.values_list(tool, phase):
        phase_ids.setdefault(tool_id, []).append(phase_id)
    return phase_ids


class ToolLibrary:
    """The tools of one library as a visitor filtered, searched and sorted them (from request.GET)."""

    def __init__(self, tools, params, pages=None, cache_key=None):
        self.tools = tools
        # The same tools as plain pages (no join with the sheets' table): enough to sort them when
        # nothing is filtered.
        self.pages = pages
        # The library's: unfiltered, its pages of cards are kept in the cache under the publication
        # generation, as its counts are (`count_options`).
        self.cache_key = cache_key
        self.params = params
        self.facets = build_facets()
        for facet in self.facets:
            facet.select(params.getlist(facet.key))
        self.query = " ".join(params.get("q", "").split())[:MAX_QUERY_LENGTH]
        self.sort = params.get("sort") if params.get("sort") in SORTS else DEFAULT_SORT
        self.sorts = [(key, label) for key, (label, _order) in SORTS.items()]
        self.total = None

    @property
    def is_filtered(self):
        return bool(self.query) or any(facet.selected for facet in self.facets)

    def filtered(self, except_facet=None):
        queryset = self.tools
        if self.query:
            queryset = queryset.filter(text_query_q(self.query))
        for facet in self.facets:
            if facet.selected and facet is not except_facet:
                queryset = queryset.filter(facet.q())
        return queryset

    def count_options(self):
        """Count every option. Counts change only when content does: with a `cache_key` (the
        library's), they are kept under the content generation (`sbm_site.generation`) for each
        combination of at most MAX_KEPT_CHOICES selected options; more options, or a free-text
        query, are always counted afresh."""

        def count():
            for facet in self.facets:
                facet.count(self.filtered(except_facet=facet))
            counts = {facet.key: [option.count for option in facet.options] for facet in self.facets}
            counts[TOTAL] = self.filtered().count()
            return counts

        if self.cache_key is None or self.query or sum(len(facet.selected) for facet in self.facets) > MAX_KEPT_CHOICES:
            counts = count()
        else:
            selection = "&".join(f"{facet.key}={','.join(sorted(facet.selected))}" for facet in self.facets)
            digest = hashlib.sha256(selection.encode()).hexdigest()[:24]
            counts = remembered(f"library-counts:{self.cache_key}:{translation.get_language()}:{digest}", count)
        for facet in self.facets:
            for option, number in zip(facet.options, counts.get(facet.key, ()), strict=False):
                option.count = number
        self.total = counts.get(TOTAL)

    def results(self):
        tools = self.pages if self.pages is not None and not self.is_filtered else self.filtered()
        return tools.order_by(*SORTS[self.sort][1])

    def page(self, number):
        """One page of results; a missing or wrong page number gives the first or last page. Its
        tools are read with the fields a card shows; unfiltered, each page of cards is kept in the
        cache until the next publication."""
        paginator = Paginator(self.results().values_list("pk", flat=True), PER_PAGE)
        if self.total is not None:
            paginator.count = self.total  # counted with the options, kept with them
        paginated = paginator.get_page(number)

        def cards():
            # The page's ids (a sliced query) as a subquery: one query for the page of cards.
            tools = ToolPage.objects.filter(pk__in=paginated.object_list).only(*ON_CARDS)
            # The templates' previews with them: one more query for the page, kept with the cards.
            instruments = Prefetch("instruments", ToolInstrument.objects.select_related(*INSTRUMENT_READS))
            return list(tools.prefetch_related(instruments).order_by(*SORTS[self.sort][1]))

        if self.cache_key is not None and not self.is_filtered:
            key = f"library-page:{self.cache_key}:{self.sort}:{paginated.number}"
            # Copies: each request sets its own terms and addresses on the cards.
            paginated.object_list = [copy.copy(tool) for tool in remembered(key, cards)]
        else:
            paginated.object_list = cards()
        self.show_terms(paginated.object_list)
        return paginated

    def show_terms(self, tools):
        """Set each card's canvas and phases, in the visitor's language: which phases each tool has
        costs one query of ids; the terms come from the cached taxonomy (`toolpages.terms`)."""
        phase_ids = phases_of(tools)
        for tool in tools:
            canvases = terms_with_ids(Canvas, [tool.canvas_id] if tool.canvas_id else [])
            tool.shown_canvas = canvases[0] if canvases else None
            tool.shown_phases = terms_with_ids(Phase, phase_ids.get(tool.pk, []))

    def facet(self, key):
        return next(facet for facet in self.facets if facet.key == key)

    def selected_filters(self):
        """(facet, option, URL without it) for what is selected, so each can be removed by a link."""
        selected = []
        for facet in self.facets:
            for option in facet.selected_options:
                params = self.params.copy()
                params.setlist(facet.key, [value for value in facet.selected if value != option.value])
                params.pop("page", None)
                selected.append((facet, option, "?" + params.urlencode()))
        return selected

"""The library's filters: its facets, free text and sorts, and its pages of cards.

Selection, counts and their cache are the facets engine's (`sbm_site.facets`); what is the
library's own is which facets it has, the free-text match and the cards.
"""

import copy
import functools

from django.core.paginator import Paginator
from django.db.models import Prefetch, Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from sbm_site.facets import ChoiceFacet, CountedSelection, Option, ValueFacet
from sbm_site.generation import remembered

from ..terms import localized_term, terms_in_active_locale, terms_with_ids
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
# What a card shows (toolpages/includes/tool_card.html) and what its address needs.
ON_CARDS = ("title", "slug", "url_path", "locale_id", "summary", "complexity", "effort", "status", "canvas_id")
EFFORT_RANGES = [
    ("up-to-1h", _("Up to 1 hour"), Q(effort_hours__lte=1)),
    ("2-4h", _("2 to 4 hours"), Q(effort_hours__gte=2, effort_hours__lte=4)),
    ("5-8h", _("Half a day to a day"), Q(effort_hours__gte=5, effort_hours__lte=8)),
    ("over-8h", _("More than a day"), Q(effort_hours__gt=8)),
]


@functools.lru_cache(maxsize=4096)
def count_label(language, count):
    """ "12 tools" in `language` (the active one): the same few counts recur on every library page."""
    return ngettext("%(counter)s tool", "%(counter)s tools", count) % {"counter": count}


def term_facet(key, label, model, path, many_rows=True):
    """A facet over a taxonomy, its options the terms in the visitor's language; they match tools
    of any language by translation key."""
    options = []
    for term in terms_in_active_locale(model):
        # The block's canvas as the public reads it (a translated canvas may still be a draft).
        group = localized_term(term.canvas).name if model is CanvasBlock else ""
        options.append(Option(term.slug, term.name, group=group, match=term.translation_key, term=term))
    return ValueFacet(key, label, f"{path}__translation_key", options, many_rows=many_rows)


def build_facets():
    return [
        term_facet("canvas", _("Canvas"), Canvas, "canvas", many_rows=False),
        term_facet("block", _("Block of the canvas"), CanvasBlock, "blocks"),
        term_facet("phase", _("Phase"), Phase, "phases"),
        ChoiceFacet(
            "complexity", _("Complexity"), [(value, label, Q(complexity=value)) for value, label in COMPLEXITY_CHOICES]
        ),
        ChoiceFacet("effort", _("Effort"), EFFORT_RANGES),
        term_facet("audience", _("For whom"), Audience, "audiences"),
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
        # The same tools as plain pages (no join with the sheets' table): enough to sort them when
        # nothing is filtered.
        self.pages = pages
        # The library's: unfiltered, its pages of cards are kept in the cache under the publication
        # generation, as its counts are (`sbm_site.facets`).
        self.cache_key = cache_key
        self.query = " ".join(params.get("q", "").split())[:MAX_QUERY_LENGTH]
        self.selection = CountedSelection(
            tools,
            build_facets(),
            params,
            condition=text_query_q(self.query) if self.query else None,
            cache_key=None if cache_key is None else f"library:{cache_key}",
        )
        self.facets = self.selection.facets
        self.sort = params.get("sort") if params.get("sort") in SORTS else DEFAULT_SORT
        self.sorts = [(key, label) for key, (label, _order) in SORTS.items()]

    @property
    def is_filtered(self):
        return self.selection.is_filtered

    @property
    def total(self):
        return self.selection.total

    def filtered(self, except_facet=None):
        return self.selection.filtered(except_facet)

    def count_options(self):
        """Count every option and the tools kept (`sbm_site.facets`: kept under the publication generation)."""
        self.selection.count_options()

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
            cards = list(tools.prefetch_related(instruments).order_by(*SORTS[self.sort][1]))
            # Which phases each tool has (ids; their names come from the cached taxonomy): one more
            # query, kept with the cards too.
            phase_ids = phases_of(cards)
            for card in cards:
                card.phase_ids = phase_ids.get(card.pk, [])
            return cards

        if self.cache_key is not None and not self.is_filtered:
            key = f"library-page:{self.cache_key}:{self.sort}:{paginated.number}"
            # Copies: each request sets its own terms and addresses on the cards.
            paginated.object_list = [copy.copy(tool) for tool in remembered(key, cards)]
        else:
            paginated.object_list = cards()
        return paginated

    def show_terms(self, tools):
        """Set each card's canvas and phases in the visitor's language, from the cached taxonomy
        (`toolpages.terms`): no query."""
        for tool in tools:
            canvases = terms_with_ids(Canvas, [tool.canvas_id] if tool.canvas_id else [])
            tool.shown_canvas = canvases[0] if canvases else None
            tool.shown_phases = terms_with_ids(Phase, tool.phase_ids)

    def facet(self, key):
        return self.selection.facet(key)

    def selected_filters(self):
        """(facet, option, URL without it) for what is selected, so each can be removed by a link."""
        return self.selection.selected_filters()

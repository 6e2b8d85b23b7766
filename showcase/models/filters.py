"""Facets of the open-model index: which facets, their options and the cards.

Selection, counts and their cache are the facets engine's (`sbm_site.facets`). An option is shown
when some model has it, whatever the visitor selected (the options are counted once with nothing
selected); only the models of the current page are loaded, whatever the number of models."""

from collections import Counter

from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from sbm_site.facets import CountedSelection, Facet, Option, ValueFacet
from sbm_site.generation import remembered
from sbm_site.i18n import in_language_or_default, live_pages_in
from toolpages.models import Canvas, ToolPage
from toolpages.terms import terms_in_active_locale

from ..canvas import BLOCKS as CANVAS_BLOCKS
from ..choices import COUNTRIES, LICENCE_SHORT_NAMES, Licence
from .open_model import ModelTool
from .sector import Sector

PLACE_SEPARATOR = "/"
MODELS_PER_PAGE = 12
COUNTRY_NAMES = dict(COUNTRIES)
# Long texts that the index's cards leave out.
NOT_ON_CARDS = (
    *(block.field_name for block in CANVAS_BLOCKS),
    "revenue_model",
    "essentials",
    "adaptable",
    "attribution",
    "search_description",
)


FACET_LABELS = {
    "sector": _("Sector"),
    "place": _("Country or region"),
    "canvas": _("Canvas"),
    "licence": _("Licence"),
    "tool": _("Tool used"),
}


def linked_tools(models, locale):
    """{translation_key: (pk, title)} of the tools that `models` use, each live and public in `locale`,
    else in the default language (links in translated models stay on the French tool): one query."""
    keys = ModelTool.objects.filter(page__in=models.values("pk")).values("tool__translation_key")
    tools = live_pages_in(keys, locale, model=ToolPage, fallback=True)
    return {key: (tool.pk, tool.title) for key, tool in tools.items()}


def sector_names(locale):
    """{slug: name} of the sectors, named in `locale` where translated, else in the default language."""
    return {
        sector.slug: sector.name
        for sector in in_language_or_default(Sector.objects.filter(live=True), locale).order_by("pk")
    }


class PlaceFacet(Facet):
    """Countries and, indented under each, the regions its models name: counted together in one
    query; its options are the places the models have (`show_places`)."""

    def q(self, queryset):
        q = Q()
        for value in self.selected:
            country, _separator, region = value.partition(PLACE_SEPARATOR)
            q |= Q(country=country, region=region) if region else Q(country=country)
        return q

    def count(self, queryset):
        counts = Counter()
        for country, region, number in queryset.values_list("country", "region").annotate(n=Count("pk")).order_by():
            counts[country] += number
            if region:
                counts[f"{country}{PLACE_SEPARATOR}{region}"] += number
        return dict(counts)

    def show_places(self, values):
        """The options of these places, each region under its country."""

        def sort_key(value):
            country, _separator, region = value.partition(PLACE_SEPARATOR)
            return (str(COUNTRY_NAMES.get(country, country)).lower(), region.lower())

        for value in sorted(values, key=sort_key):
            country, _separator, region = value.partition(PLACE_SEPARATOR)
            label = region or str(COUNTRY_NAMES.get(country, country))
            self.options.append(Option(value, label, nested=bool(region)))


class ModelFilters:
    """The live models of one index page, filtered by the visitor's choices (one per facet), with a
    count per option; the options are those some model has."""

    def __init__(self, index, models, query):
        self.cache_key = f"open-models:{index.pk}:{translation.get_language()}"
        self.tools = remembered(f"{self.cache_key}:tools", lambda: linked_tools(models, index.locale))
        self.sector_names = remembered(f"{self.cache_key}:sectors", lambda: sector_names(index.locale))
        self.canvases = {canvas.translation_key: canvas for canvas in terms_in_active_locale(Canvas)}
        facets = self.build_facets()
        every_option = CountedSelection(models, facets, cache_key=self.cache_key).counts()
        for facet in facets:
            if isinstance(facet, PlaceFacet):
                facet.show_places(every_option[facet.key])
            facet.keep_options(lambda option, counts=every_option[facet.key]: counts.get(option.value))
        self.selection = CountedSelection(models, facets, query, cache_key=self.cache_key)
        self.selection.count_options()
        self.unknown = [facet.label for facet in facets if facet.unknown]

    def build_facets(self):
        linked = Q(used_tools__tool__translation_key__in=list(self.tools))
        sectors = sorted(self.sector_names.items(), key=lambda item: item[1].lower())
        tools = sorted(self.tools.items(), key=lambda item: item[1][1].lower())
        return [
            ValueFacet(
                "sector",
                FACET_LABELS["sector"],
                # Models of other languages have their language's sector: the slug is the same in all.
                "sector__slug",
                [Option(slug, name) for slug, name in sectors],
                many=False,
            ),
            PlaceFacet("place", FACET_LABELS["place"], many=False),
            ValueFacet(
                "canvas",
                FACET_LABELS["canvas"],
                "used_tools__tool__canvas__translation_key",
                [Option(canvas.slug, canvas.name, match=key) for key, canvas in self.canvases.items()],
                many=False,
                many_rows=True,
                within=linked,
            ),
            ValueFacet(
                "licence",
                FACET_LABELS["licence"],
                "licence",
                [
                    Option(value, LICENCE_SHORT_NAMES.get(value, value))
                    for value in sorted(Licence.values, key=str.lower)
                ],
                many=False,
            ),
            ValueFacet(
                "tool",
                FACET_LABELS["tool"],
                "used_tools__tool__translation_key",
                [Option(str(pk), title, match=key) for key, (pk, title) in tools],
                many=False,
                many_rows=True,
            ),
        ]

    @property
    def selected(self):
        return self.selection.is_filtered

    @property
    def result_count(self):
        return self.selection.total

    def facets(self):
        return [facet for facet in self.selection.facets if facet.options]

    def page(self, number):
        """One page of results with what their cards show; a missing or wrong number gives the first or last page."""
        results = self.selection.filtered().order_by("path").select_related("sector").defer(*NOT_ON_CARDS)
        paginator = Paginator(results, MODELS_PER_PAGE)
        paginator.count = self.result_count  # counted with the options, kept with them
        page = paginator.get_page(number)
        canvas_order = {key: position for position, key in enumerate(self.canvases)}
        keys_by_model = {model.pk: set() for model in page}
        links = ModelTool.objects.filter(page__in=list(keys_by_model)).values_list(
            "page_id", "tool__translation_key", "tool__canvas__translation_key"
        )
        for model_pk, tool_key, canvas_key in links:
            if tool_key in self.tools and canvas_key in self.canvases:
                keys_by_model[model_pk].add(canvas_key)
        for model in page:
            model.shown_sector = self.sector_names.get(model.sector.slug) if model.sector else None
            model.listing_canvases = [
                self.canvases[key] for key in sorted(keys_by_model[model.pk], key=canvas_order.get)
            ]
        return page

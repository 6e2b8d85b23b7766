"""Facets of the open-model index, counted in SQL: one aggregate query per facet, with the visitor's
other choices applied (a facet does not narrow its own counts). Options and counts change only with
content, so they are kept under the content generation (`sbm_site.generation`) for each combination of
choices; only the models of the current page are loaded, whatever the number of models."""

import hashlib
from dataclasses import dataclass, field

from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from sbm_site.generation import MAX_KEPT_CHOICES, remembered
from sbm_site.html import select_options
from sbm_site.i18n import in_language_or_default, live_pages_in
from toolpages.models import Canvas, ToolPage
from toolpages.terms import terms_in_active_locale

from .canvas import BLOCKS as CANVAS_BLOCKS
from .choices import COUNTRIES, LICENCE_SHORT_NAMES
from .models.open_model import ModelTool
from .models.sector import Sector

PLACE_SEPARATOR = "/"
MODELS_PER_PAGE = 12
TOTAL = "__total__"
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


@dataclass
class Option:
    value: str
    label: str
    count: int = 0
    selected: bool = False
    # Options shown indented under another (regions under their country).
    nested: bool = False


@dataclass
class Facet:
    name: str
    label: str
    options: list = field(default_factory=list)
    selected: str = ""

    @property
    def selected_label(self):
        return next((option.label for option in self.options if option.selected), "")

    def options_html(self):
        return select_options(self.options)


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


class ModelFilters:
    """The live models of one index page, filtered by the visitor's choices, with a count per option."""

    def __init__(self, index, models, query):
        self.models = models
        self.cache_key = f"open-models:{index.pk}:{translation.get_language()}"
        self.tools = remembered(f"{self.cache_key}:tools", lambda: linked_tools(models, index.locale))
        self.sector_names = remembered(f"{self.cache_key}:sectors", lambda: sector_names(index.locale))
        self.tool_key_of = {str(pk): key for key, (pk, _title) in self.tools.items()}
        self.canvases = {canvas.translation_key: canvas for canvas in terms_in_active_locale(Canvas)}
        self.canvas_key_of = {canvas.slug: key for key, canvas in self.canvases.items()}
        self.every_option = self.counts({})
        self.unknown = []
        self.selected = {}
        for name in FACET_LABELS:
            value = query.get(name, "").strip()
            if not value:
                continue
            if value in self.every_option[name]:
                self.selected[name] = value
            else:
                self.unknown.append(FACET_LABELS[name])
        self.selected_counts = self.counts(self.selected) if self.selected else self.every_option

    def condition(self, name, value):
        if name == "sector":
            return Q(sector__slug=value)
        if name == "place":
            country, _separator, region = value.partition(PLACE_SEPARATOR)
            return Q(country=country, region=region) if region else Q(country=country)
        if name == "licence":
            return Q(licence=value)
        if name == "tool":
            links = ModelTool.objects.filter(tool__translation_key=self.tool_key_of[value])
        else:
            links = ModelTool.objects.filter(
                tool__canvas__translation_key=self.canvas_key_of[value], tool__translation_key__in=list(self.tools)
            )
        return Q(pk__in=links.values("page"))

    def filtered(self, selection, except_facet=None):
        models = self.models
        for name, value in selection.items():
            if name != except_facet:
                models = models.filter(self.condition(name, value))
        return models

    def counts(self, selection):
        """{facet: {value: (count, label, sort key)}, TOTAL: count} for this selection, kept with the content."""

        def count():
            counts = {
                name: self.facet_counts(name, self.filtered(selection, except_facet=name)) for name in FACET_LABELS
            }
            counts[TOTAL] = self.filtered(selection).count()
            return counts

        if len(selection) > MAX_KEPT_CHOICES:
            return count()
        chosen = "&".join(f"{name}={value}" for name, value in sorted(selection.items()))
        digest = hashlib.sha256(chosen.encode()).hexdigest()[:24]
        return remembered(f"{self.cache_key}:counts:{digest}", count)

    def facet_counts(self, name, models):
        """{value: (count, label, sort key)} of facet `name` over `models`: one query."""
        counts = {}

        def add(value, number, label, sort_key):
            previous = counts.get(value)
            counts[value] = (number + (previous[0] if previous else 0), label, sort_key)

        if name == "sector":
            # Models of other languages have their language's sector: the slug is the same in all.
            for slug, number in (
                models.exclude(sector=None).values_list("sector__slug").annotate(n=Count("pk")).order_by()
            ):
                label = self.sector_names.get(slug, slug)
                add(slug, number, label, (label.lower(),))
        elif name == "place":
            for country, region, number in models.values_list("country", "region").annotate(n=Count("pk")).order_by():
                country_name = str(COUNTRY_NAMES.get(country, country))
                add(country, number, country_name, (country_name.lower(), ""))
                if region:
                    add(f"{country}{PLACE_SEPARATOR}{region}", number, region, (country_name.lower(), region.lower()))
        elif name == "licence":
            for licence, number in models.values_list("licence").annotate(n=Count("pk")).order_by():
                add(licence, number, LICENCE_SHORT_NAMES.get(licence, licence), (licence.lower(),))
        else:
            links = ModelTool.objects.filter(page__in=models.values("pk"), tool__translation_key__in=list(self.tools))
            key = "tool__translation_key" if name == "tool" else "tool__canvas__translation_key"
            for translation_key, number in links.values_list(key).annotate(n=Count("page", distinct=True)).order_by():
                if name == "tool":
                    pk, title = self.tools[translation_key]
                    add(str(pk), number, title, (title.lower(),))
                elif translation_key in self.canvases:
                    canvas = self.canvases[translation_key]
                    add(canvas.slug, number, canvas.name, (canvas.sort_order, canvas.name))
        return counts

    @property
    def result_count(self):
        return self.selected_counts[TOTAL]

    def facets(self):
        facets = []
        for name, label in FACET_LABELS.items():
            facet = Facet(name, label, selected=self.selected.get(name, ""))
            counts = self.selected_counts[name]
            options = sorted(self.every_option[name].items(), key=lambda item: item[1][2])
            for value, (_count, option_label, _sort_key) in options:
                facet.options.append(
                    Option(
                        value,
                        option_label,
                        counts[value][0] if value in counts else 0,
                        selected=value == facet.selected,
                        nested=name == "place" and PLACE_SEPARATOR in value,
                    )
                )
            if facet.options:
                facets.append(facet)
        return facets

    def page(self, number):
        """One page of results with what their cards show; a missing or wrong number gives the first or last page."""
        results = self.filtered(self.selected).order_by("path").select_related("sector").defer(*NOT_ON_CARDS)
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

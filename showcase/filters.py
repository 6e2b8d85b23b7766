"""Facets of the open-model index: each model's values are read once, filters and counts are computed
in memory, so a listing costs the same few queries whatever the number of models."""

from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

from toolpages.models import Canvas
from toolpages.terms import terms_in_active_locale

from .choices import LICENCE_SHORT_NAMES
from .tools import localized_live_tools

PLACE_SEPARATOR = "/"


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


FACET_LABELS = {
    "sector": _("Sector"),
    "place": _("Country or region"),
    "canvas": _("Canvas"),
    "licence": _("Licence"),
    "tool": _("Tool used"),
}


class ModelFilters:
    """The live models of one index page, filtered by the visitor's choices, with a count per option."""

    def __init__(self, models, query):
        self.models = models
        self.labels = {name: {} for name in FACET_LABELS}
        self.sort_keys = {name: {} for name in FACET_LABELS}
        self.values = [self.values_of(model) for model in models]
        self.unknown = []
        self.selected = {}
        for name in FACET_LABELS:
            value = query.get(name, "").strip()
            if not value:
                continue
            if value in self.labels[name]:
                self.selected[name] = value
            else:
                self.unknown.append(FACET_LABELS[name])

    def remember(self, facet, value, label, sort_key=None):
        if value not in self.labels[facet]:
            self.labels[facet][value] = label
            self.sort_keys[facet][value] = sort_key if sort_key is not None else (str(label).lower(),)

    def values_of(self, model):
        values = {name: set() for name in FACET_LABELS}
        if model.sector_id:
            values["sector"].add(model.sector.slug)
            self.remember("sector", model.sector.slug, model.sector.name)
        country = str(model.get_country_display())
        values["place"].add(model.country)
        self.remember("place", model.country, country, (country.lower(), ""))
        if model.region:
            region = f"{model.country}{PLACE_SEPARATOR}{model.region}"
            values["place"].add(region)
            self.remember("place", region, model.region, (country.lower(), model.region.lower()))
        values["licence"].add(model.licence)
        self.remember("licence", model.licence, LICENCE_SHORT_NAMES.get(model.licence, model.licence))
        for tool in model.listing_tools:
            values["tool"].add(str(tool.pk))
            self.remember("tool", str(tool.pk), tool.title)
        for canvas in model.listing_canvases:
            values["canvas"].add(canvas.slug)
            self.remember("canvas", canvas.slug, canvas.name, (canvas.sort_order, canvas.name))
        return values

    def matches(self, values, except_facet=None):
        return all(selected in values[name] for name, selected in self.selected.items() if name != except_facet)

    def results(self):
        return [model for model, values in zip(self.models, self.values, strict=True) if self.matches(values)]

    def facets(self):
        facets = []
        for name, label in FACET_LABELS.items():
            counts = {}
            for values in self.values:
                if self.matches(values, except_facet=name):
                    for value in values[name]:
                        counts[value] = counts.get(value, 0) + 1
            facet = Facet(name, label, selected=self.selected.get(name, ""))
            for value in sorted(self.labels[name], key=self.sort_keys[name].get):
                facet.options.append(
                    Option(
                        value,
                        self.labels[name][value],
                        counts.get(value, 0),
                        selected=value == facet.selected,
                        nested=name == "place" and PLACE_SEPARATOR in value,
                    )
                )
            if facet.options:
                facets.append(facet)
        return facets


def annotate_listing(models, locale):
    """Give each model its tools and their canvases in the visitor's language (constant queries).

    `models` come with `used_tools` prefetched, each link with its tool and the tool's canvas.
    """
    links_by_model = {model.pk: list(model.used_tools.all()) for model in models}
    tools = localized_live_tools([link.tool for links in links_by_model.values() for link in links], locale)
    canvases = {canvas.translation_key: canvas for canvas in terms_in_active_locale(Canvas)}
    canvas_order = {key: position for position, key in enumerate(canvases)}
    for model in models:
        model.listing_tools = []
        model_canvas_keys = set()
        for link in links_by_model[model.pk]:
            tool = tools.get(link.tool.translation_key)
            if tool is None:
                continue
            if tool not in model.listing_tools:
                model.listing_tools.append(tool)
            key = link.tool.canvas.translation_key if link.tool.canvas_id else None
            if key in canvases:
                model_canvas_keys.add(key)
        model.listing_canvases = [canvases[key] for key in sorted(model_canvas_keys, key=canvas_order.get)]
    return models

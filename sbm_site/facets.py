"""The one facets engine of the listings: options, facets, and a counted selection.

A listing (the tool library, the open models, the directory) declares its facets: which GET
parameter each reads, its label and options, and how an option narrows the listed objects. This
module reads what the visitor selected, filters, and counts every option by the usual
faceted-search rule: an option's count is the number of objects the visitor would get by adding
it, with every other facet's selection applied (a facet does not narrow its own counts). Each
facet is counted in one query whatever the number of objects.

Counts change only when content does, so they are kept under the publication generation
(`sbm_site.generation.remembered`) for each combination of at most MAX_KEPT_CHOICES selected
options; more options, or an extra condition (a free-text query), are counted afresh.

The guides' indexes use the facets to read one option each, without counts. Site search shows
these options too but counts them itself, over the hits of its search backend
(`search.results`, which says why).
"""

import hashlib
from dataclasses import dataclass
from itertools import groupby

from django.db.models import Count, Q
from django.utils import translation

from .generation import MAX_KEPT_CHOICES, remembered
from .html import select_options

TOTAL = "__total__"


@dataclass
class Option:
    """One choice of a facet: `value` is what the GET parameter carries, `match` what the listed
    objects store for it (a term's translation key, the same in every language), `group` the
    heading it is shown under, `nested` whether it is shown indented under the one before and
    `term` the taxonomy term it stands for, if any."""

    value: str
    label: str
    count: int = 0
    selected: bool = False
    group: str = ""
    nested: bool = False
    match: object = None
    term: object = None

    def __post_init__(self):
        if self.match is None:
            self.match = self.value


class Facet:
    """One filter of a listing (a GET parameter), its options and what is selected.

    `many`: several options may be selected (checkboxes, any of them matches); else one (a select)."""

    def __init__(self, key, label, options=(), many=True):
        self.key = key
        self.label = label
        self.options = list(options)
        self.many = many
        self.selected = []
        self.unknown = []

    def select(self, values):
        """Select the options of `values` (the GET parameter's); values that are no option are
        ignored and kept in `unknown`, for a listing that tells the visitor."""
        values = [str(value).strip() for value in values]
        values = [value for value in dict.fromkeys(values) if value]
        if not self.many:
            values = values[-1:]
        known = {option.value for option in self.options}
        self.selected = [value for value in values if value in known]
        self.unknown = [value for value in values if value not in known]
        for option in self.options:
            option.selected = option.value in self.selected

    @property
    def selected_options(self):
        return [option for option in self.options if option.selected]

    @property
    def selected_label(self):
        return next((option.label for option in self.selected_options), "")

    def q(self, queryset):
        """The objects of `queryset` that match any selected option."""
        raise NotImplementedError

    def count(self, queryset):
        """{option value: number of objects of `queryset` it matches}, in one query."""
        raise NotImplementedError

    def options_html(self):
        return select_options(self.options)

    @property
    def groups(self):
        """[(group, [option])] of a facet whose options are shown under headings; [] for one that is not."""
        if not any(option.group for option in self.options):
            return []
        return [(group, list(options)) for group, options in groupby(self.options, key=lambda option: option.group)]

    def groups_html(self):
        """[(group, <option> elements)] of a facet whose options are grouped."""
        return [(group, select_options(options)) for group, options in self.groups]

    def keep_options(self, keep):
        """Drop the options for which `keep(option)` is false, except selected ones."""
        self.options = [option for option in self.options if option.selected or keep(option)]


class ChoiceFacet(Facet):
    """Fixed choices, each with its condition (a Q); all counted by one aggregate query."""

    def __init__(self, key, label, choices, many=True):
        super().__init__(key, label, [Option(str(value), option_label) for value, option_label, _q in choices], many)
        self.conditions = {str(value): condition for value, _label, condition in choices}

    def q(self, queryset):
        q = Q()
        for value in self.selected:
            q |= self.conditions[value]
        return q

    def count(self, queryset):
        aggregates = {
            f"option_{index}": Count("pk", filter=self.conditions[option.value])
            for index, option in enumerate(self.options)
        }
        counts = queryset.order_by().aggregate(**aggregates) if aggregates else {}
        return {option.value: counts[f"option_{index}"] for index, option in enumerate(self.options)}


class ValueFacet(Facet):
    """Options that are the values of a field or relation (`path`, e.g. "sector__slug" or
    "blocks__translation_key"), counted by grouping on it in one query. Taxonomy terms match by
    translation key, so an object of the source language counts under the visitor's term.

    A `path` through a relation with many rows per object (`many_rows`) is matched by a subquery,
    so that an object matching two selected options is listed once; `within` (a Q over the same
    relation) says which of its rows count (links to live tools only, say)."""

    def __init__(self, key, label, path, options, many=True, many_rows=False, within=None):
        super().__init__(key, label, options, many)
        self.path = path
        self.many_rows = many_rows
        self.within = within

    def q(self, queryset):
        condition = Q(**{f"{self.path}__in": [option.match for option in self.selected_options]})
        if self.within is not None:
            condition &= self.within
        if not self.many_rows:
            return condition
        return Q(pk__in=queryset.model.objects.filter(condition).values("pk"))

    def count(self, queryset):
        rows = queryset.order_by().values_list(self.path)
        rows = rows.annotate(n=Count("pk", distinct=self.many_rows, filter=self.within))
        counts = dict(rows)
        return {option.value: counts.get(option.match, 0) for option in self.options}


class CountedSelection:
    """The objects of `base` that a visitor's selection keeps, and every option counted.

    `params`: the request's GET parameters; `condition`: an extra Q all counts respect (a free-text
    query; counted afresh); `cache_key`: the listing's own (its page and anything else its counts
    depend on), or None to count afresh each time."""

    def __init__(self, base, facets, params=None, condition=None, cache_key=None):
        self.base = base
        self.facets = list(facets)
        self.params = params
        self.condition = condition
        self.listing_key = cache_key
        if params is not None:
            for facet in self.facets:
                facet.select(params.getlist(facet.key))
        self.total = None

    @property
    def is_filtered(self):
        return self.condition is not None or any(facet.selected for facet in self.facets)

    def facet(self, key):
        return next(facet for facet in self.facets if facet.key == key)

    def filtered(self, except_facet=None):
        queryset = self.base
        if self.condition is not None:
            queryset = queryset.filter(self.condition)
        for facet in self.facets:
            if facet.selected and facet is not except_facet:
                queryset = queryset.filter(facet.q(self.base))
        return queryset

    @property
    def cache_key(self):
        """Where the counts of this selection are kept, or None when they are counted afresh."""
        if self.listing_key is None or self.condition is not None:
            return None
        if sum(len(facet.selected) for facet in self.facets) > MAX_KEPT_CHOICES:
            return None
        selection = "&".join(f"{facet.key}={','.join(sorted(facet.selected))}" for facet in self.facets)
        digest = hashlib.sha256(selection.encode()).hexdigest()[:24]
        return f"facets:{self.listing_key}:{translation.get_language()}:{digest}"

    def kept(self, name, compute):
        """`compute()`, kept with this selection's counts when they are kept (what else a listing
        derives from the selection alone, such as its results in order)."""
        key = self.cache_key
        return compute() if key is None else remembered(f"{key}:{name}", compute)

    def counts(self, total=True):
        """{facet key: {option value: count}} and, with `total`, {TOTAL: number of objects kept}."""

        def count():
            counts = {facet.key: facet.count(self.filtered(except_facet=facet)) for facet in self.facets}
            if total:
                counts[TOTAL] = self.filtered().count()
            return counts

        return self.kept("counts" if total else "option-counts", count)

    def count_options(self, total=True):
        """Set every option's count and, with `total`, the number of objects kept (`self.total`)."""
        counts = self.counts(total)
        for facet in self.facets:
            numbers = counts.get(facet.key, {})
            for option in facet.options:
                option.count = numbers.get(option.value, 0)
        if total:
            self.total = counts[TOTAL]
        return counts

    def selected_filters(self):
        """(facet, option, URL without it) for each selected option, so that each can be removed by a link."""
        selected = []
        for facet in self.facets:
            for option in facet.selected_options:
                params = self.params.copy()
                params.setlist(facet.key, [value for value in facet.selected if value != option.value])
                params.pop("page", None)
                selected.append((facet, option, "?" + params.urlencode()))
        return selected

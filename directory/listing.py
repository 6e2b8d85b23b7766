"""What the public sees of the directory: listed providers in the visitor's language, filtered and counted.

Facets and free text are worked out in Python from one light query over the listed providers (a
paid directory holds tens or hundreds of them), so the number of SQL queries does not depend on
how many providers there are; only the providers of the current page are loaded in full.
"""

import unicodedata
from dataclasses import dataclass, field

from django import forms
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from toolpages.models import ToolPage

from .choices import CANTONS, COUNTRIES, LANGUAGES, REGION_NAMES, SERVICE_NAMES, SERVICES, ProviderKind
from .models.providers import Provider, ProviderTool
from .queries import localized_live_pages

PROVIDERS_PER_PAGE = 12
MAX_QUERY_LENGTH = 200
CANTON_CODES = {code for code, _label in CANTONS}


def normalised(text):
    """Lower case without accents, for a forgiving free-text match."""
    decomposed = unicodedata.normalize("NFKD", str(text).casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


class DirectoryFilterForm(forms.Form):
    q = forms.CharField(label=_("Search the directory"), max_length=MAX_QUERY_LENGTH, required=False)
    tool = forms.TypedChoiceField(label=_("Tool"), coerce=int, required=False, empty_value=None)
    region = forms.ChoiceField(label=_("Region"), required=False, choices=[("", "")] + CANTONS + COUNTRIES)
    language = forms.ChoiceField(label=_("Language"), required=False, choices=[("", "")] + LANGUAGES)
    service = forms.ChoiceField(label=_("Service"), required=False, choices=[("", "")] + SERVICES)
    kind = forms.ChoiceField(label=_("Kind"), required=False, choices=[("", "")] + ProviderKind.choices)

    def __init__(self, *args, tool_choices=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["tool"].choices = [("", "")] + list(tool_choices)
        self.fields["q"].widget.attrs["maxlength"] = MAX_QUERY_LENGTH

    def clean_q(self):
        return self.cleaned_data["q"].replace("\x00", "").strip()


FACETS = ("tool", "region", "language", "service", "kind")


@dataclass
class ProviderFacts:
    pk: int
    sort_key: str
    haystack: str
    values: dict = field(default_factory=dict)


@dataclass
class FacetOption:
    value: str
    label: str
    count: int
    selected: bool


@dataclass
class Facet:
    name: str
    label: str
    options: list
    groups: list = field(default_factory=list)


class DirectoryListing:
    """The filtered, counted and paginated directory of one DirectoryPage for one request."""

    def __init__(self, page, request):
        self.page = page
        self.request = request
        self.locale = page.locale
        rows = list(
            page.listed_providers().values("pk", "name", "description", "kind", "regions", "languages", "services")
        )
        links = ProviderTool.objects.filter(provider__in=[row["pk"] for row in rows]).values_list(
            "provider_id", "tool__translation_key"
        )
        tool_keys = {}
        for provider_id, key in links.order_by("sort_order"):
            tool_keys.setdefault(provider_id, []).append(key)
        self.tools = localized_live_pages(ToolPage, {key for keys in tool_keys.values() for key in keys}, self.locale)
        self.tools_by_provider = {
            pk: [self.tools[key] for key in keys if key in self.tools] for pk, keys in tool_keys.items()
        }
        self.facts = [self.provider_facts(row) for row in rows]

        tool_choices = sorted(((tool.pk, tool.title) for tool in self.tools.values()), key=lambda c: normalised(c[1]))
        self.form = DirectoryFilterForm(request.GET, tool_choices=tool_choices)
        self.form.is_valid()
        self.filters = {
            name: self.form.cleaned_data.get(name)
            for name in FACETS
            if name not in self.form.errors and self.form.cleaned_data.get(name) not in (None, "")
        }
        self.query = "" if "q" in self.form.errors else self.form.cleaned_data.get("q", "")
        self.results = sorted((facts for facts in self.facts if self.matches(facts)), key=lambda facts: facts.sort_key)
        self.facets = [self.facet(name, tool_choices) for name in FACETS]
        self.page_of_results = self.paginate()
        self.providers = self.load_page(self.page_of_results.object_list)

    def provider_facts(self, row):
        regions = set(row["regions"] or [])
        if "CH" in regions:
            # Whoever serves the whole of Switzerland serves each canton.
            regions |= CANTON_CODES
        tools = self.tools_by_provider.get(row["pk"], [])
        words = [row["name"], strip_tags(row["description"]), ProviderKind(row["kind"]).label]
        words += [REGION_NAMES.get(code, "") for code in row["regions"] or []]
        words += [SERVICE_NAMES.get(code, "") for code in row["services"] or []]
        words += [tool.title for tool in tools]
        return ProviderFacts(
            pk=row["pk"],
            sort_key=normalised(row["name"]),
            haystack=normalised(" ".join(str(word) for word in words)),
            values={
                "tool": {tool.pk for tool in tools},
                "region": regions,
                "language": set(row["languages"] or []),
                "service": set(row["services"] or []),
                "kind": {row["kind"]},
            },
        )

    def matches(self, facts, ignoring=None):
        if self.query and not all(word in facts.haystack for word in normalised(self.query).split()):
            return False
        return all(value in facts.values[name] for name, value in self.filters.items() if name != ignoring)

    def facet(self, name, tool_choices):
        base = [facts for facts in self.facts if self.matches(facts, ignoring=name)]
        counts = {}
        for facts in base:
            for value in facts.values[name]:
                counts[value] = counts.get(value, 0) + 1
        selected = self.filters.get(name)
        choices = {
            "tool": tool_choices,
            "region": CANTONS + COUNTRIES,
            "language": LANGUAGES,
            "service": SERVICES,
            "kind": ProviderKind.choices,
        }[name]

        def options(pairs):
            return [
                FacetOption(str(value), str(label), counts.get(value, 0), value == selected)
                for value, label in pairs
                if counts.get(value) or value == selected
            ]

        label = self.form.fields[name].label
        if name == "region":
            groups = [(_("Swiss cantons"), options(CANTONS)), (_("Countries"), options(COUNTRIES))]
            return Facet(name, label, [], groups=[group for group in groups if group[1]])
        return Facet(name, label, options(choices))

    def paginate(self):
        paginator = Paginator(self.results, PROVIDERS_PER_PAGE)
        try:
            return paginator.page(self.request.GET.get("page", 1))
        except PageNotAnInteger:
            return paginator.page(1)
        except EmptyPage:
            return paginator.page(paginator.num_pages)

    def load_page(self, facts_on_page):
        pks = [facts.pk for facts in facts_on_page]
        by_pk = Provider.objects.select_related("logo").prefetch_related("logo__renditions").in_bulk(pks)
        return [
            {
                "provider": by_pk[pk],
                "url": self.page.provider_url(by_pk[pk], self.request),
                "tools": self.tools_by_provider.get(pk, []),
            }
            for pk in pks
            if pk in by_pk
        ]

    @property
    def count(self):
        return len(self.results)

    @property
    def total(self):
        return len(self.facts)

    @property
    def is_filtered(self):
        return bool(self.filters or self.query)

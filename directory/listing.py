"""What the public sees of the directory: listed providers in the visitor's language, filtered and counted.

Filters and counts are SQL: one aggregate query per facet, with the visitor's other choices applied
(a facet does not narrow its own counts). What they give changes only with content and with the
date (a listing ends on its *valid until* day), so for each combination of choices it is kept under
the content generation (`sbm_site.generation`) and the day. Free text ignores case and accents, which
SQL cannot do portably: it is matched against a text per provider, kept in the same way. Only the
providers of the current page are loaded.
"""

import hashlib
import unicodedata
from dataclasses import dataclass, field

from django import forms
from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.utils import timezone, translation
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from sbm_site.chrome import request_site
from sbm_site.generation import MAX_KEPT_CHOICES, remembered
from sbm_site.html import select_options
from sbm_site.i18n import live_pages_in
from toolpages.models import ToolPage

from .choices import CANTONS, COUNTRIES, LANGUAGES, REGION_NAMES, SERVICE_NAMES, SERVICES, ProviderKind
from .models.providers import Provider, ProviderTool

PROVIDERS_PER_PAGE = 12
MAX_QUERY_LENGTH = 200
WHOLE_COUNTRY = "CH"
CANTON_CODES = {code for code, _label in CANTONS}
FACETS = ("tool", "region", "language", "service", "kind")
CODE_LISTS = {"region": CANTONS + COUNTRIES, "language": LANGUAGES, "service": SERVICES}
COLUMNS = {"region": "regions", "language": "languages", "service": "services"}


def normalised(text):
    """Lower case without accents, for a forgiving free-text match."""
    decomposed = unicodedata.normalize("NFKD", str(text).casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def has_code(column, code):
    """Providers whose list of codes in `column` holds `code` (the list is JSON: the quoted code is
    looked for in its text, which every database can do)."""
    return Q(**{f"{column}__icontains": f'"{code}"'})


def code_condition(name, code):
    if name == "region" and code in CANTON_CODES:
        # Whoever serves the whole of Switzerland serves each canton.
        return has_code("regions", code) | has_code("regions", WHOLE_COUNTRY)
    return has_code(COLUMNS[name], code)


class DirectoryFilterForm(forms.Form):
    q = forms.CharField(label=_("Search the directory"), max_length=MAX_QUERY_LENGTH, required=False)
    # A number checked against the tools on offer, not a ChoiceField: hundreds of choices would be
    # copied and normalised for every request.
    tool = forms.CharField(label=_("Tool"), required=False)
    region = forms.ChoiceField(label=_("Region"), required=False, choices=[("", "")] + CANTONS + COUNTRIES)
    language = forms.ChoiceField(label=_("Language"), required=False, choices=[("", "")] + LANGUAGES)
    service = forms.ChoiceField(label=_("Service"), required=False, choices=[("", "")] + SERVICES)
    kind = forms.ChoiceField(label=_("Kind"), required=False, choices=[("", "")] + ProviderKind.choices)

    def __init__(self, *args, tool_ids=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.tool_ids = tool_ids
        self.fields["q"].widget.attrs["maxlength"] = MAX_QUERY_LENGTH

    def clean_tool(self):
        value = self.cleaned_data["tool"].strip()
        if not value:
            return None
        tool = int(value) if value.isascii() and value.isdigit() else None
        if tool not in self.tool_ids:
            raise forms.ValidationError(
                forms.ChoiceField.default_error_messages["invalid_choice"],
                code="invalid_choice",
                params={"value": value},
            )
        return tool

    def clean_q(self):
        return self.cleaned_data["q"].replace("\x00", "").strip()


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

    def options_html(self):
        return select_options(self.options)

    def groups_html(self):
        """[(label, <option> elements)] of a facet whose options are grouped."""
        return [(label, select_options(options)) for label, options in self.groups]


class DirectoryListing:
    """The filtered, counted and paginated directory of one DirectoryPage for one request."""

    def __init__(self, page, request):
        self.page = page
        self.request = request
        self.locale = page.locale
        self.listed = page.listed_providers()
        self.cache_key = f"directory:{page.pk}:{translation.get_language()}:{timezone.localdate().isoformat()}"
        site = request_site(request)
        self.tools = remembered(f"{self.cache_key}:tools:{site.pk if site else ''}", self.find_tools)
        self.tool_key_of = {tool["pk"]: key for key, tool in self.tools.items()}
        tool_choices = remembered(f"{self.cache_key}:tool-choices", self.sorted_tool_choices)
        self.form = DirectoryFilterForm(request.GET, tool_ids=self.tool_key_of)
        self.form.is_valid()
        self.filters = {
            name: self.form.cleaned_data.get(name)
            for name in FACETS
            if name not in self.form.errors and self.form.cleaned_data.get(name) not in (None, "")
        }
        self.query = "" if "q" in self.form.errors else self.form.cleaned_data.get("q", "")
        found = self.counted()
        self.results = found["results"]
        self.facets = [self.facet(name, tool_choices, found[name]) for name in FACETS]
        self.page_of_results = Paginator(self.results, PROVIDERS_PER_PAGE).get_page(request.GET.get("page"))
        self.providers = self.load_page(self.page_of_results.object_list)

    def find_tools(self):
        """{translation_key: {"pk", "title", "url"}} of the live, public tools the listed providers apply,
        in the visitor's language, else in the default language: one query."""
        keys = ProviderTool.objects.filter(provider__in=self.listed).values("tool__translation_key")
        tools = live_pages_in(keys, self.locale, model=ToolPage, fallback=True)
        return {
            key: {"pk": tool.pk, "title": tool.title, "url": tool.get_url(self.request), "locale_id": tool.locale_id}
            for key, tool in tools.items()
        }

    def sorted_tool_choices(self):
        choices = [(tool["pk"], tool["title"]) for tool in self.tools.values()]
        return sorted(choices, key=lambda choice: normalised(choice[1]))

    def matching_text(self):
        """Primary keys of the listed providers whose texts hold every word of the free text."""
        words = normalised(self.query).split()
        return [pk for pk, text in self.texts().items() if all(word in text for word in words)]

    def texts(self):
        """{provider pk: what free text is matched against}: name, description, kind, regions, services, tools."""

        def find():
            tools = {}
            links = ProviderTool.objects.filter(provider__in=self.listed).values_list(
                "provider_id", "tool__translation_key"
            )
            for provider_id, key in links:
                if key in self.tools:
                    tools.setdefault(provider_id, []).append(self.tools[key]["title"])
            texts = {}
            for pk, name, description, kind, regions, services in self.listed.values_list(
                "pk", "name", "description", "kind", "regions", "services"
            ):
                words = [name, strip_tags(description), ProviderKind(kind).label]
                words += [REGION_NAMES.get(code, "") for code in regions or []]
                words += [SERVICE_NAMES.get(code, "") for code in services or []]
                words += tools.get(pk, [])
                texts[pk] = normalised(" ".join(str(word) for word in words))
            return texts

        return remembered(f"{self.cache_key}:texts", find)

    def names_order(self):
        """{provider pk: position} by name, ignoring case and accents as the visitor reads them."""

        def find():
            names = self.listed.values_list("pk", "name")
            return {
                pk: position
                for position, (pk, _name) in enumerate(sorted(names, key=lambda row: (normalised(row[1]), row[0])))
            }

        return remembered(f"{self.cache_key}:order", find)

    def condition(self, name, value):
        if name == "tool":
            links = ProviderTool.objects.filter(tool__translation_key=self.tool_key_of.get(value))
            return Q(pk__in=links.values("provider"))
        if name == "kind":
            return Q(kind=value)
        return code_condition(name, value)

    def filtered(self, ignoring=None, text_matches=None):
        providers = self.listed
        if text_matches is not None:
            providers = providers.filter(pk__in=text_matches)
        for name, value in self.filters.items():
            if name != ignoring:
                providers = providers.filter(self.condition(name, value))
        return providers

    def counted(self):
        """{facet: {value: count}, "results": [pk in name order]}; kept with the content unless there is free text."""

        def count():
            text_matches = self.matching_text() if self.query else None
            found = {name: self.count_facet(name, self.filtered(name, text_matches)) for name in FACETS}
            order = self.names_order()
            pks = self.filtered(text_matches=text_matches).values_list("pk", flat=True)
            found["results"] = sorted(pks, key=lambda pk: order.get(pk, len(order)))
            return found

        if self.query or len(self.filters) > MAX_KEPT_CHOICES:
            return count()
        chosen = "&".join(f"{name}={value}" for name, value in sorted(self.filters.items()))
        digest = hashlib.sha256(chosen.encode()).hexdigest()[:24]
        return remembered(f"{self.cache_key}:counts:{digest}", count)

    def count_facet(self, name, providers):
        """{value: number of `providers` with it}: one query."""
        if name == "tool":
            links = ProviderTool.objects.filter(provider__in=providers, tool__translation_key__in=list(self.tools))
            rows = links.values_list("tool__translation_key").annotate(n=Count("provider", distinct=True)).order_by()
            return {self.tools[key]["pk"]: number for key, number in rows}
        if name == "kind":
            return dict(providers.values_list("kind").annotate(n=Count("pk")).order_by())
        codes = [code for code, _label in CODE_LISTS[name]]
        aggregates = {
            f"option_{index}": Count("pk", filter=code_condition(name, code)) for index, code in enumerate(codes)
        }
        counts = providers.order_by().aggregate(**aggregates)
        return {code: counts[f"option_{index}"] for index, code in enumerate(codes)}

    def facet(self, name, tool_choices, counts):
        selected = self.filters.get(name)
        choices = {"tool": tool_choices, "kind": ProviderKind.choices, **CODE_LISTS}[name]

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

    def load_page(self, pks):
        """The providers of this page with their logo's renditions and their tools: three queries."""
        by_pk = Provider.objects.select_related("logo").prefetch_related("logo__renditions").in_bulk(pks)
        links = ProviderTool.objects.filter(provider__in=pks).order_by("provider_id", "sort_order")
        tools = {}
        for provider_id, key in links.values_list("provider_id", "tool__translation_key"):
            if key in self.tools:
                tools.setdefault(provider_id, []).append(self.tools[key])
        base = self.page.get_url(self.request)
        return [
            {
                "provider": by_pk[pk],
                "url": base + self.page.reverse_subpage("provider", kwargs={"slug": by_pk[pk].slug}),
                "tools": tools.get(pk, []),
            }
            for pk in pks
            if pk in by_pk
        ]

    @property
    def count(self):
        return len(self.results)

    @property
    def is_filtered(self):
        return bool(self.filters or self.query)

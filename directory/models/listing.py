"""What the public sees of the directory: listed providers in the visitor's language, filtered and counted.

Selection, counts and their cache are the facets engine's (`sbm_site.facets`); the directory's own
are its facets, its form (which tells the visitor what it did not understand), the free text and
the cards. What the counts give changes only with content and with the date (a listing ends on its
*valid until* day), so the day is part of the directory's cache key. Free text ignores case and
accents, which SQL cannot do portably: it is matched against a text per provider, kept under the
publication generation. Only the providers of the current page are loaded.
"""

import unicodedata

from django import forms
from django.core.paginator import Paginator
from django.db.models import Q
from django.utils import timezone, translation
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from sbm_site.chrome import request_site
from sbm_site.facets import ChoiceFacet, CountedSelection, Option, ValueFacet
from sbm_site.generation import remembered
from sbm_site.i18n import live_pages_in
from toolpages.models import ToolPage

from ..choices import CANTONS, COUNTRIES, LANGUAGES, REGION_NAMES, SERVICE_NAMES, SERVICES, ProviderKind
from .providers import Provider, ProviderTool

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
        self.query = "" if "q" in self.form.errors else self.form.cleaned_data.get("q", "")
        facets = self.build_facets(tool_choices)
        for facet in facets:
            if facet.key not in self.form.errors and self.form.cleaned_data.get(facet.key) not in (None, ""):
                facet.select([self.form.cleaned_data[facet.key]])
        # Free text ignores case and accents, which SQL cannot do portably: the providers it matches
        # are found in Python (`matching_text`), then filtered like any other condition.
        condition = Q(pk__in=self.matching_text()) if self.query else None
        self.selection = CountedSelection(self.listed, facets, condition=condition, cache_key=self.cache_key)
        # The number of results is that of the ordered results, kept with the counts: no count query.
        self.selection.count_options(total=False)
        self.results = self.selection.kept("results", self.ordered_results)
        for facet in facets:
            # A select lists what the visitor can get: options without providers are left out.
            facet.keep_options(lambda option: option.count)
        self.facets = facets
        self.page_of_results = Paginator(self.results, PROVIDERS_PER_PAGE).get_page(request.GET.get("page"))
        self.providers = self.load_page(self.page_of_results.object_list)

    def build_facets(self, tool_choices):
        labels = {name: self.form.fields[name].label for name in FACETS}
        region = ChoiceFacet(
            "region",
            labels["region"],
            [(code, label, code_condition("region", code)) for code, label in CANTONS + COUNTRIES],
            many=False,
        )
        groups = {code: _("Swiss cantons") for code in CANTON_CODES}
        for option in region.options:
            option.group = groups.get(option.value, _("Countries"))
        # One option of each: the form's selects.
        return [
            ValueFacet(
                "tool",
                labels["tool"],
                "tools__tool__translation_key",
                [Option(str(pk), str(title), match=self.tool_key_of[pk]) for pk, title in tool_choices],
                many=False,
                many_rows=True,
            ),
            region,
            *(
                ChoiceFacet(
                    name,
                    labels[name],
                    [(code, label, code_condition(name, code)) for code, label in CODE_LISTS[name]],
                    many=False,
                )
                for name in ("language", "service")
            ),
            ValueFacet(
                "kind",
                labels["kind"],
                "kind",
                [Option(value, label) for value, label in ProviderKind.choices],
                many=False,
            ),
        ]

    def ordered_results(self):
        """Primary keys of the providers the selection keeps, by name."""
        order = self.names_order()
        pks = self.selection.filtered().values_list("pk", flat=True)
        return sorted(pks, key=lambda pk: order.get(pk, len(order)))

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
        return self.selection.is_filtered

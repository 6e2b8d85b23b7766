"""Site search: live public pages and listed providers of the visitor's language, with facets."""

from urllib.parse import urlencode

from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from wagtail.search.utils import parse_query_string

from sbm_site.generation import remembered
from sbm_site.i18n import active_locale
from sbm_site.models import site_pages
from sbm_site.page_cache import reads_query_parameters
from toolpages.models import Canvas
from toolpages.terms import terms_in_active_locale

from .promotions import promoted_pages
from .results import Selection, SiteSearch

MAX_QUERY_LENGTH = 200
SECTION_DEPTH = 3  # the root, a language's home page, its sections


def clean_query(raw):
    """What a visitor typed, without control characters, at most MAX_QUERY_LENGTH characters."""
    printable = "".join(character if character.isprintable() else " " for character in raw)
    return " ".join(printable.split())[:MAX_QUERY_LENGTH]


def link(query, selection, **changes):
    """The query string of this search with `changes` to its selection (an empty value drops it)."""
    params = {"q": query, "type": selection.type, "canvas": selection.canvas, "phase": selection.phase, **changes}
    return "?" + urlencode({name: value for name, value in params.items() if value})


@reads_query_parameters("q", "type", "canvas", "phase", "page")
def search(request):
    query = clean_query(request.GET.get("q", ""))
    selection = Selection.from_params(request.GET)
    locale = active_locale()
    context = {"search_query": query, "selection": selection, "library": library_page(locale)}
    if query:
        _filters, parsed_query = parse_query_string(query, operator="and")
        site_search = SiteSearch(parsed_query, locale, selection)
        results_page, results = site_search.paginate(request.GET.get("page"), request)
        context.update(
            search_results=results_page,
            results=results,
            facet_groups=facet_groups(query, selection, site_search),
            promotions=promoted_pages(query, locale),
            page_links={
                "previous": link(query, selection, page=results_page.previous_page_number())
                if results_page.has_previous()
                else "",
                "next": link(query, selection, page=results_page.next_page_number()) if results_page.has_next() else "",
            },
            all_results_link=link(query, Selection()),
        )
        if not results:
            context["suggestions"] = suggestions(context["library"], locale)
    return TemplateResponse(request, "search/search.html", context)


def facet_groups(query, selection, site_search):
    """[{"name", "label", "all_link", "options": [{"label", "count", "selected", "link"}]}] to show."""
    all_labels = {"type": _("All types"), "canvas": _("All canvases"), "phase": _("All phases")}
    groups = []
    for facet in site_search.facets():
        if not facet.options:
            continue
        name = facet.key
        groups.append(
            {
                "name": name,
                "label": facet.label,
                "all_label": all_labels[name],
                "all_link": link(query, selection, **{name: "", "page": ""}),
                "none_selected": not getattr(selection, name),
                "options": [
                    {
                        "key": option.value,
                        "label": option.label,
                        "count": option.count,
                        "selected": option.selected,
                        "link": link(query, selection, **{name: option.value}),
                    }
                    for option in facet.options
                ],
            }
        )
    return groups


def library_page(locale):
    """The tool library of the visitor's language, for the no-results page; kept with the chrome
    (`sbm_site.generation`: any publication or move retires it)."""

    def find():
        return site_pages().live().public().filter(locale=locale, content_type__model="toolindexpage").first()

    return remembered(f"search-library:{locale.language_code}", find)


def suggestions(library, locale):
    """Where to go when nothing matches: the library by canvas, and the other sections of the site."""
    canvases = []
    if library is not None:
        canvases = [
            {"label": canvas.name, "url": f"{library.url}?{urlencode({'canvas': canvas.slug})}"}
            for canvas in terms_in_active_locale(Canvas)
        ]
    sections = site_pages().live().public().in_menu().filter(locale=locale, depth=SECTION_DEPTH).order_by("path")
    if library is not None:
        sections = sections.exclude(pk=library.pk)
    return {"canvases": canvases, "sections": list(sections)}

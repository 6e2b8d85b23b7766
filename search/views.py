"""Site search: one query over every page type of the visitor's language, with type facets."""

from django.contrib.contenttypes.models import ContentType
from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from django.utils.html import strip_tags

from wagtail.models import Page
from wagtail.search.utils import parse_query_string

from sbm_site.i18n import active_locale

MAX_QUERY_LENGTH = 200
RESULTS_PER_PAGE = 10
EXCERPT_WORDS = 40


def clean_query(raw):
    """What a visitor typed, without control characters, at most MAX_QUERY_LENGTH characters."""
    printable = "".join(character if character.isprintable() else " " for character in raw)
    return " ".join(printable.split())[:MAX_QUERY_LENGTH]


def excerpt(page):
    """The words that say what a result is about: its summary, introduction or description."""
    text = getattr(page, "summary", "") or strip_tags(getattr(page, "intro", "") or "") or page.search_description
    words = (text or "").split()
    return " ".join(words[:EXCERPT_WORDS]) + (" …" if len(words) > EXCERPT_WORDS else "")


def type_facets(results, selected):
    counts = results.facet("content_type_id")
    content_types = ContentType.objects.in_bulk(list(counts))
    facets = []
    for content_type_id, count in counts.items():
        content_type = content_types.get(content_type_id)
        model = content_type.model_class() if content_type else None
        if model is None:
            continue
        key = f"{content_type.app_label}.{content_type.model}"
        facets.append(
            {"key": key, "label": model._meta.verbose_name_plural, "count": count, "selected": key == selected}
        )
    return sorted(facets, key=lambda facet: (-facet["count"], str(facet["label"])))


def selected_content_type(key):
    app_label, _dot, model = (key or "").partition(".")
    if not app_label or not model:
        return None
    return ContentType.objects.filter(app_label=app_label, model=model).first()


def search(request):
    query = clean_query(request.GET.get("q", ""))
    selected_type = request.GET.get("type", "")
    pages = Page.objects.live().public().filter(locale=active_locale())
    facets = []
    results = []
    if query:
        _filters, parsed_query = parse_query_string(query, operator="and")
        facets = type_facets(pages.search(parsed_query), selected_type)
        content_type = selected_content_type(selected_type)
        if content_type is not None:
            pages = pages.filter(content_type=content_type)
        results = pages.specific().search(parsed_query)
    paginator = Paginator(results, RESULTS_PER_PAGE)
    page = paginator.get_page(request.GET.get("page"))
    return TemplateResponse(
        request,
        "search/search.html",
        {
            "search_query": query,
            "search_results": page,
            "results": [{"page": result, "excerpt": excerpt(result)} for result in page],
            "facets": facets,
            "selected_type": selected_type,
            "library": library_page(),
        },
    )


def library_page():
    """The tool library of the visitor's language, for the no-results page."""
    return Page.objects.live().filter(locale=active_locale(), content_type__model="toolindexpage").first()

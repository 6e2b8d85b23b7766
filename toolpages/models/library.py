"""The tool library of one language: the canvas navigation, filters, results and feeds."""

from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path

from sbm_site.chrome import site_key
from sbm_site.generation import remembered
from sbm_site.i18n import children_in_language_or_default
from sbm_site.models import BasePage, site_pages

from ..cocreation import PROPOSAL, PROPOSAL_ROUTE
from ..feeds import ToolAtomFeed, ToolRssFeed
from ..terms import terms_in_active_locale
from .consultation import ConsultationPage
from .filters import ToolLibrary
from .taxonomy import Canvas, Phase
from .tool import ToolPage
from .workshop import WorkshopPage

# The business-model canvas is drawn with its blocks; its slug is how the figure finds it.
BUSINESS_MODEL_CANVAS_SLUG = "modele-d-affaires"


class ToolIndexPage(RoutablePageMixin, BasePage):
    """The tool library of one language."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["toolpages.ToolPage", "toolpages.ConsultationPage", "toolpages.WorkshopPage"]
    # The facets of `toolpages.models.filters.build_facets`, the text, sort and page; `sent`: the proposal form.
    query_parameters = (
        "canvas",
        "block",
        "phase",
        "complexity",
        "effort",
        "audience",
        "status",
        "q",
        "sort",
        "page",
        "sent",
    )
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("tool library")

    def get_tools(self):
        """The library's own tools, in its language (its feeds)."""
        return self.get_live_children(ToolPage)

    def get_listed_tools(self):
        """What the library lists: every tool, in the library's language where it is translated,
        else in French."""
        return children_in_language_or_default(self, site_pages(ToolPage).live().public())

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        pages = children_in_language_or_default(self, site_pages().live().public().type(ToolPage))
        library = ToolLibrary(self.get_listed_tools(), request.GET, pages=pages, cache_key=self.pk)
        library.count_options()
        tools = library.page(request.GET.get("page"))
        workshop_page = self.workshop_link(request)
        context.update(
            library=library,
            library_url=self.get_url(request),
            tools=tools,
            tool_cards=self.tool_cards(library, tools, workshop_page, request),
            canvas_navigation=self.canvas_navigation(library, request),
            feed_urls=self.feed_urls(),
            proposal_url=self.proposal_url(request),
            consultation_page=self.consultation_link(request),
            workshop_page=workshop_page,
        )
        return context

    def tool_cards(self, library, tools, workshop_page, request=None):
        """The page's tool cards, rendered. Unfiltered, they are the same for every visitor of a
        language until the next publication: kept under the publication generation for each sort
        and page number (`sbm_site.generation`)."""

        def render():
            # What only the cards show, set when they are rendered.
            library.show_terms(tools.object_list)
            self.give_children_urls(tools.object_list, request)
            context = {"tools": tools, "workshop_page": workshop_page}
            return render_to_string("toolpages/includes/tool_cards.html", context)

        if library.is_filtered:
            return render()
        language = translation.get_language()
        key = f"library-cards:{site_key(request)}:{self.pk}:{language}:{library.sort}:{tools.number}"
        return remembered(key, render)

    def consultation_link(self, request=None):
        """{title, url} of the library's live "tools in consultation" page, or None; kept with the chrome."""

        def find():
            page = self.get_live_children(ConsultationPage).first()
            return {"title": page.title, "url": page.get_url(request)} if page is not None else None

        return remembered(f"consultation-link:{site_key(request)}:{self.pk}", find)

    def workshop_link(self, request=None):
        """{title, url} of the library's live "My workshop" page, or None; kept with the chrome."""

        def find():
            page = self.get_live_children(WorkshopPage).first()
            return {"title": page.title, "url": page.get_url(request)} if page is not None else None

        return remembered(f"workshop-link:{site_key(request)}:{self.pk}", find)

    def canvas_navigation(self, library, request=None):
        """The canvas figure, rendered once per language and kept with the chrome: it changes only
        with the taxonomy or the library's address, which retire it (`sbm_site.generation`)."""
        language = translation.get_language()

        def render():
            context = {"figure": self.canvas_figure(library), "library_url": self.get_url(request)}
            return render_to_string("toolpages/includes/canvas_navigation.html", context)

        return remembered(f"canvas-navigation:{site_key(request)}:{self.pk}:{language}", render)

    def canvas_figure(self, library):
        """The five canvases, and the blocks of the business-model canvas, for the navigation figure."""
        canvases = [option.term for option in library.facet("canvas").options]
        business_model = next((canvas for canvas in canvases if canvas.slug == BUSINESS_MODEL_CANVAS_SLUG), None)
        blocks = []
        if business_model is not None:
            blocks = [
                option.term
                for option in library.facet("block").options
                if option.term.canvas.translation_key == business_model.translation_key
            ]
        centre = next((block for block in blocks if block.is_centre), None)
        return {
            "canvases": canvases,
            "business_model": business_model,
            "centre": centre,
            "questions": [block for block in blocks if not block.is_centre],
        }

    def feed_urls(self):
        base = self.url or ""
        return {"rss": base + self.reverse_subpage("rss_feed"), "atom": base + self.reverse_subpage("atom_feed")}

    @re_path(PROPOSAL_ROUTE.pattern, name=PROPOSAL_ROUTE.name)
    def propose(self, request, form_slug):
        terms = {"canvases": terms_in_active_locale(Canvas), "phases": terms_in_active_locale(Phase)}
        return PROPOSAL_ROUTE.serve(self, request, form_slug, terms, context={"parent": self})

    def proposal_url(self, request=None):
        return PROPOSAL_ROUTE.url(self, PROPOSAL, request)

    @path("feed/rss/", name="rss_feed")
    def rss_feed(self, request):
        return ToolRssFeed(self)(request)

    @path("feed/atom/", name="atom_feed")
    def atom_feed(self, request):
        return ToolAtomFeed(self)(request)

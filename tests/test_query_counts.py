"""Query discipline: every public page type renders in at most 15 SQL queries for an anonymous
visitor, whatever the number of items it lists; and the chrome kept in the cache (menu, language
switcher, footer) changes as soon as what it shows is published, unpublished, moved, deleted or saved.

The whole-page cache is off here (a stored page answers with no query at all); each page is
requested once before it is measured, as on a running server where the site, the locales, the
menu and the footer are already in the cache.
"""

from datetime import timedelta

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django.utils.text import slugify

from wagtail.models import Page

import pytest
from bs4 import BeautifulSoup

from directory.models import PartnersPage
from guides.models import (
    EventIndexPage,
    EventPage,
    EventRelatedGuide,
    EventRelatedTool,
    GuideIndexPage,
    GuidePage,
    GuideStep,
    TrainingIndexPage,
    TrainingModulePage,
)
from guides.models.training import TrainingModuleTool, TrainingModuleTrainer, TrainingSession
from home.models import AssociationPage, HomeFeaturedTool, HomePage
from sbm_site.models import Footer
from showcase.models import ImpactFigure, ModelTool, OpenModelIndexPage, Prerequisite, Sector
from toolpages.models import Audience, ContributorRole, RelatedTool, ToolContributor, ToolIndexPage, ToolPage

from .directory_factories import directory_page, french_tools, make_partner, make_provider
from .factories import ToolPageFactory, translate
from .guides_factories import french, make_event, make_guide, make_module, make_tool, session_in
from .showcase_factories import add_open_model

pytestmark = pytest.mark.django_db

MAX_QUERIES = 15
EXTRA = 13  # more than a page of the library (12) and of the search results (10)


@pytest.fixture(autouse=True)
def render_every_request(settings):
    settings.PAGE_CACHE_SECONDS = 0


def measure(client, url, status=200):
    """(response, [SQL]) of a warm request for `url`."""
    client.get(url)
    connection.queries_log.clear()  # a full log (9000 queries) would capture nothing
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == status, url
    assert queries.captured_queries, "a page without any query is not measured"
    assert "X-SBM-Cache" not in response
    return response, [query["sql"] for query in queries.captured_queries]


def listed(queries):
    return "\n".join(f"{number:2}. {sql}" for number, sql in enumerate(queries, start=1))


def assert_constant(client, url, grow, shows, status=200):
    """`url` costs the same queries, at most MAX_QUERIES, before and after `grow()` adds content that
    `shows(html)` then finds on the page (so the measure is of a page that really lists more)."""
    _response, small = measure(client, url, status)
    assert len(small) <= MAX_QUERIES, f"{url}: {len(small)} queries (at most {MAX_QUERIES}):\n{listed(small)}"
    grow()
    response, large = measure(client, url, status)
    assert shows(response.content.decode()), f"{url} does not show the added content"
    assert len(large) == len(small), (
        f"{url}: {len(small)} queries, then {len(large)} with more content.\n"
        f"Before:\n{listed(small)}\nAfter:\n{listed(large)}"
    )


def text_of(html):
    return BeautifulSoup(html, "html.parser").get_text(" ", strip=True)


def french_home():
    return HomePage.objects.get(locale__language_code="fr")


def add_menu_pages(count=3, parent=None):
    """French pages shown in the main menu (every page shows the menu)."""
    parent = parent or french_home()
    pages = []
    for number in range(count):
        page = AssociationPage(title=f"Rubrique de menu {number}", slug=f"rubrique-menu-{number}", show_in_menus=True)
        parent.add_child(instance=page)
        page.save_revision().publish()
        pages.append(page)
    return pages


def shows_menu_pages(html):
    menu = BeautifulSoup(html, "html.parser").select_one("nav.main-nav")
    return menu is not None and "Rubrique de menu 2" in menu.get_text()


def republish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def live_french(model):
    page = model.objects.live().filter(locale__language_code="fr").order_by("path").first()
    assert page is not None, f"the demo has a live French {model.__name__}"
    return page


# --- The association's pages ----------------------------------------------------------------


def test_home_page(client, locales):
    home = french_home()

    def grow():
        add_menu_pages()
        tools = [make_tool(locales, f"Outil vedette {number}") for number in range(4)]
        for tool in tools:
            home.featured_tools.add(HomeFeaturedTool(tool=tool))
        republish(home)
        for number in range(4):
            make_guide(locales, f"Fil rouge récent {number}", tools[:2])
            make_event(locales, f"Atelier à venir {number}", timezone.now() + timedelta(days=number + 1))

    def shows(html):
        return shows_menu_pages(html) and "Outil vedette 3" in html and "Atelier à venir 0" in html

    assert_constant(client, home.url, grow, shows)


@pytest.mark.parametrize("model", [AssociationPage, PartnersPage], ids=["association", "partners"])
def test_pages_that_list_no_items_of_their_own(client, model):
    page = live_french(model)
    assert_constant(client, page.url, add_menu_pages, shows_menu_pages)


def test_membership_form_page(client):
    from home.models import MembershipFormPage

    assert_constant(client, live_french(MembershipFormPage).url, add_menu_pages, shows_menu_pages)


def test_404_page(client):
    assert_constant(client, "/fr/nulle-part/", add_menu_pages, shows_menu_pages, status=404)


# --- The tool library and the tool sheet ----------------------------------------------------


def classified_tools(locales, count, prefix="Outil de charge"):
    from toolpages.models import Audience, Canvas, CanvasBlock, Phase

    french_locale = locales["fr"]
    canvas = Canvas.objects.get(locale=french_locale, slug="modele-d-affaires")
    phases = list(Phase.objects.filter(locale=french_locale, slug__in=["curiosite", "conception"]))
    blocks = list(CanvasBlock.objects.filter(locale=french_locale, canvas=canvas)[:3])
    audiences = list(Audience.objects.filter(locale=french_locale)[:2])
    return [
        ToolPageFactory(
            title=f"{prefix} {number}",
            summary="Pour mesurer la charge.",
            canvas=canvas,
            complexity=2,
            phases=phases,
            blocks=blocks,
            audiences=audiences,
        )
        for number in range(count)
    ]


@pytest.mark.parametrize(
    "query_string", ["", "?complexity=2&phase=conception&q=charge&sort=newest", "?canvas=modele-d-affaires&page=2"]
)
def test_tool_library(client, locales, query_string):
    classified_tools(locales, 2, prefix="Outil de départ")  # the smaller size lists some too
    url = french(ToolIndexPage, locales).url + query_string
    before = results_count(client.get(url).content)

    def shows(html):
        return results_count(html) == before + EXTRA

    assert_constant(client, url, lambda: classified_tools(locales, EXTRA), shows)


def results_count(html):
    """The number of tools the library says it found."""
    heading = BeautifulSoup(html, "html.parser").select_one("#results-title").get_text(" ", strip=True)
    return int(heading.split()[0])


@pytest.mark.parametrize("view", ["", "print/"], ids=["sheet", "print"])
def test_tool_sheet(client, locales, view):
    tool = french_tools(1)[0]

    def grow():
        others = classified_tools(locales, 4, prefix="Outil voisin")
        for other in others[:2]:
            tool.related_tool_links.add(RelatedTool(tool=other))
        for other in others[2:]:  # links from other sheets to this one
            other.related_tool_links.add(RelatedTool(tool=tool))
            republish(other)
        for number in range(3):
            tool.contributors.add(ToolContributor(name=f"Autrice {number}", role=ContributorRole.AUTHOR))
        republish(tool)
        for number in range(3):
            make_guide(locales, f"Fil rouge avec l'outil {number}", [tool], slug=f"fil-avec-outil-{number}")
            module = make_module(locales, f"Module avec l'outil {number}", slug=f"module-avec-outil-{number}")
            module.tools.add(TrainingModuleTool(tool=tool))
            republish(module)
            make_provider(f"Prestataire de l'outil {number}", tools=[tool])
        add_open_models(locales, 3, tools=[tool])

    def shows(html):
        text = text_of(html)
        found = "Outil voisin 3" in text and "Autrice 2" in text
        if view == "":  # the print view leaves out what is not the sheet itself
            found = found and all(
                name in text
                for name in ("Fil rouge avec l'outil 2", "Module avec l'outil 2", "Prestataire de l'outil 2")
            )
            found = found and "Modèle ouvert 2" in text
        return found

    assert_constant(client, tool.url + view, grow, shows)


def test_a_connection_keeps_the_plans_of_the_queries_it_repeats(client):
    """On PostgreSQL, planning a page's joins costs more than running them: a worker's connection
    prepares each query it has run five times (DB_PREPARE_THRESHOLD) and reuses its plan. SQLite
    has no such statements to keep (its own are cached by Python's sqlite3 module)."""
    tool = french_tools(1)[0]
    for _ in range(6):
        assert client.get(tool.url).status_code == 200
    if connection.vendor != "postgresql":
        assert "prepare_threshold" not in connection.settings_dict.get("OPTIONS", {})
        return
    with connection.cursor() as cursor:
        cursor.execute("SELECT statement FROM pg_prepared_statements")
        prepared = [row[0] for row in cursor.fetchall()]
    routing = [sql for sql in prepared if '"toolpages_toolpage"' in sql and '"wagtailcore_page"."slug" = $' in sql]
    assert routing, "the sheet's routing query is prepared, with its parameters bound by the server"


FEEDS = {
    "library rss": (ToolIndexPage, "feed/rss/"),
    "library atom": (ToolIndexPage, "feed/atom/"),
    "guides rss": (GuidePage, "feed/rss/"),
    "guides atom": (GuidePage, "feed/atom/"),
    "events rss": (EventPage, "feed/rss/"),
    "events ical": (EventPage, "ical/"),
}


@pytest.mark.parametrize("feed", FEEDS)
def test_feeds(client, locales, feed):
    """The feeds (RSS, Atom, iCalendar) read what they list in the same queries whatever its number."""
    model, route = FEEDS[feed]
    index = live_french(ToolIndexPage) if model is ToolIndexPage else live_french(model).get_parent()
    soon = timezone.now() + timedelta(days=10)

    def grow():
        for number in range(3):
            title = f"Nouveauté du fil {number}"
            if model is ToolIndexPage:
                make_tool(locales, title)
            elif model is GuidePage:
                make_guide(locales, title, french_tools(1))
            else:
                make_event(locales, title, start=soon + timedelta(days=number))

    assert_constant(client, index.url + route, grow, lambda text: "Nouveauté du fil 2" in text)


# --- Guides, training, events ---------------------------------------------------------------


def test_guide_index(client, locales):
    index = live_french(GuidePage).get_parent()
    tools = french_tools(2)

    def grow():
        for number in range(EXTRA):
            make_guide(locales, f"Fil rouge supplémentaire {number}", tools)

    assert_constant(client, index.url, grow, lambda html: "Fil rouge supplémentaire 0" in html and 'rel="next"' in html)


def test_guide_index_filtered_second_page(client, locales):
    index = live_french(GuidePage).get_parent()
    tools = french_tools(2)
    audience = Audience.objects.filter(locale=locales["fr"]).order_by("pk").first()
    for number in range(EXTRA):
        make_guide(locales, f"Fil rouge de départ {number}", tools, audience=audience)

    def grow():
        for number in range(EXTRA):
            make_guide(locales, f"Fil rouge supplémentaire {number}", tools, audience=audience)

    url = f"{index.url}?audience={audience.slug}&page=2"
    assert_constant(client, url, grow, lambda html: "Fil rouge supplémentaire 0" in html)


@pytest.mark.parametrize("view", ["", "booklet/"], ids=["guide", "booklet"])
def test_guide_page(client, locales, view):
    """A guide, and its booklet that prints each step's tool sheet (its terms and instruments):
    the same queries with eight steps as with two."""
    guide = make_guide(locales, "Fil rouge mesuré", french_tools(2))
    tools = [make_tool(locales, f"Étape de charge {number}") for number in range(6)]

    def grow():
        for tool in tools:
            guide.steps.add(
                GuideStep(tool=tool, title=f"Étape {tool.title}", guidance="<p>Faire.</p>", deliverable="Un rendu")
            )
        republish(guide)

    def shows(html):
        found = "Étape de charge 5" in text_of(html)
        return found and (view == "" or html.count('class="tool-sheet__title"') == 8)

    assert_constant(client, guide.url + view, grow, shows)


def test_training_index(client, locales):
    index = live_french(TrainingModulePage).get_parent()

    def grow():
        for number in range(EXTRA):
            make_module(locales, f"Module supplémentaire {number}", sessions=[session_in(days=number + 5)])

    assert_constant(client, index.url, grow, lambda html: "Module supplémentaire 12" in html)


def test_training_module_page(client, locales):
    module = make_module(locales, "Module mesuré", sessions=[session_in(days=10)], slug="module-mesure")
    module.tools.add(TrainingModuleTool(tool=french_tools(1)[0]))
    module.trainers.add(TrainingModuleTrainer(provider=make_provider("Formatrice de départ")))
    republish(module)

    def grow():
        for number in range(5):
            module.sessions.add(TrainingSession(**session_in(days=20 + number, place=f"Lieu numéro {number}")))
            module.tools.add(TrainingModuleTool(tool=make_tool(locales, f"Outil du module {number}")))
            module.trainers.add(TrainingModuleTrainer(provider=make_provider(f"Formatrice {number}")))
        republish(module)

    def shows(html):
        text = text_of(html)
        return "Outil du module 4" in text and "Formatrice 4" in text and "Lieu numéro 4" in text

    assert_constant(client, module.url, grow, shows)


def test_event_index(client, locales):
    index = live_french(EventPage).get_parent()

    def grow():
        for number in range(EXTRA):
            make_event(locales, f"Événement supplémentaire {number}", timezone.now() + timedelta(days=number + 1))
            make_event(locales, f"Événement passé {number}", timezone.now() - timedelta(days=number + 1))

    assert_constant(client, index.url, grow, lambda html: "Événement supplémentaire 12" in html)


def test_event_page(client, locales):
    event = make_event(locales, "Événement mesuré", timezone.now() + timedelta(days=3), slug="evenement-mesure")
    event.related_tools.add(EventRelatedTool(tool=french_tools(1)[0]))
    event.related_guides.add(EventRelatedGuide(guide=live_french(GuidePage)))
    republish(event)

    def grow():
        for number in range(4):
            tool = make_tool(locales, f"Outil de l'événement {number}", slug=f"outil-evenement-{number}")
            guide = make_guide(locales, f"Fil rouge de l'événement {number}", [tool], slug=f"fil-evenement-{number}")
            event.related_tools.add(EventRelatedTool(tool=tool))
            event.related_guides.add(EventRelatedGuide(guide=guide))
        republish(event)

    def shows(html):
        text = text_of(html)
        return "Outil de l'événement 3" in text and "Fil rouge de l'événement 3" in text

    assert_constant(client, event.url, grow, shows)


# --- Open models ----------------------------------------------------------------------------


def add_open_models(locales, count, tools=(), prefix="Modèle ouvert"):
    index = OpenModelIndexPage.objects.get(locale=locales["fr"])
    sector = Sector.objects.filter(locale=locales["fr"]).first()
    models = []
    for number in range(count):
        page = add_open_model(
            index,
            f"{prefix} {number}",
            f"{slugify(prefix)}-{number}",
            sector,
            tools,
            number,
            region=f"Région {number}",
            values="Valeurs partagées",
        )
        models.append(republish(page))
    return models


def test_open_model_index(client, locales):
    index = OpenModelIndexPage.objects.get(locale=locales["fr"])
    grow = lambda: add_open_models(locales, EXTRA, tools=french_tools(2))  # noqa: E731
    assert_constant(client, index.url, grow, lambda html: "Modèle ouvert" in html)


@pytest.mark.parametrize("query_string", ["?place=CH&page=2", "?tool={tool}&canvas={canvas}&sector={sector}"])
def test_open_model_index_filtered(client, locales, query_string):
    index = OpenModelIndexPage.objects.get(locale=locales["fr"])
    tools = french_tools(2)
    add_open_models(locales, EXTRA, tools=tools)
    sector = Sector.objects.filter(locale=locales["fr"]).first()
    url = index.url + query_string.format(tool=tools[0].pk, canvas=tools[0].canvas.slug, sector=sector.slug)

    def grow():
        for number in range(EXTRA):
            title, slug = f"Modèle ouvert encore {number}", f"modele-ouvert-encore-{number}"
            republish(add_open_model(index, title, slug, sector, tools, number, values="Valeurs partagées"))

    before = models_found(client.get(url).content)
    assert_constant(client, url, grow, lambda html: models_found(html) == before + EXTRA)


def models_found(html):
    """The number of models the index says it found."""
    heading = BeautifulSoup(html, "html.parser").select_one("#model-results-title").get_text(" ", strip=True)
    return int(heading.split()[0])


def test_open_model_page(client, locales):
    model = add_open_models(locales, 1, tools=french_tools(1))[0]

    def grow():
        for number in range(5):
            model.used_tools.add(ModelTool(tool=make_tool(locales, f"Outil du modèle {number}"), how_used="Ainsi"))
            model.impact_figures.add(
                ImpactFigure(indicator=f"Indicateur {number}", value=number, year=2024, source="S")
            )
            model.prerequisites.add(Prerequisite(label=f"Condition préalable {number}"))
        republish(model)

    def shows(html):
        text = text_of(html)
        return all(f"{label} 4" in text for label in ("Outil du modèle", "Indicateur", "Condition préalable"))

    assert_constant(client, model.url, grow, shows)


def test_share_model_form_page(client):
    from showcase.models import ShareModelPage

    assert_constant(client, live_french(ShareModelPage).url, add_menu_pages, shows_menu_pages)


# --- The directory --------------------------------------------------------------------------


def test_directory_listing(client):
    tools = french_tools(2)

    def grow():
        for number in range(EXTRA):
            make_provider(f"Prestataire numéro {number}", tools=tools, trained=number % 2 == 0)

    assert_constant(client, directory_page().url, grow, lambda html: "Prestataire numéro 1" in html)


@pytest.mark.parametrize("query_string", ["?region=CH-VD&language=fr", "?q=numéro&service=training", "?tool={tool}"])
def test_directory_listing_filtered(client, query_string):
    """Filtered, and with free text (counted afresh, not kept). The added providers sort between the
    demo's (some with a logo: a page without any logo needs one query less) and the first ones."""
    tools = french_tools(2)
    url = directory_page().url + query_string.format(tool=tools[0].pk)
    fields = {"regions": ["CH-VD"], "languages": ["fr"], "services": ["training"]}
    for number in range(EXTRA):
        make_provider(f"Zèbre de départ numéro {number}", tools=tools, **fields)

    def grow():
        for number in range(EXTRA):
            make_provider(f"Mésange numéro {number}", tools=tools, **fields)

    assert_constant(client, url, grow, lambda html: "Mésange numéro 1" in html)


def test_directory_provider_page(client, locales):
    provider = make_provider("Prestataire mesuré", tools=french_tools(1))
    url = directory_page().provider_url(provider)

    def grow():
        from directory.models import ProviderTool

        for number in range(5):
            tool = make_tool(locales, f"Outil du prestataire {number}")
            provider.tools.add(ProviderTool(tool=tool, evidence=f"Preuve {number}", locale=provider.locale))
        provider.save()
        provider.save_revision().publish()

    assert_constant(client, url, grow, lambda html: "Outil du prestataire 4" in text_of(html))


def test_directory_partners_page(client):
    tools = french_tools(2)

    def grow():
        for number in range(EXTRA):
            make_partner(f"Partenaire numéro {number}", pages=tools)

    assert_constant(client, live_french(PartnersPage).url, grow, lambda html: "Partenaire numéro 12" in html)


def test_directory_application_form(client):
    assert_constant(client, directory_page().join_url(), add_menu_pages, shows_menu_pages)


# --- Search ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "query_string", ["?q=zorglub", "?q=zorglub&page=2", "?q=zorglab", "?q=zorglab&type=guides.guidepage"]
)
def test_search_results(client, locales, query_string):
    """Two pages of results at both sizes, more of them then (words no demo page has). The results of
    one word are of one type: a page of results costs one query per type shown, a bounded number."""
    tools = french_tools(1)

    def add(start, count):
        for number in range(start, start + count):
            make_tool(locales, f"Outil zorglub {number}", slug=f"outil-zorglub-{number}")
            make_guide(locales, f"Fil rouge zorglab {number}", tools, slug=f"fil-zorglab-{number}")

    add(0, 12)
    word = query_string[3:10]
    assert_constant(client, "/fr/search/" + query_string, lambda: add(12, EXTRA), lambda html: word in html)


# --- Listings in another language add the French items not translated yet ----------------


def marked_french(title):
    """Whether a page shows `title` as an item in the source language (`lang="fr"` on its title)."""

    def shows(html):
        return any(
            element.get("lang") == "fr" and title in element.get_text()
            for element in BeautifulSoup(html, "html.parser").select("h2, h3")
        )

    return shows


def german(model, locales):
    return model.objects.get(locale=locales["fr"]).get_translation(locales["de"])


def grow_tools(locales):
    classified_tools(locales, EXTRA, prefix="Outil seulement français")


def grow_guides(locales):
    tools = french_tools(2)
    for number in range(EXTRA):
        make_guide(locales, f"Fil rouge seulement français {number}", tools)


def grow_modules(locales):
    for number in range(EXTRA):
        make_module(locales, f"Module seulement français {number}", sessions=[session_in(days=number + 5)])


def grow_events(locales):
    for number in range(EXTRA):
        make_event(locales, f"Événement seulement français {number}", timezone.now() + timedelta(days=number + 1))


def grow_models(locales):
    add_open_models(locales, EXTRA, tools=french_tools(2), prefix="Modèle seulement français")


@pytest.mark.parametrize(
    ("index", "query_string", "grow", "added"),
    [
        (ToolIndexPage, "?sort=newest", grow_tools, "Outil seulement français"),
        (GuideIndexPage, "", grow_guides, "Fil rouge seulement français"),
        (TrainingIndexPage, "", grow_modules, "Module seulement français"),
        (EventIndexPage, "", grow_events, "Événement seulement français"),
        (OpenModelIndexPage, "", grow_models, "Modèle seulement français"),
        (HomePage, "", grow_events, "Événement seulement français"),
    ],
    ids=["library", "guides", "training", "events", "models", "home"],
)
def test_a_german_listing_costs_the_same_with_more_french_items(client, locales, index, query_string, grow, added):
    url = german(index, locales).url + query_string
    assert_constant(client, url, lambda: grow(locales), marked_french(added))


def test_german_search_costs_the_same_with_more_french_results(client, locales):
    def add(start, count):
        for number in range(start, start + count):
            make_tool(locales, f"Outil zorglub {number}", slug=f"outil-zorglub-{number}")

    add(0, 12)
    assert_constant(client, "/de/search/?q=zorglub", lambda: add(12, EXTRA), marked_french("Outil zorglub"))


# --- The cached chrome follows what is published --------------------------------------------


def menu_titles(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return [
        link.get_text(strip=True) for link in BeautifulSoup(response.content, "html.parser").select("nav.main-nav a")
    ]


def switcher_languages(client, url):
    soup = BeautifulSoup(client.get(url).content, "html.parser")
    return {item.get("lang") for item in soup.select("nav.language-switcher [lang]")}


def footer_text(client, url):
    return BeautifulSoup(client.get(url).content, "html.parser").select_one("footer").get_text(" ", strip=True)


def test_menu_and_switcher_follow_publication_in_each_language(
    client, home_pages, locales, django_capture_on_commit_callbacks
):
    assert "Rubrique de menu 0" not in menu_titles(client, "/fr/")
    assert menu_titles(client, "/de/")  # both menus are now in the cache
    with django_capture_on_commit_callbacks(execute=True):
        page = add_menu_pages(1)[0]
    assert "Rubrique de menu 0" in menu_titles(client, "/fr/")
    assert "Rubrique de menu 0 (de)" not in menu_titles(client, "/de/")
    assert switcher_languages(client, page.url) == {"fr"}

    with django_capture_on_commit_callbacks(execute=True):
        german = translate(page, "de", title=f"{page.title} (de)")
    assert "Rubrique de menu 0 (de)" in menu_titles(client, "/de/")
    assert switcher_languages(client, page.url) == {"fr", "de"}
    assert switcher_languages(client, german.url) == {"fr", "de"}

    page.title = "Rubrique renommée"
    republish(page)
    assert "Rubrique renommée" in menu_titles(client, "/fr/")

    Page.objects.get(pk=german.pk).specific.unpublish()
    assert "Rubrique de menu 0 (de)" not in menu_titles(client, "/de/")
    assert switcher_languages(client, page.url) == {"fr"}
    assert "Rubrique renommée" in menu_titles(client, "/fr/")

    page.unpublish()
    assert "Rubrique renommée" not in menu_titles(client, "/fr/")


def test_menu_follows_moves_and_deletions(client, home_pages):
    page = add_menu_pages(1)[0]
    association = home_pages["fr"].get_children().get(slug="association")
    assert "Rubrique de menu 0" in menu_titles(client, "/fr/")
    Page.objects.get(pk=page.pk).move(association, pos="last-child")
    assert "Rubrique de menu 0" not in menu_titles(client, "/fr/")
    assert client.get("/fr/association/rubrique-menu-0/").status_code == 200

    Page.objects.get(pk=page.pk).move(home_pages["fr"], pos="last-child")
    assert "Rubrique de menu 0" in menu_titles(client, "/fr/")
    Page.objects.get(pk=page.pk).delete()
    assert "Rubrique de menu 0" not in menu_titles(client, "/fr/")
    assert client.get("/fr/rubrique-menu-0/").status_code == 404


def test_footer_follows_its_snippet_in_each_language(client, locales):
    before_de = footer_text(client, "/de/")
    assert "Nouvelle mention légale" not in footer_text(client, "/fr/")
    footer = Footer.objects.get(locale=locales["fr"])
    footer.legal = "Nouvelle mention légale"
    footer.save_revision().publish()
    assert "Nouvelle mention légale" in footer_text(client, "/fr/")
    assert footer_text(client, "/de/") == before_de

    german = Footer.objects.get(locale=locales["de"])
    german.legal = "Neuer rechtlicher Hinweis"
    german.save_revision().publish()
    assert "Neuer rechtlicher Hinweis" in footer_text(client, "/de/")
    assert "Neuer rechtlicher Hinweis" not in footer_text(client, "/fr/")

    german.unpublish()  # a language without a live footer shows the default language's
    assert "Nouvelle mention légale" in footer_text(client, "/de/")


def test_a_page_made_private_leaves_the_menu_and_its_listings(client, home_pages):
    from wagtail.models import PageViewRestriction

    page = add_menu_pages(1)[0]
    assert "Rubrique de menu 0" in menu_titles(client, "/fr/")
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    assert "Rubrique de menu 0" not in menu_titles(client, "/fr/")
    assert client.get(page.url).status_code == 302


# --- Co-creation: tools in consultation, the contribution forms, the embeddable card ---------


def test_consultation_page(client, locales):
    from toolpages.models import ConsultationPage

    page = live_french(ConsultationPage)

    def grow():
        for tool in classified_tools(locales, EXTRA, prefix="Outil en consultation"):
            tool.status = "prepublished"
            tool.consultation_request = "<p>Dites-nous ce qui manque.</p>"
            republish(tool)

    def shows(html):  # a full first page, and a link to the next
        return html.count('class="tool-consultation__item"') == 12 and 'rel="next"' in html

    assert_constant(client, page.url, grow, shows)


@pytest.mark.parametrize("form", ["suggerer-une-revision/", "partager-un-exemple/", "proposer-une-traduction/"])
def test_contribution_forms_of_a_sheet(client, form):
    tool = french_tools(1)[0]
    assert_constant(client, tool.url + form, add_menu_pages, shows_menu_pages)


def test_proposal_form_of_the_library(client, locales):
    library = french(ToolIndexPage, locales)
    assert_constant(client, library.proposal_url(), add_menu_pages, shows_menu_pages)


def test_embeddable_tool_card(client, locales):
    tool = french_tools(1)[0]

    def grow():
        add_menu_pages()
        for other in classified_tools(locales, 3, prefix="Outil voisin"):
            tool.related_tool_links.add(RelatedTool(tool=other))
        republish(tool)

    assert_constant(client, f"/embed/tools/{tool.pk}/", grow, lambda html: tool.title in text_of(html))


# --- The canvas online ------------------------------------------------------------------------


def add_blocks_to_the_canvas_and_its_sheet(locales, tool, count=3):
    """More blocks on the business-model canvas, and its sheet classified under them (a larger form)."""
    from toolpages.models import Canvas, CanvasBlock

    canvas = Canvas.objects.get(locale=locales["fr"], slug="modele-d-affaires")
    for number in range(count):
        block = CanvasBlock.objects.create(
            locale=locales["fr"],
            canvas=canvas,
            slug=f"bloc-de-charge-{number}",
            name=f"Bloc de charge {number}",
            question=f"Question de charge {number} ?",
            sort_order=100 + number,
        )
        tool.blocks.add(block)
    republish(tool)


def test_online_canvas(client, locales):
    tool = ToolPage.objects.get(locale=locales["fr"], slug="canevas-modele-affaires-social")
    url = tool.url + "remplir-en-ligne/"
    assert_constant(
        client,
        url,
        lambda: add_blocks_to_the_canvas_and_its_sheet(locales, tool),
        lambda html: html.count("<textarea") == 12 and "Question de charge 2 ?" in html,
    )


def test_filled_online_canvas(client, locales):
    """The filled canvas (a POST, never cached) costs the same queries whatever the number of blocks."""
    tool = ToolPage.objects.get(locale=locales["fr"], slug="canevas-modele-affaires-social")
    url = tool.url + "remplir-en-ligne/"

    def filled():
        data = {f"canvas-{block.slug}": f"Réponse {block.slug}" for block in tool.blocks.all()}
        client.post(url, data)
        connection.queries_log.clear()
        with CaptureQueriesContext(connection) as queries:
            response = client.post(url, data)
        assert response.status_code == 200
        return response.content.decode(), [query["sql"] for query in queries.captured_queries]

    _html, small = filled()
    assert len(small) <= MAX_QUERIES, listed(small)
    add_blocks_to_the_canvas_and_its_sheet(locales, tool)
    html, large = filled()
    assert "Réponse bloc-de-charge-2" in html
    assert len(large) == len(small), f"Before:\n{listed(small)}\nAfter:\n{listed(large)}"


# --- “Mon atelier”: the workshop and its pack ---------------------------------------------------


@pytest.mark.parametrize("view", ["", "pack/"], ids=["workshop", "pack"])
def test_workshop_page(client, locales, view):
    """A workshop of 2 tools, then of 11 (the address names tools that `grow` then publishes), with more
    tools to choose from: the same queries."""
    from toolpages.models import WorkshopPage

    page = live_french(WorkshopPage)
    slugs = [tool.slug for tool in french_tools(2)] + [f"outil-atelier-{number}" for number in range(9)]
    url = page.url + view + "?tools=" + ",".join(slugs)

    def shows(html):
        return html.count('class="tool-sheet__title"') == 11 if view else "Outil atelier 8" in text_of(html)

    assert_constant(client, url, lambda: classified_tools(locales, 9, prefix="Outil atelier"), shows)

"""Anonymous pages are served from the cache; nothing personal or stale ever is."""

from django.test import Client, override_settings

import pytest
from bs4 import BeautifulSoup

from sbm_site.page_cache import CACHED_HEADER

pytestmark = pytest.mark.django_db


def cache_state(response):
    return response.get(CACHED_HEADER)


def test_anonymous_page_views_are_served_from_the_cache(client):
    first = client.get("/fr/association/")
    second = client.get("/fr/association/")
    assert cache_state(first) == "miss"
    assert cache_state(second) == "hit"
    assert first.content == second.content


def test_the_cache_keeps_each_language_and_query_apart(client):
    client.get("/fr/outils/")
    assert cache_state(client.get("/de/werkzeuge/")) == "miss"
    assert cache_state(client.get("/fr/outils/?page=2")) == "miss", "the library reads its page number"


def test_logged_in_editors_never_get_or_fill_the_cache(client, login):
    client.get("/fr/association/")
    login("communication")
    response = client.get("/fr/association/")
    assert cache_state(response) is None
    assert b"wagtail-userbar" in response.content or b"userbar" in response.content


def test_pages_with_a_form_are_never_cached(client):
    client.get("/fr/association/adherer/")
    response = client.get("/fr/association/adherer/")
    assert cache_state(response) is None
    assert b"csrfmiddlewaretoken" in response.content


def test_publishing_retires_the_cached_page_in_every_language(client, home_pages):
    association = home_pages["fr"].get_children().get(slug="association").specific
    client.get("/fr/association/")
    client.get("/de/verein/")
    association.title = "Notre association"
    association.save_revision().publish()
    response = client.get("/fr/association/")
    assert cache_state(response) == "miss"
    assert "Notre association" in response.content.decode()
    assert cache_state(client.get("/de/verein/")) == "miss"


def test_unpublishing_removes_the_page_at_once(client, home_pages):
    committee = home_pages["fr"].get_children().get(slug="association").get_children().get(slug="comite").specific
    assert client.get("/fr/association/comite/").status_code == 200
    committee.unpublish()
    assert client.get("/fr/association/comite/").status_code == 404


def test_a_footer_change_retires_every_page(client, locales):
    from sbm_site.models import Footer

    client.get("/fr/")
    footer = Footer.objects.get(locale=locales["fr"])
    footer.legal = "Mentions légales à jour"
    footer.save_revision().publish()
    response = client.get("/fr/")
    assert cache_state(response) == "miss"
    assert "Mentions légales à jour" in response.content.decode()


def test_moving_a_page_retires_the_cache(client, home_pages):
    association = home_pages["fr"].get_children().get(slug="association")
    committee = association.get_children().get(slug="comite")
    client.get("/fr/association/")
    committee.move(home_pages["fr"], pos="last-child")
    assert cache_state(client.get("/fr/association/")) == "miss"


def test_errors_are_not_cached(client):
    client.get("/fr/nulle-part/")
    assert cache_state(client.get("/fr/nulle-part/")) is None


@override_settings(PAGE_CACHE_SECONDS=0)
def test_the_cache_can_be_turned_off(client):
    client.get("/fr/association/")
    assert cache_state(client.get("/fr/association/")) is None


def test_making_a_page_private_retires_it_from_the_cache(client, home_pages):
    from wagtail.models import PageViewRestriction

    association = home_pages["fr"].get_children().get(slug="association")
    assert client.get("/fr/association/").status_code == 200
    PageViewRestriction.objects.create(page=association, restriction_type=PageViewRestriction.LOGIN)
    response = client.get("/fr/association/")
    assert response.status_code == 302
    assert "/_util/login/" in response["Location"] or "login" in response["Location"]


def test_a_lost_generation_never_brings_back_pages_kept_under_an_older_one(client):
    """A cache that evicts or loses the generation key (full, restarted, culled) must not serve
    what it kept before: the generation starts again above every earlier one, not at 1."""
    from django.core.cache import caches

    from sbm_site.generation import GENERATION_KEY
    from sbm_site.page_cache import CACHE_ALIAS

    assert client.get("/fr/")[CACHED_HEADER] == "miss"
    assert client.get("/fr/")[CACHED_HEADER] == "hit"
    caches[CACHE_ALIAS].delete(GENERATION_KEY)
    assert client.get("/fr/")[CACHED_HEADER] == "miss"


def test_a_deployment_retires_what_older_code_kept(client):
    """Each deployment runs migrate: pages rendered by older templates and chrome values of an older
    shape are never read by the new code."""
    from django.core.management import call_command

    from sbm_site.generation import remembered

    assert client.get("/fr/")[CACHED_HEADER] == "miss"
    remembered("deployment-test", lambda: {"shape": "old"})
    assert client.get("/fr/")[CACHED_HEADER] == "hit"
    call_command("migrate", verbosity=0)
    assert client.get("/fr/")[CACHED_HEADER] == "miss"
    assert remembered("deployment-test", lambda: {"shape": "new"}) == {"shape": "new"}


def texts(response, selector):
    return [
        element.get_text(" ", strip=True) for element in BeautifulSoup(response.content, "html.parser").select(selector)
    ]


def library_cards(response):
    return texts(response, ".tool-card .card__title")


def featured_tools(response):
    return texts(response, "section[aria-labelledby=tools-title] .card__title")


def sheet_heading(response):
    return texts(response, "h1")


def cached(client, url):
    """Visits `url` anonymously until it is kept: the second visit is served from the cache."""
    first = client.get(url)
    assert first.status_code == 200, url
    second = client.get(url)
    assert cache_state(second) == "hit", url
    return second


def french_tool(slug):
    from toolpages.models import ToolPage

    return ToolPage.objects.live().get(locale__language_code="fr", slug=slug)


def test_publishing_a_tool_refreshes_its_library_sheet_translations_and_the_home_page(client, home_pages):
    from home.models import HomeFeaturedTool

    tool = french_tool("arbre-de-problemes")
    home = home_pages["fr"]
    if not home.featured_tools.filter(tool=tool).exists():
        HomeFeaturedTool.objects.create(page=home, tool=tool)
    german_tool = tool.get_translation(home_pages["de"].locale)
    # The German library lists French tools too: a search brings the German tool onto its first page.
    german_library_url = german_tool.get_parent().url + "?q=" + german_tool.title
    library = tool.get_parent()
    old_title, new_title = tool.title, "Arbre des causes et des effets"

    assert old_title in library_cards(cached(client, library.url))
    assert sheet_heading(cached(client, tool.url)) == [old_title]
    assert old_title in featured_tools(cached(client, home.url))
    assert sheet_heading(cached(client, german_tool.url)) == [german_tool.title]
    assert german_tool.title in library_cards(cached(client, german_library_url))

    tool.title = new_title
    revision = tool.save_revision()
    revision.publish()

    library_page = client.get(library.url)
    assert cache_state(library_page) == "miss"
    assert new_title in library_cards(library_page)
    assert old_title not in library_cards(library_page)
    sheet = client.get(tool.url)
    assert cache_state(sheet) == "miss"
    assert sheet_heading(sheet) == [new_title]
    home_page = client.get(home.url)
    assert cache_state(home_page) == "miss"
    assert new_title in featured_tools(home_page)
    assert old_title not in featured_tools(home_page)
    german_sheet = client.get(german_tool.url)
    assert cache_state(german_sheet) == "miss"
    assert sheet_heading(german_sheet) == [german_tool.title]
    german_listing = client.get(german_library_url)
    assert cache_state(german_listing) == "miss"
    assert german_tool.title in library_cards(german_listing)


def test_a_deleted_page_is_retired_from_the_cache_and_from_the_listings_that_showed_it(client, login, home_pages):
    tool = french_tool("analyse-pestel")
    library = tool.get_parent()
    visitor = Client()
    assert sheet_heading(cached(visitor, tool.url)) == [tool.title]
    assert tool.title in library_cards(cached(visitor, library.url))
    assert tool.title in featured_tools(cached(visitor, home_pages["fr"].url))

    login("admin")
    response = client.post(f"/admin/pages/{tool.id}/delete/")
    assert response.status_code == 302
    assert not type(tool).objects.filter(pk=tool.pk).exists()

    assert visitor.get(tool.url).status_code == 404
    assert tool.title not in library_cards(visitor.get(library.url))
    assert tool.title not in featured_tools(visitor.get(home_pages["fr"].url))


def test_a_preview_is_never_stored_in_nor_served_from_the_page_cache(client, login):
    tool = french_tool("v-swot")
    published, draft = tool.title, "V-SWOT, brouillon non publié"
    tool.title = draft
    tool.save_revision()
    visitor = Client()
    assert sheet_heading(cached(visitor, tool.url)) == [published]

    login("production")
    preview = client.get(f"/admin/pages/{tool.id}/view_draft/")
    assert preview.status_code == 200
    assert sheet_heading(preview) == [draft]

    after = visitor.get(tool.url)
    assert after.status_code == 200
    assert sheet_heading(after) == [published]
    assert draft not in after.content.decode()


def test_a_response_that_sets_a_cookie_is_never_stored(client):
    """The only public pages that set a cookie are those with a form (the CSRF cookie): a page kept
    with one visitor's token and served without its cookie would refuse every other visitor's form."""
    url = "/fr/association/adherer/"
    first_visitor = client.get(url)
    assert "csrftoken" in first_visitor.cookies
    other = Client(enforce_csrf_checks=True)
    page = other.get(url)
    assert cache_state(page) is None
    assert "csrftoken" in page.cookies
    token = BeautifulSoup(page.content, "html.parser").select_one("input[name=csrfmiddlewaretoken]")["value"]
    assert other.post(url, {"csrfmiddlewaretoken": token}).status_code != 403
    # A visitor who already holds a CSRF cookie is sent it again (Django renews it whenever the
    # token is used): that page is not kept either, for the next visitor without that cookie.
    again = client.get(url)
    assert "csrftoken" in again.cookies
    assert cache_state(again) is None
    assert cache_state(Client().get(url)) is None

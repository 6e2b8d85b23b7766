"""Anonymous pages are served from the cache; nothing personal or stale ever is."""

from django.test import override_settings

import pytest

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
    client.get("/fr/association/")
    assert cache_state(client.get("/de/verein/")) == "miss"
    assert cache_state(client.get("/fr/association/?page=2")) == "miss"


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

    from sbm_site.page_cache import CACHE_ALIAS, GENERATION_KEY

    assert client.get("/fr/")[CACHED_HEADER] == "miss"
    assert client.get("/fr/")[CACHED_HEADER] == "hit"
    caches[CACHE_ALIAS].delete(GENERATION_KEY)
    assert client.get("/fr/")[CACHED_HEADER] == "miss"


def test_a_deployment_retires_what_older_code_kept(client):
    """Each deployment runs migrate: pages rendered by older templates and chrome values of an older
    shape are never read by the new code."""
    from django.core.management import call_command

    from sbm_site.chrome import remembered

    assert client.get("/fr/")[CACHED_HEADER] == "miss"
    remembered("deployment-test", lambda: {"shape": "old"})
    assert client.get("/fr/")[CACHED_HEADER] == "hit"
    call_command("migrate", verbosity=0)
    assert client.get("/fr/")[CACHED_HEADER] == "miss"
    assert remembered("deployment-test", lambda: {"shape": "new"}) == {"shape": "new"}

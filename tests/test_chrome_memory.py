"""What each process keeps in memory of the cached chrome follows the shared generation: a change
seen by any process retires it in every process, and within one request the generation is read once."""

import threading

from django.test import override_settings

import pytest

from sbm_site import generation as memo
from sbm_site import routing
from sbm_site.cache import DiskCache
from sbm_site.generation import GENERATION_KEY, generation, invalidate_all
from sbm_site.page_cache import page_cache

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def empty_memory():
    memo.local_values.state = (None, {})


def test_a_kept_value_is_read_from_memory_without_the_shared_cache(django_assert_num_queries):
    assert memo.remembered("memory-test", lambda: ["computed"]) == ["computed"]
    memo.caches[memo.CACHE_ALIAS].clear()  # gone from the shared cache; this process still has it
    assert memo.remembered("memory-test", lambda: ["computed again"]) == ["computed"]


def test_a_generation_bumped_by_another_process_retires_what_this_one_keeps():
    assert memo.remembered("memory-test", lambda: "before") == "before"
    page_cache().incr(GENERATION_KEY)  # what another worker does when it publishes
    assert memo.remembered("memory-test", lambda: "after") == "after"
    assert memo.local_values.state[0] == generation()


def test_within_a_request_the_generation_is_read_once_and_a_change_is_seen_at_once():
    token = memo._request_memo.set({})
    try:
        assert memo.remembered("memory-test", lambda: "before") == "before"
        page_cache().incr(GENERATION_KEY)  # another worker: this request goes on with what it read
        assert memo.remembered("memory-test", lambda: "other") == "before"
        invalidate_all()  # a change made by this very request
        assert memo.remembered("memory-test", lambda: "after") == "after"
    finally:
        memo._request_memo.reset(token)


def test_the_menu_follows_a_publication_in_the_same_process(client, home_pages, settings):
    settings.PAGE_CACHE_SECONDS = 0
    association = home_pages["fr"].get_children().get(slug="association").specific
    assert "Association" in client.get("/fr/").content.decode()
    association.title = "Notre maison"
    association.save_revision().publish()
    assert "Notre maison" in client.get("/fr/").content.decode()


def file_cache(folder):
    """The cache every worker of a server without Redis opens on one folder (settings.CACHES)."""
    return DiskCache(str(folder), {"SHARDS": 4, "OPTIONS": {"size_limit": 2**20}})


def test_without_redis_a_page_kept_by_one_worker_is_served_and_touched_by_another(tmp_path):
    one, other = file_cache(tmp_path), file_cache(tmp_path)  # two workers, one folder
    page = (200, {"Content-Type": "text/html; charset=utf-8"}, b"<p>Fiche</p>" * 500)
    one.set("page", page, 60)
    assert other.get("page") == page
    assert other.touch("page", 60) and one.get("page") == page
    one.set("gone", page, -1)
    assert other.get("gone", "missing") == "missing"
    assert not other.touch("gone", 60)


def test_without_redis_every_worker_counts_each_publication_of_the_others(tmp_path):
    """Two workers publishing at once both retire what is kept: no increment of the generation is
    lost, as it would be by reading and writing it back."""
    workers = [file_cache(tmp_path) for _ in range(2)]
    workers[0].add(GENERATION_KEY, 41, None)

    def publish(worker):
        for _ in range(50):
            worker.incr(GENERATION_KEY)

    threads = [threading.Thread(target=publish, args=(worker,)) for worker in workers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert workers[1].get(GENERATION_KEY) == 141


@override_settings(PAGE_CACHE_SECONDS=600)
def test_a_page_from_the_cache_carries_the_security_headers_it_was_served_with(client):
    first = client.get("/fr/association/")
    second = client.get("/fr/association/")
    assert second["X-SBM-Cache"] == "hit"
    for header in ("Content-Security-Policy", "X-Frame-Options", "X-Content-Type-Options", "Referrer-Policy"):
        assert second[header] == first[header], header
    assert "default-src" in second["Content-Security-Policy"]


def test_a_page_kept_on_the_way_is_served_fresh_after_its_publication(client, settings):
    """The directory is routed through to reach a provider's page, which the directory page itself
    serves (a sub-address): a change published on the directory shows there at once."""
    from directory.models import DirectoryPage, Provider

    settings.PAGE_CACHE_SECONDS = 0
    directory = DirectoryPage.objects.live().get(locale__language_code="fr")
    provider = Provider.objects.listed().filter(locale=directory.locale).first()
    url = directory.provider_url(provider)
    assert client.get(url).status_code == 200
    directory.title = "Annuaire renouvelé"
    directory.save_revision().publish()
    assert "Annuaire renouvelé" in client.get(url).content.decode()


def test_each_request_gets_its_own_copy_of_a_kept_page(home_pages):
    """A section routed through (the library, on the way to a sheet) is kept in the cache."""
    first = routing.child_by_slug(home_pages["fr"], "outils", on_the_way=True)
    second = routing.child_by_slug(home_pages["fr"], "outils", on_the_way=True)
    assert first == second and first is not second
    first.visitor_note = "mine"
    assert not hasattr(routing.child_by_slug(home_pages["fr"], "outils", on_the_way=True), "visitor_note")

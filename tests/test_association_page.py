"""The association's pages list their live, public sub-pages (committee, working groups, joining)."""

from wagtail.models import PageViewRestriction

import pytest
from bs4 import BeautifulSoup

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def render_every_request(settings):
    settings.PAGE_CACHE_SECONDS = 0


def subpage_links(client, url):
    soup = BeautifulSoup(client.get(url).content, "html.parser")
    return {a.get_text(strip=True): a["href"] for a in soup.select("nav.subpages a")}


@pytest.mark.parametrize("language", ["fr", "de", "it", "en"])
def test_the_association_page_links_each_live_sub_page(client, home_pages, language):
    association = (
        home_pages[language]
        .get_children()
        .get(show_in_menus=True, slug__in=["association", "verein", "associazione"])
        .specific
    )
    children = list(association.get_children().live())
    assert children, "the demo association page has sub-pages"
    links = subpage_links(client, association.url)
    assert links == {child.title: child.url for child in children}
    for url in links.values():
        assert client.get(url).status_code == 200


def test_unpublished_and_private_sub_pages_are_not_listed(client, home_pages):
    association = home_pages["fr"].get_children().get(slug="association").specific
    committee, other, *_ = association.get_children().live()
    committee.unpublish()
    PageViewRestriction.objects.create(page=other, restriction_type=PageViewRestriction.LOGIN)
    links = subpage_links(client, association.url)
    assert committee.title not in links
    assert other.title not in links
    assert links

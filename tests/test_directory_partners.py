"""Alliances and partnerships: the partners page, and partners shown on what was made with them."""

from django.template import Context, Template

import pytest
from bs4 import BeautifulSoup

from directory.models import Partner

from .directory_factories import assert_same_queries, french_tools, make_partner, queries_for

pytestmark = pytest.mark.django_db


def partner_names(response):
    return [
        name.get_text(strip=True)
        for name in BeautifulSoup(response.content, "html.parser").select(".partner-card__name")
    ]


def test_the_partners_page_groups_the_demo_partners_by_type(client):
    response = client.get("/fr/partenaires/")
    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    assert len(page.select(".partners__group")) == 5
    assert "Haute école de gestion (exemple)" in partner_names(response)
    assert Partner.objects.filter(locale__language_code="fr", live=True).count() == len(partner_names(response))


def test_draft_partners_are_not_shown(client):
    make_partner("Secret Alliance", live=False)
    assert "Secret Alliance" not in partner_names(client.get("/fr/partenaires/"))
    assert "Secret Alliance" not in client.get("/api/v2/partners/", {"limit": 100}).content.decode()


def test_partners_are_shown_in_the_visitors_language_with_a_fallback(client):
    names = partner_names(client.get("/en/partners/"))
    assert "School of management (example)" in names
    assert "Haute école de gestion (exemple)" not in names
    assert "École de travail social (exemple)" in names


def test_joint_projects_link_only_to_live_pages(client):
    live_tool, unpublished_tool = french_tools(2)
    unpublished_tool.unpublish()
    make_partner("Project Partner", pages=[live_tool, unpublished_tool])
    page = BeautifulSoup(client.get("/fr/partenaires/").content, "html.parser")
    card = next(card for card in page.select(".partner-card") if "Project Partner" in card.get_text())
    assert [link["href"] for link in card.select(".partner-card__projects a")] == [live_tool.url]


def test_a_page_shows_the_partners_it_was_made_with():
    tool = french_tools(1)[0]
    make_partner("Made With Us", pages=[tool])
    make_partner("Not Yet Public", pages=[tool], live=False)
    html = Template('{% include "directory/includes/page_partners.html" %}').render(Context({"page": tool}))
    assert "Made With Us" in html
    assert "Not Yet Public" not in html


def test_the_partners_page_needs_as_many_queries_for_few_or_many_partners(client, settings, django_assert_num_queries):
    settings.PAGE_CACHE_SECONDS = 0  # count the queries of building the page, not of the page cache
    tools = french_tools(2)
    few = queries_for(client, "/fr/partenaires/")
    for number in range(12):
        make_partner(f"Many Partner {number}", pages=tools)
    response = assert_same_queries(client, "/fr/partenaires/", few, django_assert_num_queries)
    assert "Many Partner 11" in partner_names(response)

"""Link previews and sharing, without any third-party script."""

from django.template import Context, Template
from django.test import RequestFactory
from django.utils import translation

import pytest
from bs4 import BeautifulSoup

from guides.models import GuidePage
from showcase.models import OpenModelPage
from toolpages.models import ToolPage

pytestmark = pytest.mark.django_db


def meta(soup, key):
    tag = soup.select_one(f'meta[property="{key}"]') or soup.select_one(f'meta[name="{key}"]')
    return tag["content"] if tag else None


def test_pages_carry_open_graph_and_twitter_card_metadata(client):
    soup = BeautifulSoup(client.get("/de/verein/").content, "html.parser")
    assert meta(soup, "og:title") == "Der Verein"
    assert meta(soup, "og:url").endswith("/de/verein/")
    assert meta(soup, "og:locale") == "de_CH"
    assert meta(soup, "og:image").startswith("http://testserver/static/img/social")
    assert meta(soup, "og:description") == meta(soup, "description")
    assert "60 Mitgliedern" in meta(soup, "description")
    assert meta(soup, "twitter:card") == "summary_large_image"
    assert soup.select_one("link[rel=canonical]")["href"].endswith("/de/verein/")


def test_share_links_need_no_script_and_carry_the_page(home_pages):
    page = home_pages["fr"].get_children().get(slug="association").specific
    request = RequestFactory().get("/fr/association/")
    with translation.override("fr"):
        html = Template("{% load sbm_tags %}{% share_links page %}").render(Context({"page": page, "request": request}))
    soup = BeautifulSoup(html, "html.parser")
    links = [a["href"] for a in soup.select("a")]
    assert any(link.startswith("mailto:?subject=L%27association") for link in links)
    assert any(link.startswith("https://www.linkedin.com/sharing/share-offsite/?url=http") for link in links)
    assert soup.select_one("input[data-copy-source]")["value"].endswith("/fr/association/")
    assert soup.select_one("form[action='/fr/share/mastodon/']") is not None
    assert soup.select("script") == []


@pytest.mark.parametrize(
    ("server", "expected"),
    [
        ("mastodon.social", "https://mastodon.social/share?text="),
        ("https://piaille.fr/", "https://piaille.fr/share?text="),
        ("@lea@framapiaf.org", "https://framapiaf.org/share?text="),
    ],
)
def test_mastodon_share_goes_to_the_visitors_server(client, server, expected):
    response = client.get("/fr/share/mastodon/", {"instance": server, "text": "Un outil https://x.example/"})
    assert response.status_code == 302
    assert response["Location"].startswith(expected)


@pytest.mark.parametrize(
    "server", ["", "localhost", "javascript:alert(1)", "bad_host.org", "a" * 300 + ".org", "x y.org"]
)
def test_mastodon_share_refuses_what_is_not_a_server_name(client, server):
    response = client.get("/fr/share/mastodon/", {"instance": server, "text": "x"})
    assert response.status_code == 400
    assert BeautifulSoup(response.content, "html.parser").select_one("[role=alert]") is not None


@pytest.mark.parametrize("model", [ToolPage, GuidePage, OpenModelPage])
def test_tools_guides_and_models_offer_the_share_links(client, model):
    page = model.objects.live().filter(locale__language_code="fr").first()
    soup = BeautifulSoup(client.get(page.url).content, "html.parser")
    share = soup.select_one("section.share")
    assert share.select_one("a[href^='mailto:']") is not None
    assert share.select_one("form[action='/fr/share/mastodon/']") is not None

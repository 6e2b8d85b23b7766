"""The embeddable tool card and oEmbed: partner sites may frame the card, and nothing else."""

from urllib.parse import urlencode, urlsplit

from wagtail.models import PageViewRestriction

import pytest
from bs4 import BeautifulSoup

from toolpages.models import ToolPage

pytestmark = pytest.mark.django_db

# oEmbed 1.0, section 2.3.4: keys every response has, and those a "rich" response adds.
OEMBED_REQUIRED = {"type", "version"}
OEMBED_RICH_REQUIRED = {"html", "width", "height"}
OEMBED_KNOWN = (
    OEMBED_REQUIRED
    | OEMBED_RICH_REQUIRED
    | {
        "title",
        "author_name",
        "author_url",
        "provider_name",
        "provider_url",
        "cache_age",
        "thumbnail_url",
        "thumbnail_width",
        "thumbnail_height",
    }
)


CANVAS_TOOL = {"fr": "canevas-modele-affaires-social", "de": "canvas-soziales-geschaeftsmodell"}


def tool(language):
    return ToolPage.objects.live().get(locale__language_code=language, slug=CANVAS_TOOL[language])


def oembed(client, url, **params):
    return client.get("/oembed/", {"url": url, "format": "json", **params})


def frame_ancestors(response):
    policy = response["Content-Security-Policy"]
    directive = next(part.strip() for part in policy.split(";") if part.strip().startswith("frame-ancestors"))
    return directive.split()[1:]


def iframe_src(payload):
    soup = BeautifulSoup(payload["html"], "html.parser")
    frames = soup.find_all("iframe")
    assert len(frames) == 1
    return frames[0]


def test_the_tool_sheet_advertises_its_oembed_and_the_endpoint_answers_per_the_spec(client):
    sheet = tool("de")
    soup = BeautifulSoup(client.get(sheet.url).content, "html.parser")
    link = soup.select_one('head link[rel=alternate][type="application/json+oembed"]')
    endpoint = urlsplit(link["href"])
    response = client.get(endpoint.path + "?" + endpoint.query)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    payload = response.json()
    assert OEMBED_REQUIRED | OEMBED_RICH_REQUIRED <= set(payload) <= OEMBED_KNOWN
    assert payload["type"] == "rich" and payload["version"] == "1.0"
    assert payload["title"] == sheet.title
    assert payload["provider_name"] == "Social Business Models"
    assert payload["provider_url"].startswith("http")
    assert isinstance(payload["width"], int) and isinstance(payload["height"], int)
    frame = iframe_src(payload)
    assert int(frame["width"]) == payload["width"] and int(frame["height"]) == payload["height"]
    assert frame["title"] == sheet.title


def test_maxwidth_and_maxheight_are_honoured(client):
    sheet = tool("fr")
    default = oembed(client, sheet.full_url).json()
    small = oembed(client, sheet.full_url, maxwidth=250, maxheight=180).json()
    assert small["width"] <= 250 and small["height"] <= 180
    assert (small["width"], small["height"]) != (default["width"], default["height"])
    larger = oembed(client, sheet.full_url, maxwidth=5000, maxheight=5000).json()
    assert (larger["width"], larger["height"]) == (default["width"], default["height"])
    nonsense = oembed(client, sheet.full_url, maxwidth="abc", maxheight="-3")
    assert nonsense.status_code == 200


def test_xml_is_not_implemented(client):
    assert client.get("/oembed/", {"url": tool("fr").full_url, "format": "xml"}).status_code == 501


def test_other_urls_drafts_and_private_tools_are_not_found(client, locales):
    sheet = tool("fr")
    draft = ToolPage.objects.live().filter(locale=locales["fr"]).exclude(pk=sheet.pk).first()
    draft_url = draft.full_url
    draft.unpublish()
    private = ToolPage.objects.live().filter(locale=locales["fr"]).exclude(pk=sheet.pk).first()
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    host = urlsplit(sheet.full_url).netloc
    for url in [
        draft_url,
        private.full_url,
        f"http://{host}/fr/",
        f"http://{host}/fr/outils/",
        sheet.full_url + "print/",
        f"http://{host}/fr/search/?q=canevas",
        "http://elsewhere.example" + sheet.url,
        "javascript:alert(1)",
        "",
    ]:
        response = oembed(client, url)
        assert response.status_code == 404, url
    assert client.get("/oembed/").status_code == 404
    assert client.get(f"/embed/tools/{draft.pk}/").status_code == 404
    assert client.get(f"/embed/tools/{private.pk}/").status_code == 404


@pytest.mark.parametrize("language", ["fr", "de"])
def test_the_card_is_in_the_tools_language_links_to_the_sheet_and_credits_the_association(client, language):
    sheet = tool(language)
    frame = iframe_src(oembed(client, sheet.full_url).json())
    response = client.get(urlsplit(frame["src"]).path)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.html["lang"] == language
    assert soup.h1.get_text(strip=True) == sheet.title
    sheet_links = soup.select(f'a[href="{sheet.full_url}"]')
    assert sheet_links and all(link["target"] == "_blank" and "noopener" in link["rel"] for link in sheet_links)
    assert sheet.summary[:40] in soup.get_text()
    assert "Social Business Models" in soup.select_one(".embed-card__attribution").get_text()
    terms = soup.select_one(".embed-card__terms").get_text()
    assert sheet.canvas.get_translation(sheet.locale).name in terms
    assert soup.select("script") == []


def test_only_the_card_may_be_framed_by_other_sites_even_from_the_page_cache(client):
    sheet = tool("fr")
    card_path = urlsplit(iframe_src(oembed(client, sheet.full_url).json())["src"]).path
    for _attempt in ("miss", "hit"):
        card = client.get(card_path)
        assert "X-Frame-Options" not in card
        assert frame_ancestors(card) == ["*"]
    assert card["X-SBM-Cache"] == "hit"
    for path in [sheet.url, "/fr/", "/fr/search/?q=canevas", "/fr/outils/"]:
        for _attempt in ("miss", "hit"):
            response = client.get(path)
            assert response["X-Frame-Options"] == "DENY", path
            assert frame_ancestors(response) == ["'none'"], path
    assert client.get("/oembed/?" + urlencode({"url": sheet.full_url}))["X-Frame-Options"] == "DENY"

"""Images reach readers as Wagtail renditions in a <picture>: a WebP source and a fallback, a srcset for
sharp screens, width and height, lazy below the fold and eager for the first view, and an alt text that
says what the image shows, or alt="" when the text beside it already does."""

from io import BytesIO

from django.core.files.images import ImageFile

from wagtail.images import get_image_model
from wagtail.images.blocks import ImageBlock

import pytest
from bs4 import BeautifulSoup
from PIL import Image as PILImage

from directory.models import Provider
from guides.models import GuidePage
from sbm_site.blocks import BodyBlock
from sbm_site.demo_images import demo_logo

from .directory_factories import directory_page

pytestmark = pytest.mark.django_db


def pictures(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser").select("main picture")


def assert_responsive(picture):
    """A WebP <source> with a srcset, then an <img> fallback with its own srcset, size and alt."""
    source = picture.find("source")
    assert source["type"] == "image/webp"
    assert ".webp" in source["srcset"]
    image = picture.find("img")
    assert image["src"].endswith((".png", ".jpg"))
    assert "," in image["srcset"], "a 1x and a 2x rendition"
    assert int(image["width"]) > 0 and int(image["height"]) > 0
    assert image.has_attr("alt")
    assert image["sizes"]
    return image


def test_every_demo_provider_has_a_drawn_logo_with_a_true_description():
    providers = Provider.objects.filter(locale__language_code="fr", live=True)
    assert providers.exists()
    for provider in providers:
        assert provider.logo is not None, provider.name
        assert provider.name in provider.logo.description
        assert "initiales" in provider.logo.description
    assert (
        demo_logo("Atelier Canevas (exemple)", "x", 0)
        == Provider.objects.get(slug="atelier-canevas-exemple", locale__language_code="fr").logo
    ), "made once, found again"


def test_directory_cards_show_logos_lazily_as_decoration_beside_the_name(client):
    found = pictures(client.get(directory_page().url))
    assert len(found) >= 3
    for picture in found:
        image = assert_responsive(picture)
        assert image["alt"] == "", "the provider's name is the card's heading"
        assert image["loading"] == "lazy"
        assert "fetchpriority" not in image.attrs


def test_a_provider_page_shows_its_logo_first_and_eagerly(client):
    provider = Provider.objects.filter(locale__language_code="fr", live=True).exclude(logo=None).first()
    response = client.get(f"{directory_page().url}{provider.slug}/")
    picture = pictures(response)[0]
    image = assert_responsive(picture)
    assert image["loading"] == "eager"
    assert image["fetchpriority"] == "high"


def test_the_webp_rendition_is_a_webp_file():
    provider = Provider.objects.filter(locale__language_code="fr").exclude(logo=None).first()
    rendition = provider.logo.get_rendition("max-160x80|format-webp")
    with rendition.file.open("rb") as data:
        assert PILImage.open(BytesIO(data.read())).format == "WEBP"
    assert (rendition.width, rendition.height) == (160, 80)


def test_a_guide_names_its_partner_in_the_logo_alt_text(client):
    guide = GuidePage.objects.live().filter(locale__language_code="fr").exclude(partner=None).first()
    assert guide is not None and guide.partner.logo is not None
    found = pictures(client.get(guide.url))
    image = assert_responsive(found[0])
    assert image["alt"] == guide.partner.name
    assert image["loading"] == "eager"


def test_every_image_on_the_public_pages_has_an_alt_attribute_and_a_size(client, home_pages):
    guide = GuidePage.objects.live().filter(locale__language_code="fr").first()
    for url in (home_pages["fr"].url, directory_page().url, directory_page("de").url, guide.url):
        soup = BeautifulSoup(client.get(url).content, "html.parser")
        for image in soup.select("img"):
            assert image.has_attr("alt"), (url, image)
            assert image.get("width") and image.get("height"), (url, image)


@pytest.fixture
def drawing():
    canvas = PILImage.new("RGB", (1600, 900), "#0b5d4b")
    data = BytesIO()
    canvas.save(data, "JPEG")
    image = get_image_model()(
        title="Atelier",
        description="Six personnes autour d'un canevas affiché au mur",
        file=ImageFile(data, name="atelier.jpg"),
    )
    image.save()
    return image


def render_image_block(image, alt_text="", decorative=False):
    block = BodyBlock().child_blocks["image"]
    assert isinstance(block, ImageBlock)
    value = block.to_python({"image": image.pk, "alt_text": alt_text, "decorative": decorative})
    return BeautifulSoup(block.render(value), "html.parser")


def test_an_image_in_a_page_body_carries_the_editors_alt_text_in_three_widths(drawing):
    soup = render_image_block(drawing, alt_text="Un atelier de co-création au tableau")
    image = assert_responsive(soup.select_one("figure picture"))
    assert image["alt"] == "Un atelier de co-création au tableau"
    assert image["src"].endswith(".jpg"), "a photograph falls back to JPEG"
    assert len(image["srcset"].split(",")) == 3
    assert image["loading"] == "lazy"


def test_a_decorative_image_in_a_page_body_has_an_empty_alt(drawing):
    image = render_image_block(drawing, alt_text="", decorative=True).select_one("img")
    assert image["alt"] == ""

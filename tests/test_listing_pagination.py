"""Pagination of the guide index, the open-model index and the provider directory, as a visitor sees
it: each page shows the next items, the links keep the filters, a wrong page number gives a page
(never an error), and the counts are of every matching item, not of one page."""

import re
import unicodedata

import pytest
from bs4 import BeautifulSoup

from directory.models import Provider
from guides.models import GuideIndexPage, GuidePage
from showcase.models import OpenModelIndexPage, OpenModelPage, Sector
from toolpages.models import Audience, ToolPage

from .directory_factories import directory_page, make_provider
from .guides_factories import french, make_guide
from .showcase_factories import add_open_model

pytestmark = pytest.mark.django_db

PER_PAGE = 12


@pytest.fixture(autouse=True)
def render_every_request(settings):
    settings.PAGE_CACHE_SECONDS = 0


def soup_of(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


def pagination(soup):
    """(text of "Page N of M", href of rel=prev or None, href of rel=next or None)."""
    nav = soup.select_one("nav.pagination")
    if nav is None:
        return None, None, None
    prev_link, next_link = nav.select_one("a[rel=prev]"), nav.select_one("a[rel=next]")
    return (
        nav.select_one("[aria-current=page]").get_text(" ", strip=True),
        prev_link["href"] if prev_link else None,
        next_link["href"] if next_link else None,
    )


def walk(client, url, names):
    """Follow rel=next from `url` to the last page: [names on each page]."""
    pages = []
    while url:
        soup = soup_of(client, url)
        pages.append(names(soup))
        _current, _prev, next_href = pagination(soup)
        url = url.split("?")[0] + next_href if next_href else None
        assert len(pages) < 20, "the pages never end"
    return pages


# --- Guides ---------------------------------------------------------------------------------


def guide_titles(soup):
    return [link.get_text(strip=True) for link in soup.select(".card-grid .card__title a")]


@pytest.fixture
def many_guides(locales):
    tool = ToolPage.objects.live().filter(locale=locales["fr"]).first()
    audience = Audience.objects.filter(locale=locales["fr"]).order_by("pk").first()
    for number in range(PER_PAGE + 3):
        make_guide(locales, f"Fil rouge paginé {number:02d}", [tool], audience=audience)
    return audience


def test_guides_come_in_pages_that_together_list_every_guide_once(client, locales, many_guides):
    index = french(GuideIndexPage, locales)
    live = list(GuidePage.objects.child_of(index).live().order_by("path").values_list("title", flat=True))
    pages = walk(client, index.url, guide_titles)
    assert [len(page) for page in pages[:-1]] == [PER_PAGE] * (len(pages) - 1)
    assert [title for page in pages for title in page] == live
    first = soup_of(client, index.url)
    assert pagination(first) == (f"Page 1 sur {len(pages)}", None, "?page=2")


def test_the_guide_audience_filter_is_kept_from_page_to_page(client, locales, many_guides):
    index = french(GuideIndexPage, locales)
    url = f"{index.url}?audience={many_guides.slug}"
    pages = walk(client, url, guide_titles)
    listed = [title for page in pages for title in page]
    assert {f"Fil rouge paginé {number:02d}" for number in range(PER_PAGE + 3)} <= set(listed)
    assert len(listed) == GuidePage.objects.child_of(index).live().filter(audience=many_guides).count()
    second = soup_of(client, f"{url}&page=2")
    _current, prev_href, _next = pagination(second)
    assert prev_href == f"?audience={many_guides.slug}&page=1"
    assert second.select_one("select[name=audience] option[selected]")["value"] == many_guides.slug


@pytest.mark.parametrize(("number", "shown"), [("abc", 1), ("-3", "last"), ("0", "last"), ("999", "last"), ("", 1)])
def test_a_wrong_guide_page_number_gives_the_first_or_last_page(client, locales, many_guides, number, shown):
    index = french(GuideIndexPage, locales)
    last = len(walk(client, index.url, guide_titles))
    current, _prev, _next = pagination(soup_of(client, f"{index.url}?page={number}"))
    assert current == f"Page {last if shown == 'last' else shown} sur {last}"


# --- Open models ----------------------------------------------------------------------------


def model_titles(soup):
    return [link.get_text(strip=True) for link in soup.select(".model-card h3 a")]


def model_count(soup):
    return int(soup.select_one("#model-results-title").get_text(strip=True).split()[0])


@pytest.fixture
def many_models(locales):
    index = OpenModelIndexPage.objects.get(locale=locales["fr"])
    sector = Sector.objects.get(slug="energie", locale=locales["fr"])
    tool = ToolPage.objects.live().filter(locale=locales["fr"]).first()
    for number in range(PER_PAGE + 5):
        title, slug = f"Modèle paginé {number:02d}", f"modele-pagine-{number:02d}"
        add_open_model(index, title, slug, sector, [tool], number, country="FR").save_revision().publish()
    return index


def test_open_models_come_in_pages_with_the_count_of_every_match(client, many_models):
    url = many_models.url + "?place=FR"
    pages = walk(client, url, model_titles)
    expected = OpenModelPage.objects.child_of(many_models).live().filter(country="FR").count()
    assert len(pages) == 2
    assert [len(page) for page in pages] == [PER_PAGE, expected - PER_PAGE]
    assert len({title for page in pages for title in page}) == expected
    second = soup_of(client, url + "&page=2")
    assert model_count(second) == expected
    assert pagination(second) == ("Page 2 sur 2", "?place=FR&page=1", None)
    # The count of an option is of every model it gives, not of the page shown.
    place = second.select_one("select[name=place] option[value=FR]").get_text(strip=True)
    assert place == f"France ({expected})"


@pytest.mark.parametrize(("number", "shown"), [("abc", 1), ("-1", 2), ("999", 2), ("1.5", 1)])
def test_a_wrong_model_page_number_gives_the_first_or_last_page(client, many_models, number, shown):
    soup = soup_of(client, f"{many_models.url}?sector=energie&page={number}")
    assert pagination(soup)[0] == f"Page {shown} sur 2"
    assert model_titles(soup)


# --- The provider directory -----------------------------------------------------------------


def provider_names(soup):
    return [link.get_text(strip=True) for link in soup.select(".provider-card__name a")]


def provider_count(soup):
    return int(re.match(r"\d+", soup.select_one(".directory-results__count").get_text(strip=True)).group())


@pytest.fixture
def many_providers():
    for number in range(PER_PAGE + 2):
        make_provider(f"Élan paginé {number:02d}", regions=["CH-UR"], languages=["it"], kind="trainer")
    make_provider("Autre paginé", regions=["CH-UR"], languages=["de"], kind="trainer")


def test_directory_pages_keep_every_filter_and_count_every_match(client, many_providers):
    url = directory_page().url + "?region=CH-UR&language=it&kind=trainer"
    pages = walk(client, url, provider_names)
    assert pages == [
        [f"Élan paginé {number:02d}" for number in range(PER_PAGE)],
        [f"Élan paginé {number:02d}" for number in range(PER_PAGE, PER_PAGE + 2)],
    ]
    second = soup_of(client, url + "&page=2")
    assert provider_count(second) == PER_PAGE + 2
    assert pagination(second) == ("Page 2 sur 2", "?region=CH-UR&language=it&kind=trainer&page=1", None)
    languages = {
        option["value"]: option.get_text(strip=True) for option in second.select("select[name=language] option")
    }
    assert languages["it"].endswith(f"({PER_PAGE + 2})")
    assert languages["de"].endswith("(1)")  # what choosing German instead would give


def test_directory_names_are_in_alphabetical_order_across_pages_ignoring_accents(client, many_providers):
    make_provider("Ecole paginée", regions=["CH-UR"], languages=["it"], kind="trainer")
    names = [name for page in walk(client, directory_page().url + "?language=it", provider_names) for name in page]
    listed = sorted(
        Provider.objects.listed()
        .filter(locale__language_code="fr", languages__icontains='"it"')
        .values_list("name", flat=True),
        key=lambda name: unicodedata.normalize("NFKD", name.casefold()).encode("ascii", "ignore"),
    )
    assert names == listed
    assert names.index("Ecole paginée") < names.index("Élan paginé 00")


@pytest.mark.parametrize(("number", "shown"), [("abc", 1), ("-3", 2), ("999", 2), ("2", 2)])
def test_a_wrong_directory_page_number_gives_the_first_or_last_page(client, many_providers, number, shown):
    soup = soup_of(client, directory_page().url + f"?region=CH-UR&page={number}")
    assert pagination(soup)[0] == f"Page {shown} sur 2"

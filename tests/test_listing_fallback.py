"""Every language a whole site: a listing in German, Italian or English shows each item once, its
live translation or else its French version, marked as French (issue #22, point 1), and search does
the same after the results in the visitor's language (point 3). On the demo content."""

from urllib.parse import urljoin

from wagtail.models import Locale

import pytest
from bs4 import BeautifulSoup

from directory.models import DirectoryPage, Partner, PartnersPage, Provider
from guides.models import EventIndexPage, EventPage, GuideIndexPage, GuidePage, TrainingIndexPage, TrainingModulePage
from showcase.models import OpenModelIndexPage, OpenModelPage
from toolpages.models import Canvas, ToolIndexPage, ToolPage

pytestmark = pytest.mark.django_db

LABELS = {"de": "Nur auf Französisch", "it": "Solo in francese", "en": "French only"}
TRANSLATIONS = ["de", "it", "en"]


@pytest.fixture(autouse=True)
def render_every_request(settings):
    settings.PAGE_CACHE_SECONDS = 0


def soup_of(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


def cards(client, url):
    """{title: (marked French, the card)} of every card of a listing, page after page."""
    found = {}
    while url:
        soup = soup_of(client, url)
        for title in soup.select("main .card__title"):
            card = title.find_parent(["article", "li"])
            found[title.get_text(" ", strip=True)] = (title.get("lang") == "fr", card)
        following = soup.select_one('a[rel="next"]')
        url = urljoin(url, following["href"]) if following else None
    return found


def note_of(card):
    """The label under a card shown in French, or None."""
    note = card.select_one(".source-language-note .source-language")
    return note.get_text(strip=True) if note else None


def expected_items(model, language):
    """{title: shown in French} of what a listing of `model` pages in `language` must show."""
    pages = model.objects.live().public()
    french = pages.filter(locale__language_code="fr")
    translated = {page.translation_key: page.title for page in pages.filter(locale__language_code=language)}
    return {translated.get(page.translation_key, page.title): page.translation_key not in translated for page in french}


def index_url(model, language):
    return model.objects.get(locale__language_code=language).url


@pytest.mark.parametrize("language", TRANSLATIONS)
@pytest.mark.parametrize(
    ("index", "model"),
    [
        (ToolIndexPage, ToolPage),
        (GuideIndexPage, GuidePage),
        (OpenModelIndexPage, OpenModelPage),
        (TrainingIndexPage, TrainingModulePage),
    ],
    ids=["library", "guides", "models", "training"],
)
def test_a_listing_offers_every_french_item_translated_or_marked(client, index, model, language):
    shown = cards(client, index_url(index, language))
    expected = expected_items(model, language)
    assert {title: marked for title, (marked, _card) in shown.items()} == expected
    assert any(expected.values()), "the demo has items not translated yet"
    for marked, card in shown.values():
        assert note_of(card) == (LABELS[language] if marked else None)


@pytest.mark.parametrize("language", TRANSLATIONS)
def test_the_library_counts_what_it_lists(client, language):
    soup = soup_of(client, index_url(ToolIndexPage, language))
    french_count = ToolPage.objects.live().public().filter(locale__language_code="fr").count()
    heading = soup.select_one("#results-title").get_text(" ", strip=True)
    assert heading.split()[0] == str(french_count)


@pytest.mark.parametrize("language", TRANSLATIONS)
def test_a_canvas_lists_the_same_tools_in_every_language(client, language):
    """The Valeurs canvas (the centre of the method) leads to as many tools as in French."""
    french = Canvas.objects.get(locale__language_code="fr", slug="valeurs")
    canvas = Canvas.objects.get(locale__language_code=language, translation_key=french.translation_key)
    tools = ToolPage.objects.live().public().filter(locale__language_code="fr", canvas=french)
    shown = cards(client, f"{index_url(ToolIndexPage, language)}?canvas={canvas.slug}")
    assert len(shown) == tools.count() > 0
    soup = soup_of(client, index_url(ToolIndexPage, language))
    option = soup.select_one(f'input[name="canvas"][value="{canvas.slug}"]')
    label = soup.select_one(f'label[for="{option["id"]}"]').get_text(" ", strip=True)
    assert f"({tools.count()} " in label


def test_a_french_only_tool_card_offers_to_translate_it(client):
    shown = cards(client, index_url(ToolIndexPage, "it"))
    marked, card = next(value for value in shown.values() if value[0])
    offer = card.find("a", string="Offrire una traduzione")
    assert offer is not None
    form = soup_of(client, offer["href"])
    assert form.select_one('input[name="target_language"][value="it"]') is not None


def test_german_events_and_the_home_page_show_french_events_marked(client):
    german_events = cards(client, index_url(EventIndexPage, "de"))
    french_only = (
        EventPage.objects.live()
        .filter(locale__language_code="fr")
        .exclude(
            translation_key__in=EventPage.objects.live().filter(locale__language_code="de").values("translation_key")
        )
    )
    assert french_only.exists()
    for event in french_only:
        marked, card = german_events[event.title]
        assert marked
        assert note_of(card) == LABELS["de"]
    home = soup_of(client, "/de/")
    titles = {title.get_text(strip=True): title.get("lang") for title in home.select("#events-title ~ article h3")}
    assert titles, "the German home page shows upcoming events"
    assert set(titles.values()) <= {"fr", None}


@pytest.mark.parametrize("language", TRANSLATIONS)
def test_the_directory_and_partners_show_french_entries_marked(client, language):
    locale = Locale.objects.get(language_code=language)
    providers = soup_of(client, DirectoryPage.objects.get(locale=locale).url)
    translated = set(Provider.objects.filter(locale=locale).values_list("translation_key", flat=True))
    french_only = [
        provider.name
        for provider in Provider.objects.listed().filter(locale__language_code="fr")
        if provider.translation_key not in translated
    ]
    for card in providers.select(".provider-card"):
        name = card.select_one(".provider-card__name").get_text(strip=True)
        assert note_of(card) == (LABELS[language] if name in french_only else None), name
    partners = soup_of(client, PartnersPage.objects.get(locale=locale).url)
    translated = set(Partner.objects.filter(locale=locale, live=True).values_list("translation_key", flat=True))
    for card in partners.select(".partner-card"):
        partner = Partner.objects.get(translation_key=card["id"].removeprefix("partner-"), locale__language_code="fr")
        assert note_of(card) == (LABELS[language] if partner.translation_key not in translated else None)


def test_italian_search_shows_italian_results_first_then_french_ones_marked(client):
    soup = soup_of(client, "/it/search/?q=canevas")
    titles = soup.select(".result__title")
    assert titles
    marks = [title.get("lang") == "fr" for title in titles]
    assert marks == sorted(marks), "French results come after the Italian ones"
    assert any(marks)
    for title in titles:
        result = title.find_parent("li") or title.parent
        assert note_of(result) == (LABELS["it"] if title.get("lang") == "fr" else None)


def test_german_search_finds_a_french_only_tool_by_its_canvas_facet(client):
    german_tools = ToolPage.objects.live().filter(locale__language_code="de").values("translation_key")
    tool = (
        ToolPage.objects.live()
        .filter(locale__language_code="fr")
        .exclude(canvas=None)
        .exclude(translation_key__in=german_tools)
        .order_by("title")
        .first()
    )
    german = Canvas.objects.get(locale__language_code="de", translation_key=tool.canvas.translation_key)
    soup = soup_of(client, f"/de/search/?q={tool.title.split()[0]}&canvas={german.slug}")
    titles = {title.get_text(" ", strip=True): title.get("lang") for title in soup.select(".result__title")}
    assert titles.get(tool.title) == "fr"

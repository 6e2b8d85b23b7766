"""Every language a whole site: a listing in German, Italian or English shows each item once, its
live translation or else its French version, marked as French (issue #22, point 1), and search does
the same after the results in the visitor's language (point 3).

Each test builds the items it looks for (`tests.factories`): one translated, one left in French; the
rest of each listing is the demo's, and the whole listing is still checked against the database."""

from urllib.parse import urljoin

from wagtail.models import Locale

import pytest
from bs4 import BeautifulSoup

from directory.models import DirectoryPage, Partner, PartnersPage, Provider
from guides.models import EventIndexPage, EventPage, GuideIndexPage, GuidePage, TrainingIndexPage, TrainingModulePage
from showcase.models import OpenModelIndexPage, OpenModelPage
from toolpages.models import ToolIndexPage, ToolPage

from .factories import (
    CanvasFactory,
    EventPageFactory,
    GuidePageFactory,
    OpenModelPageFactory,
    PartnerFactory,
    ProviderFactory,
    ToolPageFactory,
    TrainingModulePageFactory,
    translate,
)

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


def built_pair(page_factory, language):
    """Two French items: one translated into `language` (its translation), one left in French."""
    translated = page_factory(title="Élément d'essai traduit")
    french_only = page_factory(title="Élément d'essai resté en français")
    return translate(translated, language, title=f"Test item in {language}"), french_only


@pytest.mark.parametrize("language", TRANSLATIONS)
@pytest.mark.parametrize(
    ("index", "model", "page_factory"),
    [
        (ToolIndexPage, ToolPage, ToolPageFactory),
        (GuideIndexPage, GuidePage, GuidePageFactory),
        (OpenModelIndexPage, OpenModelPage, OpenModelPageFactory),
        (TrainingIndexPage, TrainingModulePage, TrainingModulePageFactory),
    ],
    ids=["library", "guides", "models", "training"],
)
def test_a_listing_offers_every_french_item_translated_or_marked(client, index, model, page_factory, language):
    translation, french_only = built_pair(page_factory, language)
    shown = cards(client, index_url(index, language))
    assert shown[translation.title][0] is False
    assert note_of(shown[translation.title][1]) is None
    assert "Élément d'essai traduit" not in shown  # each item once, in the visitor's language
    assert shown[french_only.title][0] is True
    assert note_of(shown[french_only.title][1]) == LABELS[language]
    assert {title: marked for title, (marked, _card) in shown.items()} == expected_items(model, language)
    for marked, card in shown.values():
        assert note_of(card) == (LABELS[language] if marked else None)


@pytest.mark.parametrize("language", TRANSLATIONS)
def test_the_library_counts_what_it_lists(client, language):
    def announced():
        soup = soup_of(client, index_url(ToolIndexPage, language))
        return int(soup.select_one("#results-title").get_text(" ", strip=True).split()[0])

    before = announced()
    built_pair(ToolPageFactory, language)
    french_count = ToolPage.objects.live().public().filter(locale__language_code="fr").count()
    assert announced() == before + 2 == french_count


@pytest.mark.parametrize("language", TRANSLATIONS)
def test_a_canvas_lists_the_same_tools_in_every_language(client, language):
    """A canvas leads to as many tools in every language as in French, translated or not."""
    french = CanvasFactory(name="Canevas d'essai")
    canvas = translate(french, language, name=f"Test canvas in {language}")
    translated = ToolPageFactory(canvas=french)
    translate(translated, language)
    ToolPageFactory(canvas=french)
    shown = cards(client, f"{index_url(ToolIndexPage, language)}?canvas={canvas.slug}")
    assert len(shown) == 2
    assert sorted(marked for marked, _card in shown.values()) == [False, True]
    soup = soup_of(client, index_url(ToolIndexPage, language))
    option = soup.select_one(f'input[name="canvas"][value="{canvas.slug}"]')
    label = soup.select_one(f'label[for="{option["id"]}"]').get_text(" ", strip=True)
    assert label.startswith(f"Test canvas in {language} (2 ")


def test_a_french_only_tool_card_offers_to_translate_it(client):
    tool = ToolPageFactory(title="Outil d'essai à traduire")
    soup = soup_of(client, index_url(ToolIndexPage, "it") + "?sort=newest")
    card = next(title for title in soup.select("main .card__title") if title.get_text(strip=True) == tool.title)
    assert card.get("lang") == "fr"
    offer = card.find_parent("article").find("a", string="Offrire una traduzione")
    assert offer is not None
    form = soup_of(client, offer["href"])
    assert form.select_one('input[name="target_language"][value="it"]') is not None


def test_german_events_and_the_home_page_show_french_events_marked(client):
    translated, french_only = built_pair(EventPageFactory, "de")
    german_events = cards(client, index_url(EventIndexPage, "de"))
    assert german_events[translated.title][0] is False
    assert note_of(german_events[translated.title][1]) is None
    french_only_events = (
        EventPage.objects.live()
        .filter(locale__language_code="fr")
        .exclude(
            translation_key__in=EventPage.objects.live().filter(locale__language_code="de").values("translation_key")
        )
    )
    assert french_only in french_only_events
    for event in french_only_events:
        marked, card = german_events[event.title]
        assert marked
        assert note_of(card) == LABELS["de"]
    home = soup_of(client, "/de/")
    titles = {title.get_text(strip=True): title.get("lang") for title in home.select("#events-title ~ article h3")}
    assert titles, "the German home page shows upcoming events"
    assert set(titles.values()) <= {"fr", None}


@pytest.mark.parametrize("language", TRANSLATIONS)
def test_the_directory_and_partners_show_french_entries_marked(client, language):
    translated = translate(ProviderFactory(name="Prestataire d'essai traduit"), language)
    french_only = ProviderFactory(name="Prestataire d'essai en français")
    locale = Locale.objects.get(language_code=language)
    providers = soup_of(client, DirectoryPage.objects.get(locale=locale).url)
    translated_keys = set(Provider.objects.filter(locale=locale).values_list("translation_key", flat=True))
    french_only_names = [
        provider.name
        for provider in Provider.objects.listed().filter(locale__language_code="fr")
        if provider.translation_key not in translated_keys
    ]
    assert french_only.name in french_only_names
    names = []
    for card in providers.select(".provider-card"):
        name = card.select_one(".provider-card__name").get_text(strip=True)
        names.append(name)
        assert note_of(card) == (LABELS[language] if name in french_only_names else None), name
    assert {translated.name, french_only.name} <= set(names)

    translated = translate(PartnerFactory(name="Partenaire d'essai traduit"), language)
    french_only = PartnerFactory(name="Partenaire d'essai en français")
    partners = soup_of(client, PartnersPage.objects.get(locale=locale).url)
    translated_keys = set(Partner.objects.filter(locale=locale, live=True).values_list("translation_key", flat=True))
    shown = set()
    for card in partners.select(".partner-card"):
        partner = Partner.objects.get(translation_key=card["id"].removeprefix("partner-"), locale__language_code="fr")
        shown.add(partner.translation_key)
        assert note_of(card) == (LABELS[language] if partner.translation_key not in translated_keys else None)
    assert {translated.translation_key, french_only.translation_key} <= shown
    assert note_of(partners.select_one(f"#partner-{french_only.translation_key}")) == LABELS[language]
    assert note_of(partners.select_one(f"#partner-{translated.translation_key}")) is None


def test_italian_search_shows_italian_results_first_then_french_ones_marked(client):
    translate(ToolPageFactory(title="Quokkamodello d'essai"), "it", title="Quokkamodello in italiano")
    ToolPageFactory(title="Quokkamodello resté en français")
    soup = soup_of(client, "/it/search/?q=quokkamodello")
    titles = soup.select(".result__title")
    shown = {title.get_text(" ", strip=True): title.get("lang") for title in titles}
    assert shown == {"Quokkamodello in italiano": None, "Quokkamodello resté en français": "fr"}
    marks = [title.get("lang") == "fr" for title in titles]
    assert marks == sorted(marks), "French results come after the Italian ones"
    for title in titles:
        result = title.find_parent("li") or title.parent
        assert note_of(result) == (LABELS["it"] if title.get("lang") == "fr" else None)


def test_german_search_finds_a_french_only_tool_by_its_canvas_facet(client):
    canvas = CanvasFactory(name="Canevas d'essai")
    german = translate(canvas, "de", name="Versuchsleinwand")
    tool = ToolPageFactory(title="Quokkaoutil d'essai", canvas=canvas)
    ToolPageFactory(title="Quokkaoutil d'un autre canevas")
    soup = soup_of(client, f"/de/search/?q=quokkaoutil&canvas={german.slug}")
    titles = {title.get_text(" ", strip=True): title.get("lang") for title in soup.select(".result__title")}
    assert titles == {tool.title: "fr"}

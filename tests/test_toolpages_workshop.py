"""“Mon atelier”: a visitor chooses tools in a GET form or from the library's cards and sheets, and gets a
timed agenda with breaks, what to print, a facilitation pack and an address that keeps the choice in
order; in each language, with the tools not yet translated shown in French and said so."""

import pytest
from bs4 import BeautifulSoup

from toolpages.models import ToolPage, WorkshopPage

pytestmark = pytest.mark.django_db

WORKSHOP_URLS = {
    "fr": "/fr/outils/mon-atelier/",
    "de": "/de/werkzeuge/mein-workshop/",
    "it": "/it/strumenti/il-mio-workshop/",
    "en": "/en/tools/my-workshop/",
}
# French tools of the demo, the first two also live in German.
CANVAS, TREE, PESTEL, WHYS = "canevas-modele-affaires-social", "arbre-de-problemes", "analyse-pestel", "cinq-pourquoi"


def soup_of(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def text_of(soup):
    return " ".join(soup.get_text(" ").split())


def french_tool(locales, slug):
    return ToolPage.objects.get(slug=slug, locale=locales["fr"])


def set_durations(locales, durations):
    """Give these French tools (by slug) and their translations a duration in minutes."""
    for slug, minutes in durations.items():
        key = french_tool(locales, slug).translation_key
        ToolPage.objects.filter(translation_key=key).update(duration_minutes=minutes)


def agenda_rows(soup):
    """(time, what, duration) of each row of the agenda, in order."""
    rows = []
    for row in soup.select("table.workshop-agenda tbody tr"):
        cells = row.find_all(["td", "th"])
        rows.append(tuple(" ".join(cell.get_text(" ").split()) for cell in cells[:3]))
    return rows


def agenda_titles(soup):
    return [link.get_text(strip=True) for link in soup.select("table.workshop-agenda tbody th a")]


# --- Where it lives and how it is reached ---------------------------------------------------


@pytest.mark.parametrize("language", WORKSHOP_URLS)
def test_the_workshop_page_exists_in_every_language_and_the_library_links_it(client, locales, language):
    page = WorkshopPage.objects.live().get(locale=locales[language])
    assert page.url == WORKSHOP_URLS[language]
    soup = soup_of(client.get(WORKSHOP_URLS[language]))
    assert soup.find("h1").get_text(strip=True) == page.title
    library = soup_of(client.get(page.get_parent().url))
    assert library.select_one(f"[data-workshop-bar] a[href='{WORKSHOP_URLS[language]}']") is not None


def test_every_card_and_every_sheet_offers_to_add_its_tool(client, locales):
    library = soup_of(client.get("/fr/outils/"))
    cards = library.select(".tool-card")
    assert cards
    for card in cards:
        link = card.select_one(".tool-card__workshop a")
        assert link.get_text(" ", strip=True).startswith("Ajouter à mon atelier")
        assert link["href"] == f"{WORKSHOP_URLS['fr']}?tools={link['data-workshop-add']}"
    sheet = soup_of(client.get(french_tool(locales, TREE).url))
    link = sheet.find("a", string="Ajouter à mon atelier")
    assert link["href"] == f"{WORKSHOP_URLS['fr']}?tools={TREE}"
    assert "Durée en atelier" in text_of(sheet)


# --- The GET form -----------------------------------------------------------------------------


def test_the_form_lists_every_tool_to_tick_and_sends_the_choice_by_get(client, locales):
    soup = soup_of(client.get(WORKSHOP_URLS["fr"]))
    form = soup.select_one(".workshop__choose form")
    assert form["method"] == "get" and form["action"] == WORKSHOP_URLS["fr"]
    offered = {box["value"] for box in form.select("input[type=checkbox][name=tools]")}
    live = set(ToolPage.objects.live().filter(locale=locales["fr"]).values_list("slug", flat=True))
    assert offered == live
    assert form.select_one("select[name=canvas]") and form.select_one("select[name=phase]")


def test_the_form_filters_by_canvas_and_phase_and_keeps_what_is_chosen(client, locales):
    strategy = ToolPage.objects.live().filter(locale=locales["fr"], canvas__slug="strategie")
    soup = soup_of(client.get(WORKSHOP_URLS["fr"] + f"?canvas=strategie&tools={CANVAS}"))
    offered = {box["value"] for box in soup.select(".workshop__candidates input[name=tools]")}
    assert offered == set(strategy.values_list("slug", flat=True)) - {CANVAS}
    chosen = soup.select(".workshop__chosen input[name=tools]")
    assert [(box["value"], box.has_attr("checked")) for box in chosen] == [(CANVAS, True)]

    curiosity = ToolPage.objects.live().filter(locale=locales["fr"], phases__slug="curiosite").distinct()
    soup = soup_of(client.get(WORKSHOP_URLS["fr"] + "?phase=curiosite"))
    offered = {box["value"] for box in soup.select(".workshop__candidates input[name=tools]")}
    assert offered == set(curiosity.values_list("slug", flat=True))


# --- The agenda ----------------------------------------------------------------------------------


def test_the_agenda_times_each_tool_with_a_break_after_ninety_minutes_and_the_total(client, locales):
    set_durations(locales, {CANVAS: 100, TREE: 45, PESTEL: 50, WHYS: 30})
    soup = soup_of(client.get(WORKSHOP_URLS["fr"] + f"?tools={CANVAS},{TREE},{PESTEL},{WHYS}"))
    titles = {slug: french_tool(locales, slug).title for slug in (CANVAS, TREE, PESTEL, WHYS)}
    assert agenda_rows(soup) == [
        ("09:00–10:40", titles[CANVAS], "1 h 40 min"),
        ("10:40–10:55", "Pause", "15 min"),
        ("10:55–11:40", titles[TREE], "45 min"),
        ("11:40–12:30", titles[PESTEL], "50 min"),
        ("12:30–12:45", "Pause", "15 min"),
        ("12:45–13:15", titles[WHYS], "30 min"),
    ]
    total = " ".join(soup.select_one("table.workshop-agenda tfoot").get_text(" ").split())
    assert total == "Total 4 h 15 min (3 h 45 min de travail, 30 min de pauses)"
    assert "Programme : 09:00 à 13:15, 4 h 15 min en tout" in text_of(soup.find("caption"))


def test_the_agenda_starts_when_asked_and_ignores_a_start_that_is_no_time(client, locales):
    set_durations(locales, {CANVAS: 60, TREE: 30})
    rows = agenda_rows(soup_of(client.get(WORKSHOP_URLS["fr"] + f"?tools={CANVAS},{TREE}&start=13:30")))
    assert [row[0] for row in rows] == ["13:30–14:30", "14:30–15:00"]
    for start in ("25:99", "9h", "<script>", "0" * 500):
        rows = agenda_rows(soup_of(client.get(WORKSHOP_URLS["fr"] + f"?tools={CANVAS}&start={start}")))
        assert rows[0][0] == "09:00–10:00"


def test_a_tool_without_a_duration_is_listed_and_left_out_of_the_total(client, locales):
    set_durations(locales, {CANVAS: 60})
    ToolPage.objects.filter(translation_key=french_tool(locales, TREE).translation_key).update(duration_minutes=None)
    soup = soup_of(client.get(WORKSHOP_URLS["fr"] + f"?tools={TREE},{CANVAS}"))
    rows = agenda_rows(soup)
    assert rows[0][0] == "09:00–10:00" and rows[1] == (
        "–",
        french_tool(locales, TREE).title,
        "durée non indiquée sur la fiche",
    )
    assert "1 outil n'a pas de durée sur sa fiche" in text_of(soup)


# --- The address keeps the choice -------------------------------------------------------------


@pytest.mark.parametrize("query", [f"?tools={PESTEL},{CANVAS},{TREE}", f"?tools={PESTEL}&tools={CANVAS}&tools={TREE}"])
def test_the_address_keeps_the_tools_in_their_order(client, locales, query):
    soup = soup_of(client.get(WORKSHOP_URLS["fr"] + query))
    titles = [french_tool(locales, slug).title for slug in (PESTEL, CANVAS, TREE)]
    assert agenda_titles(soup) == titles
    share = soup.select_one("#workshop-address")["value"]
    assert share.endswith(f"{WORKSHOP_URLS['fr']}?tools={PESTEL},{CANVAS},{TREE}")
    chosen = [box["value"] for box in soup.select(".workshop__chosen input[name=tools][checked]")]
    assert chosen == [PESTEL, CANVAS, TREE]
    # The shared address gives the same workshop.
    assert agenda_titles(soup_of(client.get(share))) == titles


def test_a_tool_moves_up_down_and_out_by_links(client, locales):
    soup = soup_of(client.get(WORKSHOP_URLS["fr"] + f"?tools={PESTEL},{CANVAS},{TREE}"))
    canvas_title = french_tool(locales, CANVAS).title
    links = {link.get_text(" ", strip=True): link["href"] for link in soup.select(".workshop-reorder a")}
    assert links[f"Monter : {canvas_title}"] == f"{WORKSHOP_URLS['fr']}?tools={CANVAS},{PESTEL},{TREE}"
    assert links[f"Descendre : {canvas_title}"] == f"{WORKSHOP_URLS['fr']}?tools={PESTEL},{TREE},{CANVAS}"
    assert links[f"Retirer : {canvas_title}"] == f"{WORKSHOP_URLS['fr']}?tools={PESTEL},{TREE}"


def test_the_choice_lives_in_the_address_only(client):
    response = client.get(WORKSHOP_URLS["fr"] + f"?tools={CANVAS},{TREE}")
    assert response.status_code == 200
    assert not response.cookies
    assert client.get(WORKSHOP_URLS["fr"]).status_code == 200
    assert 'data-workshop-choice="[]"' in client.get(WORKSHOP_URLS["fr"]).content.decode()


# --- Unknown tools, too many tools, hostile addresses --------------------------------------------


@pytest.mark.parametrize(
    ("language", "note"),
    [
        ("fr", "2 outils de l'adresse ne sont pas dans la bibliothèque et ont été laissés de côté"),
        ("de", "2 Werkzeuge der Adresse sind nicht in der Bibliothek und wurden weggelassen"),
        ("en", "2 tools of the address are not in the library and were left out"),
    ],
)
def test_unknown_tools_are_left_out_with_a_note_in_the_visitors_language(client, language, note):
    url = WORKSHOP_URLS[language] + f"?tools=outil-inconnu,{CANVAS},<script>alert(1)</script>"
    response = client.get(url)
    soup = soup_of(response)
    assert note in text_of(soup.select_one(".workshop__notes"))
    assert "outil-inconnu" in text_of(soup.select_one(".workshop__notes"))
    assert "<script>alert(1)" not in response.content.decode()
    assert len(agenda_titles(soup)) == 1


def test_more_than_twelve_tools_keeps_the_first_twelve_and_says_so(client, locales):
    slugs = list(ToolPage.objects.live().filter(locale=locales["fr"]).order_by("path").values_list("slug", flat=True))
    soup = soup_of(client.get(WORKSHOP_URLS["fr"] + "?tools=" + ",".join(slugs[:14])))
    assert len(soup.select(".workshop__chosen input[name=tools]")) == 12
    assert (
        "Un atelier compte au plus 12 outils : les 2 derniers outils de l'adresse ont été laissés de côté."
        in text_of(soup)
    )
    share = soup.select_one("#workshop-address")["value"]
    assert share.endswith("?tools=" + ",".join(slugs[:12]))


def test_an_address_of_any_length_gets_a_page(client):
    response = client.get(WORKSHOP_URLS["fr"] + "?tools=" + ",".join(f"x{number}" * 30 for number in range(400)))
    soup = soup_of(response)
    assert "ne sont pas dans la bibliothèque" in text_of(soup)
    assert client.get(WORKSHOP_URLS["fr"] + "pack/?tools=" + "a" * 5000).status_code == 302  # too long to be a slug
    pack = soup_of(client.get(WORKSHOP_URLS["fr"] + "pack/?tools=outil-inconnu"))
    assert "1 outil de l'adresse n'est pas dans la bibliothèque" in text_of(pack)
    assert not pack.select("article.tool-sheet")


# --- Languages ------------------------------------------------------------------------------------


def test_the_german_page_shows_german_tools_and_marks_those_only_in_french(client, locales):
    tree_de = french_tool(locales, TREE).get_translation(locales["de"])
    pestel = french_tool(locales, PESTEL)
    assert not pestel.has_translation(locales["de"])
    # A German slug and a French slug of a translated tool both give the German tool.
    soup = soup_of(client.get(WORKSHOP_URLS["de"] + f"?tools={tree_de.slug},{PESTEL},{CANVAS}"))
    links = soup.select("table.workshop-agenda tbody th a")
    german = links[0]
    assert german.get_text(strip=True) == tree_de.title and not german.has_attr("lang")
    assert german["href"] == tree_de.url
    french = links[1]
    assert french.get_text(strip=True) == pestel.title and french["lang"] == "fr"
    assert "Nur auf Französisch" in french.parent.get_text()
    canvas_de = french_tool(locales, CANVAS).get_translation(locales["de"])
    assert links[2].get_text(strip=True) == canvas_de.title

    # The list to choose from: German where translated, else French, marked.
    labels = {box["value"]: box.find_next("label") for box in soup.select(".workshop__candidates input[name=tools]")}
    french_only = [label for label in labels.values() if label.find("span", lang="fr") is not None]
    assert french_only and all("Nur auf Französisch" in label.get_text() for label in french_only)
    german_titles = set(ToolPage.objects.live().filter(locale=locales["de"]).values_list("title", flat=True))
    shown = {label.find("span").get_text(strip=True) for label in labels.values()}
    assert german_titles - {tree_de.title, canvas_de.title} <= shown


@pytest.mark.parametrize(("language", "label"), [("it", "Solo in francese"), ("en", "French only")])
def test_french_only_tools_are_marked_in_each_language(client, locales, language, label):
    soup = soup_of(client.get(WORKSHOP_URLS[language] + f"?tools={PESTEL}"))
    link = soup.select_one("table.workshop-agenda tbody a")
    assert link["lang"] == "fr" and label in link.parent.get_text()


# --- What to print, and the pack ----------------------------------------------------------------


def test_the_page_lists_each_tools_templates_to_print(client, locales):
    soup = soup_of(client.get(WORKSHOP_URLS["fr"] + f"?tools={CANVAS},{TREE}"))
    materials = soup.select_one(".workshop__materials")
    for slug in (CANVAS, TREE):
        tool = french_tool(locales, slug)
        for instrument in tool.instruments.select_related("document"):
            assert materials.find("a", href=instrument.document.url) is not None


def test_the_pack_holds_the_chosen_sheets_in_order_with_their_templates(client, locales):
    soup = soup_of(client.get(WORKSHOP_URLS["fr"] + f"?tools={PESTEL},{CANVAS},{TREE}"))
    pack_url = soup.find("a", string="Dossier d'animation à imprimer")["href"]
    assert pack_url == f"{WORKSHOP_URLS['fr']}pack/?tools={PESTEL},{CANVAS},{TREE}"
    pack = soup_of(client.get(pack_url))
    sheets = pack.select("article.tool-sheet")
    tools = [french_tool(locales, slug) for slug in (PESTEL, CANVAS, TREE)]
    assert [sheet.select_one(".tool-sheet__title").get_text(" ", strip=True) for sheet in sheets] == [
        f"Fiche\xa0: {tool.title}" for tool in tools
    ]
    for sheet, tool in zip(sheets, tools, strict=True):
        assert tool.summary in sheet.get_text()
        document = tool.instruments.first().document
        assert sheet.find("a", href=document.url) is not None
    assert agenda_titles(pack) == [tool.title for tool in tools]
    # Every choice names the workshop page as canonical: search engines keep one page, not one per choice.
    assert pack.find("link", rel="canonical")["href"].endswith(WORKSHOP_URLS["fr"])
    assert soup.find("link", rel="canonical")["href"].endswith(WORKSHOP_URLS["fr"])


def test_the_german_pack_marks_the_sheets_only_in_french(client, locales):
    pack = soup_of(client.get(WORKSHOP_URLS["de"] + f"pack/?tools={PESTEL}"))
    sheet = pack.select_one("article.tool-sheet")
    assert sheet.select_one(".tool-sheet__title span[lang=fr]").get_text() == french_tool(locales, PESTEL).title
    assert sheet.find("h4").get_text() == "Das Werkzeug in Kürze"
    assert not sheet.find("h4").find_parents(attrs={"lang": "fr"})


def test_a_pack_without_tools_leads_back_to_the_workshop(client):
    response = client.get(WORKSHOP_URLS["fr"] + "pack/")
    assert response.status_code == 302 and response["Location"] == WORKSHOP_URLS["fr"]


def test_every_demo_tool_has_a_duration_in_every_language(locales):
    assert not ToolPage.objects.filter(duration_minutes__isnull=True).exists()
    assert ToolPage.objects.filter(locale=locales["de"]).exists()

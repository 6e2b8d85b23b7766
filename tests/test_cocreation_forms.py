"""The public co-creation forms of the tool library: propose a tool; on a sheet, suggest a revision,
share a usage example, offer a translation. Stored first, in the visitor's language, for GT Production."""

from django.core import mail

from wagtail.models import Locale

import pytest
from bs4 import BeautifulSoup

from sbm_site.contributions.models import Contribution
from toolpages.models import ToolIndexPage, ToolPage

pytestmark = pytest.mark.django_db

PRODUCTION_ADDRESS = "production@socialbusinessmodels.example"
SHEET_FORM_SLUGS = {
    "revision": {"fr": "suggerer-une-revision", "de": "ueberarbeitung-vorschlagen"},
    "example": {"fr": "partager-un-exemple", "de": "beispiel-teilen"},
    "translation": {"fr": "proposer-une-traduction", "de": "uebersetzung-anbieten"},
}
PROPOSAL_SLUGS = {"fr": "proposer-un-outil", "de": "werkzeug-vorschlagen"}
IDENTITY_FIELDS = ("name", "email", "organisation")

# What each form asks besides the identity (no form asks for consent, #24), with a valid answer, and the kind it stores.
ANSWERS = {
    "proposal": (
        "tool-proposal",
        {
            "tool_name": "Carte des communs",
            "message": "Repérer les ressources partagées d'un quartier avant de lancer un projet.",
            "canvas": "modele-d-affaires",
            "phase": "curiosite",
            "lineage": "Elinor Ostrom (1990)",
        },
    ),
    "revision": ("tool-revision", {"part": "risks", "message": "Ajouter le risque de confondre causes et effets."}),
    "example": (
        "tool-example",
        {
            "organisation_type": "Coopérative d'habitation",
            "country": "Suisse",
            "context": "Une coopérative de 40 logements qui veut ouvrir un café de quartier.",
            "message": "Nous avons construit l'arbre avec les habitantes en deux soirées.",
            "outcome": "Trois causes prioritaires et un projet de café porté par un groupe de six personnes.",
        },
    ),
    "translation": ("tool-translation", {"target_language": "it", "message": "Traductrice jurée, ESS au Tessin."}),
}


@pytest.fixture
def tool(problem_tree):
    return problem_tree


def form_url(key, tool, language="fr"):
    if key == "proposal":
        library = ToolIndexPage.objects.get(locale__language_code=language)
        return library.url + PROPOSAL_SLUGS[language] + "/"
    page = tool.get_translation(Locale.objects.get(language_code=language))
    return page.url + SHEET_FORM_SLUGS[key][language] + "/"


def submission(key, form_started, **changes):
    data = {
        "name": "Ada Exemple",
        "email": "ada@example.org",
        "organisation": "Atelier d'exemple",
        "website": "",
        "started": form_started(),
        **ANSWERS[key][1],
    }
    data.update(changes)
    return data


def soup_of(response):
    return BeautifulSoup(response.content, "html.parser")


def test_the_library_and_every_sheet_link_to_their_forms(client, tool):
    library = soup_of(client.get("/fr/outils/"))
    links = {link["href"] for link in library.select("main a[href]")}
    assert "/fr/outils/proposer-un-outil/" in links
    assert "/fr/outils/outils-en-consultation/" in links
    sheet = soup_of(client.get(tool.url))
    links = {link["href"] for link in sheet.select("main .tool-contribute a[href]")}
    assert links == {tool.url + SHEET_FORM_SLUGS[key]["fr"] + "/" for key in SHEET_FORM_SLUGS}


@pytest.mark.parametrize("key", ANSWERS)
def test_each_form_asks_only_what_its_kind_needs(client, tool, key):
    form = soup_of(client.get(form_url(key, tool))).select_one("main form[method=post]")
    names = {field["name"] for field in form.select("[name]") if field.name in ("input", "textarea", "select")}
    expected = {*ANSWERS[key][1], *IDENTITY_FIELDS, "website", "started", "csrfmiddlewaretoken"}
    assert names == expected
    assert form.select_one("input[name=website]").find_parent(attrs={"aria-hidden": "true"}) is not None
    for field in form.select("input:not([type=hidden]), textarea, select"):
        if field["name"] != "website":
            assert form.select_one(f"label[for={field['id']}]") is not None, field["name"]


@pytest.mark.parametrize("key", ANSWERS)
def test_a_valid_submission_is_stored_for_gt_production_and_the_visitor_thanked(client, tool, form_started, key):
    url = form_url(key, tool)
    response = client.post(url, submission(key, form_started))
    assert response.status_code == 302
    assert response["Location"] == url + "?sent=1"
    kind, answers = ANSWERS[key]
    contribution = Contribution.objects.get(email="ada@example.org")
    assert (contribution.kind, contribution.status, contribution.language) == (kind, Contribution.Status.NEW, "fr")
    assert contribution.name == "Ada Exemple" and contribution.organisation == "Atelier d'exemple"
    assert contribution.message == answers["message"]
    assert contribution.details == {field: value for field, value in answers.items() if field != "message"}
    expected_page = ToolIndexPage.objects.get(locale=tool.locale) if key == "proposal" else tool
    assert contribution.page_id == expected_page.pk
    assert len(mail.outbox) == 1 and PRODUCTION_ADDRESS in mail.outbox[0].to
    assert "ada@example.org" not in mail.outbox[0].to
    thanks = soup_of(client.get(response["Location"]))
    assert thanks.select_one("main [role=status]") is not None
    assert thanks.select_one("main form[method=post]") is None


class BrokenMailBackend:
    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise ConnectionRefusedError("the mail server is down")


@pytest.mark.parametrize("key", ANSWERS)
def test_a_broken_mail_server_loses_nothing_and_shows_no_error(client, settings, tool, form_started, key):
    settings.EMAIL_BACKEND = f"{__name__}.BrokenMailBackend"
    response = client.post(form_url(key, tool), submission(key, form_started))
    assert response.status_code == 302
    assert Contribution.objects.filter(email="ada@example.org", status=Contribution.Status.NEW).count() == 1
    assert client.get(response["Location"]).status_code == 200


@pytest.mark.parametrize(
    ("language", "email_error", "required_error"),
    [
        ("fr", "Saisissez une adresse e-mail valide.", "Champ requis."),
        ("de", "gültige E-Mail", "Dieses Feld muss ausgefüllt werden."),
    ],
)
@pytest.mark.parametrize("key", ANSWERS)
def test_invalid_input_is_explained_next_to_each_field_and_kept(
    client, tool, form_started, key, language, email_error, required_error
):
    first_answer = next(field for field in ANSWERS[key][1] if field != "message")
    data = submission(key, form_started, email="pas-une-adresse", message="")
    data[first_answer] = ""
    response = client.post(form_url(key, tool, language), data)
    assert response.status_code == 200
    soup = soup_of(response)
    assert soup.select_one("#form-errors") is not None
    assert email_error in soup.select_one("#id_email-errors").get_text()
    for field in ("message", first_answer):
        errors = soup.select_one(f"#id_{field}-errors")
        assert errors is not None, field
        assert required_error in errors.get_text(), field
    assert soup.select_one("input[name=name]")["value"] == "Ada Exemple"
    assert soup.select_one("input[name=organisation]")["value"] == "Atelier d'exemple"
    assert not Contribution.objects.exists()


@pytest.mark.parametrize("key", ANSWERS)
def test_robots_are_stored_as_spam_and_nobody_is_told(client, tool, form_started, key):
    client.post(form_url(key, tool), submission(key, form_started, website="http://spam.example"))
    client.post(form_url(key, tool), submission(key, form_started, started=form_started(seconds_ago=0)))
    assert Contribution.objects.filter(status=Contribution.Status.SPAM).count() == 2
    assert mail.outbox == []


@pytest.mark.parametrize("key", ANSWERS)
def test_each_address_may_send_five_an_hour(client, tool, form_started, key):
    for _number in range(5):
        assert client.post(form_url(key, tool), submission(key, form_started)).status_code == 302
    refused = client.post(form_url(key, tool), submission(key, form_started))
    assert refused.status_code == 200
    assert "plusieurs messages" in soup_of(refused).select_one("#form-errors").get_text()
    assert Contribution.objects.count() == 5


@pytest.mark.parametrize("key", ANSWERS)
def test_markup_is_stored_as_text_and_never_rendered(client, login, tool, form_started, key):
    hostile = "<script>alert(1)</script><b>gras</b>"
    text_field = "context" if key == "example" else "message"
    client.post(form_url(key, tool), submission(key, form_started, name=hostile, **{text_field: hostile}))
    contribution = Contribution.objects.get(email="ada@example.org")
    assert contribution.name == hostile
    # Shown back on an invalid form, and in the inbox: escaped.
    again = client.post(form_url(key, tool), submission(key, form_started, name=hostile, email="x")).content.decode()
    assert "<script>alert(1)</script>" not in again and "&lt;script&gt;" in again
    login("production")
    inspect = client.get(f"/admin/contributions/contribution/inspect/{contribution.pk}/").content.decode()
    assert "<script>alert(1)</script>" not in inspect
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in inspect


def test_the_forms_speak_the_visitors_language_at_their_own_address(client, tool, locales, form_started):
    german_tool = tool.get_translation(locales["de"])
    url = german_tool.url + "ueberarbeitung-vorschlagen/"
    assert client.get(german_tool.url + "suggerer-une-revision/")["Location"] == url
    page = soup_of(client.get(url))
    assert page.html["lang"] == "de"
    assert client.post(url, submission("revision", form_started)).status_code == 302
    contribution = Contribution.objects.get(email="ada@example.org")
    assert contribution.language == "de" and contribution.page_id == german_tool.pk
    assert client.get("/de/werkzeuge/werkzeug-vorschlagen/").status_code == 200


def test_a_translation_is_offered_only_into_languages_the_sheet_lacks(client, tool, locales, form_started):
    offered = soup_of(client.get(form_url("translation", tool))).select("input[name=target_language]")
    assert [choice["value"] for choice in offered] == ["it"]  # the problem tree is live in fr, de, en
    refused = client.post(form_url("translation", tool), submission("translation", form_started, target_language="de"))
    assert refused.status_code == 200
    assert soup_of(refused).select_one("#id_target_language-errors") is not None
    french_only = ToolPage.objects.get(slug="v-swot", locale=locales["fr"])
    offered = soup_of(client.get(form_url("translation", french_only))).select("input[name=target_language]")
    assert [choice["value"] for choice in offered] == ["de", "it", "en"]


def test_a_draft_tool_has_no_forms(client, tool):
    tool.unpublish()
    for key in SHEET_FORM_SLUGS:
        assert client.get(form_url(key, tool)).status_code == 404

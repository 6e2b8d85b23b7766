"""The privacy notice and the legal notice (#24): reachable from the footer of every page in each
language, naming the law and the retention periods; every public form says what is done with what
it collects and links the notice in the visitor's language; no form asks for a consent it does
not need; an anonymous reader gets no cookie but the CSRF one on a form page."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest
from bs4 import BeautifulSoup

from directory.models import DirectoryPage
from guides.models import TrainingIndexPage, TrainingModulePage
from guides.models.training import TrainingSession
from home.models import HomePage, LegalNoticePage, MembershipFormPage, PrivacyNoticePage
from sbm_site.contributions.models import Contribution
from showcase.models import ShareModelPage
from toolpages.cocreation import PROPOSAL, SHEET_FORMS
from toolpages.models import ToolIndexPage, ToolPage

from .guides_factories import publish, session_in

pytestmark = pytest.mark.django_db

LANGUAGES = ("fr", "de", "it", "en")
# The data protection law and the GDPR as each language names them.
LAWS = {
    "fr": ("LPD", "RGPD"),
    "de": ("DSG", "DSGVO"),
    "it": ("LPD", "RGPD"),
    "en": ("FADP", "GDPR"),
}
# The retention periods the purge applies by default, in each language's words.
RETENTION = {
    "fr": ("24 mois", "3 mois", "12 mois après la session", "6 mois"),
    "de": ("24 Monate", "3 Monate", "12 Monate nach dem Termin", "6 Monate"),
    "it": ("24 mesi", "3 mesi", "12 mesi dopo la sessione", "6 mesi"),
    "en": ("24 months", "3 months", "12 months after the session", "6 months"),
}
# Who answers about the rights: the Administration working group, by its name in each language.
ADMINISTRATION = {
    "fr": "GT Administration",
    "de": "AG Administration",
    "it": "GL Amministrazione",
    "en": "GT Administration",
}


@pytest.fixture(autouse=True)
def render_every_request(settings):
    settings.PAGE_CACHE_SECONDS = 0


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def text_of(response):
    return " ".join(soup(response).get_text(" ").split())


def notice_url(model, language):
    return model.objects.live().get(locale__language_code=language).url


def footer_links(response):
    return {link["href"] for link in soup(response).select("footer.site-footer a[href]")}


def pages_in(language):
    """The home page of `language` and every section of its main menu (one page of each kind)."""
    home = HomePage.objects.get(locale__language_code=language)
    return [home.url, *(page.url for page in home.get_children().live().in_menu())]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_footer_links_both_notices_of_its_language(client, language):
    expected = {notice_url(PrivacyNoticePage, language), notice_url(LegalNoticePage, language)}
    assert all(url.startswith(f"/{language}/") for url in expected)
    urls = pages_in(language)
    assert len(urls) >= 6
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        assert expected <= footer_links(response), url


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_privacy_notice_names_the_law_the_retention_periods_and_the_rights(client, language):
    response = client.get(notice_url(PrivacyNoticePage, language))
    assert response.status_code == 200
    assert soup(response).html["lang"] == language
    text = text_of(response)
    for law in LAWS[language]:
        assert law in text
    for period in RETENTION[language]:
        assert period in text
    assert ADMINISTRATION[language] in text
    assert "csrftoken" in text
    assert soup(response).select_one('a[href="mailto:administration@socialbusinessmodels.example"]')
    # Each kind of data collected is one block: what, why, who reads it, how long.
    assert len(soup(response).select(".processing dl")) >= 7


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_legal_notice_names_the_publisher_and_how_to_reach_it(client, language):
    response = client.get(notice_url(LegalNoticePage, language))
    assert response.status_code == 200
    assert soup(response).html["lang"] == language
    text = text_of(response)
    assert "Social Business Models" in text
    assert "60" in text  # the Civil Code's articles on associations
    assert soup(response).select_one('a[href="mailto:administration@socialbusinessmodels.example"]')
    # No street is invented: the page says that no postal address is published.
    assert soup(response).select_one("address") is None


def test_a_language_without_its_notice_links_the_french_one_marked_as_french(client):
    german = PrivacyNoticePage.objects.get(locale__language_code="de")
    german.unpublish()
    response = client.get(HomePage.objects.get(locale__language_code="de").url)
    link = soup(response).select_one(f'footer a[href="{notice_url(PrivacyNoticePage, "fr")}"]')
    assert link is not None
    assert link["hreflang"] == "fr" and link["lang"] == "fr"


def test_one_notice_of_each_kind_per_language_right_under_its_home(home_pages):
    for home in home_pages.values():
        assert not PrivacyNoticePage.can_create_at(home)
        assert not LegalNoticePage.can_create_at(home)
    tool_library = ToolIndexPage.objects.get(locale__language_code="fr")
    assert not PrivacyNoticePage.can_create_at(tool_library)


def form_pages(language):
    """The address of each of the nine kinds of public form in `language`."""
    library = ToolIndexPage.objects.get(locale__language_code=language)
    tools = ToolPage.objects.live().order_by("path")
    tool = tools.filter(locale__language_code=language).first()
    # A translation is offered on a sheet that some language still lacks: in this language if one
    # is, else on the French sheet a reader of this language is sent to.
    untranslated = [candidate for candidate in tools if candidate.get_translations().count() < len(LANGUAGES) - 1]
    to_translate = next(
        (candidate for candidate in untranslated if candidate.locale.language_code == language),
        next(candidate for candidate in untranslated if candidate.locale.language_code == "fr"),
    )
    directory = DirectoryPage.objects.get(locale__language_code=language)
    provider = directory.listed_providers()[0]
    modules = TrainingModulePage.objects.live().filter(locale__language_code=language)
    module = next((module for module in modules if any(s.is_open for s in module.get_sessions())), None)
    if module is None:  # the demo has no module with an open session in every language
        index = TrainingIndexPage.objects.get(locale__language_code=language)
        module = TrainingModulePage(
            title="Canvas",
            slug="canvas-test",
            objectives="<p>Learn.</p>",
            duration="1 day",
            sessions=[TrainingSession(**session_in())],
        )
        publish(index, module)
    return {
        "membership": MembershipFormPage.objects.live().get(locale__language_code=language).url,
        "proposal": library.url + PROPOSAL.slug(language) + "/",
        **{
            form.key: sheet.url + form.slug(sheet.locale.language_code) + "/"
            for form in SHEET_FORMS
            for sheet in [to_translate if form.key == "translation" else tool]
        },
        "provider-application": directory.join_url(),
        "provider-contact": directory.provider_url(provider),
        "training-registration": module.url,
        "shared-model": ShareModelPage.objects.live().get(locale__language_code=language).url,
    }


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_public_form_says_what_is_done_with_the_data_and_links_the_notice(client, language):
    pages = form_pages(language)
    assert len(pages) == 9
    assert sum(url.startswith(f"/{language}/") for url in pages.values()) >= 6
    for kind, url in pages.items():
        privacy = notice_url(PrivacyNoticePage, url.split("/")[1])  # the notice in the language of the page
        response = client.get(url)
        assert response.status_code == 200, (kind, url)
        form = soup(response).select_one("main form[method=post]")
        assert form is not None, (kind, url)
        summary = form.select_one("p.form__privacy")
        assert summary is not None, (kind, url)
        assert summary.select_one(f'a[href="{privacy}"]') is not None, (kind, url)
        # One sentence of its own, not the generic one, in the visitor's language, read with the button.
        assert len(summary.get_text(strip=True)) > 60
        assert form.select_one("button[type=submit]")["aria-describedby"] == summary["id"]
        # No consent is asked: every form uses what it is sent only for what the visitor asks.
        assert form.select_one("input[name=consent]") is None, (kind, url)
        assert set(response.cookies) == {"csrftoken"}, (kind, url)


def test_each_form_has_its_own_sentence(client):
    sentences = set()
    for url in form_pages("fr").values():
        sentences.add(soup(client.get(url)).select_one("p.form__privacy").get_text(" ", strip=True))
    # Each of the nine kinds says what it does with what it collects, none the generic sentence.
    assert len(sentences) == 9


def test_a_request_without_consent_is_stored(client, form_started):
    url = MembershipFormPage.objects.live().get(locale__language_code="fr").url
    response = client.post(
        url,
        {
            "request": "question",
            "name": "Ada Exemple",
            "email": "ada@example.org",
            "message": "Quand a lieu la prochaine assemblée générale ?",
            "website": "",
            "started": form_started(),
        },
    )
    assert response.status_code == 302
    assert Contribution.objects.filter(kind="membership", email="ada@example.org").exists()


@pytest.mark.parametrize("model", [PrivacyNoticePage, LegalNoticePage])
@pytest.mark.parametrize("language", ["fr", "de"])
def test_a_notice_sets_no_cookie_and_fetches_nothing_elsewhere(client, model, language):
    response = client.get(notice_url(model, language))
    assert response.status_code == 200
    assert not response.cookies
    for element in soup(response).select("script[src], link[rel~=stylesheet], img[src], iframe[src]"):
        address = element.get("src") or element.get("href")
        assert address.startswith("/") and not address.startswith("//"), address


@pytest.mark.parametrize("model", [PrivacyNoticePage, LegalNoticePage])
def test_a_notice_costs_at_most_15_queries(client, model):
    url = notice_url(model, "it")
    client.get(url)
    connection.queries_log.clear()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    assert 0 < len(queries.captured_queries) <= 15, [query["sql"] for query in queries.captured_queries]


def test_publishing_a_notice_changes_the_footer_at_once(client):
    french = PrivacyNoticePage.objects.get(locale__language_code="fr")
    home = HomePage.objects.get(locale__language_code="fr").url
    assert french.title in text_of(client.get(home))
    french.title = "Vos données"
    french.save_revision().publish()
    footer = soup(client.get(home)).select_one("footer.site-footer")
    assert footer.find("a", string="Vos données") is not None

"""Every page type shown in another language offers a translation (issue #22, point 1): a German
visitor on a French-only guide, event, training module or open model finds "Übersetzung anbieten",
the form in German below the French page, and the offer lands in the inbox and, accepted, as a
comment on the page for that language's reviewers. On the demo content."""

from urllib.parse import urljoin

from django.core import mail

from wagtail.models import Comment

import pytest
from bs4 import BeautifulSoup

from guides.models import EventIndexPage, EventPage, GuideIndexPage, GuidePage, TrainingIndexPage, TrainingModulePage
from sbm_site.contributions.models import Contribution
from showcase.models import OpenModelIndexPage, OpenModelPage

pytestmark = pytest.mark.django_db

OFFER = {"de": "Eine Übersetzung anbieten", "it": "Offrire una traduzione", "en": "Offer a translation"}
IDENTITY = {"name": "Ada Exemple", "email": "ada@example.org", "organisation": "Atelier d'exemple"}


@pytest.fixture(autouse=True)
def render_every_request(settings):
    settings.PAGE_CACHE_SECONDS = 0


def soup_of(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def french_only(model, language):
    """A live French page of `model` with no live translation in `language`."""
    translated = model.objects.live().filter(locale__language_code=language).values("translation_key")
    page = model.objects.live().filter(locale__language_code="fr").exclude(translation_key__in=translated).first()
    assert page is not None, f"the demo has a French-only {model.__name__} in {language}"
    return page


def offer_link(client, index_model, page, language):
    """The "offer a translation" link of `page`'s card on the `language` listing of `index_model`, page after page."""
    url = index_model.objects.get(locale__language_code=language).url
    while url:
        soup = soup_of(client.get(url))
        for title in soup.select("main .card__title"):
            if title.get_text(" ", strip=True) == page.title:
                card = title.find_parent(["article", "li"])
                assert title["lang"] == "fr"
                link = card.find("a", string=OFFER[language])
                assert link is not None, "the card offers a translation"
                return link["href"]
        following = soup.select_one('a[rel="next"]')
        url = urljoin(url, following["href"]) if following else None
    raise AssertionError(f"{page.title} is not listed")


def offered_languages(soup):
    return [choice["value"] for choice in soup.select("input[name=target_language]")]


def offer(client, url, form_started, **answers):
    data = {**IDENTITY, "target_language": "de", "message": "Übersetzerin, Sozialwirtschaft in Bern.", **answers}
    return client.post(url, {**data, "website": "", "started": form_started()})


def test_a_german_visitor_offers_to_translate_a_french_only_guide(client, login, form_started):
    guide = french_only(GuidePage, "de")
    url = offer_link(client, GuideIndexPage, guide, "de")
    assert url.startswith(guide.url) and url.endswith("/uebersetzung-anbieten/")

    form = soup_of(client.get(url))
    assert form.html["lang"] == "de"
    assert form.select_one("h1").get_text(" ", strip=True).startswith("Eine Übersetzung anbieten")
    assert form.select_one("h1 [lang=fr]").get_text(strip=True) == guide.title
    live = set(
        GuidePage.objects.live()
        .filter(translation_key=guide.translation_key)
        .values_list("locale__language_code", flat=True)
    )
    offered = offered_languages(form)
    assert "de" in offered and "fr" not in offered and not live & set(offered)
    assert form.select_one("input[name=target_language][value=de]").has_attr("checked")
    assert "Blatt" not in form.select_one(".lead").get_text(), "a guide is a page, not a sheet"

    response = offer(client, url, form_started)
    assert response.status_code == 302
    thanks = soup_of(client.get(response["Location"]))
    assert thanks.html["lang"] == "de"
    assert "Vielen Dank" in thanks.select_one("[role=status]").get_text()

    contribution = Contribution.objects.latest("created_at")
    assert contribution.kind == "tool-translation" and contribution.status == Contribution.Status.NEW
    assert contribution.page_id == guide.pk and contribution.language == "de"
    assert contribution.details == {"target_language": "de"}

    production = login("production")
    inbox = soup_of(client.get(f"/admin/contributions/contribution/inspect/{contribution.pk}/")).get_text(" ")
    assert guide.title in inbox and "Ada Exemple" in inbox
    mail.outbox.clear()
    assert client.post(f"/admin/contributions/triage/{contribution.pk}/accept/").status_code == 302
    comment = Comment.objects.get(page=guide, user=production)
    assert "Deutsch" in comment.text and "Ada Exemple" in comment.text
    assert any("relecture-de@socialbusinessmodels.example" in message.to for message in mail.outbox)
    login("comite")
    editor = client.get(f"/admin/pages/{guide.pk}/edit/")
    assert editor.status_code == 200 and "Sozialwirtschaft in Bern." in editor.content.decode()
    guide.refresh_from_db()
    assert guide.live and not guide.has_unpublished_changes


@pytest.mark.parametrize(
    ("index_model", "model", "language"),
    [
        (EventIndexPage, EventPage, "de"),
        (OpenModelIndexPage, OpenModelPage, "it"),
        (TrainingIndexPage, TrainingModulePage, "en"),
    ],
)
def test_every_listed_page_type_offers_a_translation_in_the_visitors_language(
    client, form_started, index_model, model, language
):
    page = french_only(model, language)
    url = offer_link(client, index_model, page, language)
    form = soup_of(client.get(url))
    assert form.html["lang"] == language
    assert language in offered_languages(form) and "fr" not in offered_languages(form)
    response = offer(client, url, form_started, target_language=language)
    assert response.status_code == 302
    contribution = Contribution.objects.latest("created_at")
    assert (contribution.page_id, contribution.language) == (page.pk, language)
    assert contribution.details == {"target_language": language}
    assert soup_of(client.get(response["Location"])).html["lang"] == language


def test_the_pages_themselves_are_served_as_before(client):
    """The training module, the open model and the event's calendar are not hidden by the new route,
    and a page still says that it varies with the visitor's languages (its missing-translation notice)."""
    for model in (TrainingModulePage, OpenModelPage, GuidePage):
        page = model.objects.live().filter(locale__language_code="fr").first()
        response = client.get(page.url)
        assert soup_of(response).select_one("h1").get_text(strip=True) == page.title
        assert "Accept-Language" in response["Vary"]
    event = EventPage.objects.live().filter(locale__language_code="fr").first()
    assert client.get(event.url + "ics/")["Content-Type"].startswith("text/calendar")


@pytest.mark.parametrize(
    ("answers", "error"),
    [
        ({"name": ""}, "Dieses Feld muss ausgefüllt werden."),
        ({"message": ""}, "Dieses Feld muss ausgefüllt werden."),
        ({"target_language": "xx"}, "Bitte eine gültige Auswahl treffen."),
        ({"target_language": "fr"}, "Bitte eine gültige Auswahl treffen."),
    ],
)
def test_a_bad_offer_is_explained_in_the_visitors_language(client, form_started, answers, error):
    guide = french_only(GuidePage, "de")
    url = guide.url + "uebersetzung-anbieten/"
    count = Contribution.objects.count()
    soup = soup_of(offer(client, url, form_started, **answers))
    assert soup.html["lang"] == "de"
    summary = soup.select_one("#form-errors").get_text(" ", strip=True)
    assert "Bitte korrigieren Sie" in summary and error in summary
    assert Contribution.objects.count() == count


def test_a_language_the_page_is_live_in_leads_to_the_pages_own_form(client):
    """The French form is the page's own; an address naming a language it is translated into leads there too."""
    guide = GuidePage.objects.live().filter(locale__language_code="fr").first()
    french = soup_of(client.get(guide.url + "proposer-une-traduction/"))
    assert french.html["lang"] == "fr"
    translated = set(
        GuidePage.objects.live()
        .filter(translation_key=guide.translation_key)
        .values_list("locale__language_code", flat=True)
    ) - {"fr"}
    for language in translated:
        slug = {"de": "uebersetzung-anbieten", "it": "offrire-una-traduzione", "en": "offer-a-translation"}[language]
        response = client.get(guide.url + slug + "/")
        assert response.status_code == 302 and response["Location"].endswith("/proposer-une-traduction/")


def test_the_offer_form_is_never_cached(client, settings):
    settings.PAGE_CACHE_SECONDS = 600
    guide = french_only(GuidePage, "de")
    response = client.get(guide.url + "uebersetzung-anbieten/")
    assert "no-cache" in response["Cache-Control"] or "no-store" in response["Cache-Control"]
    assert client.get(guide.url + "uebersetzung-anbieten/").get("X-SBM-Cache") != "hit"


def test_search_results_and_the_home_page_offer_it_too(client):
    guide = french_only(GuidePage, "de")
    results = soup_of(client.get("/de/search/", {"q": "semestre"}))
    result = next(
        item
        for item in results.select("li.result")
        if " ".join(item.select_one(".result__title").get_text().split()) == guide.title
    )
    assert result.find("a", string=OFFER["de"])["href"] == guide.url + "uebersetzung-anbieten/"

    home = soup_of(client.get("/de/"))
    notes = home.select("main .source-language-note")
    assert notes, "the German home page shows French items"
    for note in notes:
        assert note.find("a", string=OFFER["de"])["href"].endswith("/uebersetzung-anbieten/")

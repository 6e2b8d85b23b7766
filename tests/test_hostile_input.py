"""Every public form, filled in as a hostile visitor would: never a 500, never markup rendered."""

import re

import pytest
from bs4 import BeautifulSoup

from directory.models import Provider
from directory.models.pages import provider_public_url
from guides.models import TrainingModulePage
from showcase.models import ShareModelPage

pytestmark = pytest.mark.django_db

HOSTILE_VALUES = [
    "x" * 20_000,
    "<script>alert('sbm')</script>",
    '"><img src=x onerror=alert(1)>',
    "javascript:alert(1)",
    "'; DROP TABLE contributions_contribution; --",
    "\u202eevil\u200b\ufeff",
    "nul\x00byte",
    "{{ settings.SECRET_KEY }} {% debug %}",
]
RAW_MARKUP = re.compile(r"<script>alert\('sbm'\)</script>|<img src=x onerror", re.IGNORECASE)


def form_pages():
    provider = Provider.objects.listed().filter(locale__language_code="fr").first()
    module = next(
        page for page in TrainingModulePage.objects.live().filter(locale__language_code="fr") if page.sessions.exists()
    )
    return {
        "membership": "/fr/association/adherer/",
        "provider-application": "/fr/prestataires/rejoindre/",
        "provider-contact": provider_public_url(provider),
        "shared-model": ShareModelPage.objects.live().filter(locale__language_code="fr").first().url,
        "training-registration": module.url,
        "tool-proposal": "/fr/outils/proposer-un-outil/",
        "tool-revision": "/fr/outils/arbre-de-problemes/suggerer-une-revision/",
        "tool-example": "/fr/outils/arbre-de-problemes/partager-un-exemple/",
        "tool-translation": "/fr/outils/arbre-de-problemes/proposer-une-traduction/",
    }


def form_action(form, url):
    action = form.get("action") or ""
    return url if not action or action.startswith("#") else action


def hostile_submission(form, value, started):
    """What a browser would send, with `value` in every field a visitor types into."""
    data = {}
    for field in form.select("input, textarea, select"):
        name = field.get("name")
        if not name:
            continue
        kind = field.get("type", "text") if field.name == "input" else field.name
        if kind in {"submit", "button"}:
            continue
        if name == "started":
            data[name] = started
        elif kind == "hidden":
            data[name] = field.get("value", "")
        elif kind in {"checkbox", "radio"}:
            data.setdefault(name, field.get("value", "on"))
        elif kind == "select":
            options = [option.get("value") for option in field.select("option") if option.get("value")]
            data[name] = options[0] if options else ""
        elif kind == "email":
            data[name] = "hostile@example.org"
        elif kind == "url":
            data[name] = "https://example.org/"
        elif kind == "number":
            data[name] = "2000"
        elif name == "website":
            data[name] = ""
        else:
            data[name] = value
    return data


@pytest.mark.parametrize(
    "kind",
    ["membership", "provider-application", "provider-contact", "shared-model", "training-registration"]
    + ["tool-proposal", "tool-revision", "tool-example", "tool-translation"],
)
@pytest.mark.parametrize("value", HOSTILE_VALUES, ids=range(len(HOSTILE_VALUES)))
def test_hostile_input_in_every_field_of_every_public_form(client, form_started, kind, value, problem_tree):
    url = form_pages()[kind]
    page = BeautifulSoup(client.get(url).content, "html.parser")
    form = next(form for form in page.select("main form[method=post]") if form.select_one("input[name=started]"))
    action = form_action(form, url)
    response = client.post(action, hostile_submission(form, value, form_started()), follow=True)
    assert response.status_code in {200, 400}, (kind, response.status_code)
    assert not RAW_MARKUP.search(response.content.decode())


@pytest.mark.parametrize(
    "kind",
    ["membership", "provider-application", "provider-contact", "shared-model", "training-registration"]
    + ["tool-proposal", "tool-revision", "tool-example", "tool-translation"],
)
def test_markup_is_stored_as_plain_text_and_never_rendered(client, form_started, kind, problem_tree):
    from guides.models import Registration
    from sbm_site.contributions.models import Contribution

    before = Contribution.objects.count() + Registration.objects.count()
    url = form_pages()[kind]
    page = BeautifulSoup(client.get(url).content, "html.parser")
    form = next(form for form in page.select("main form[method=post]") if form.select_one("input[name=started]"))
    response = client.post(
        form_action(form, url), hostile_submission(form, HOSTILE_VALUES[1], form_started()), follow=True
    )
    assert response.status_code == 200
    assert Contribution.objects.count() + Registration.objects.count() == before + 1, kind
    assert not RAW_MARKUP.search(response.content.decode())


def test_javascript_links_in_rich_text_never_reach_the_page(client, login, home_pages):
    from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

    association = home_pages["fr"].get_children().get(slug="association")
    login("communication")
    data = nested_form_data(
        {
            "title": "Lien piégé",
            "slug": "lien-piege",
            "intro": rich_text('<p>Voir <a href="javascript:alert(document.cookie)">ce lien</a>.</p>'),
            "body": streamfield([("paragraph", rich_text('<p><a href="javascript:alert(2)">encore</a></p>'))]),
            "comments": inline_formset([]),
            "search_description": "",
            "seo_title": "",
        }
    )
    data["action-publish"] = "1"
    response = client.post(f"/admin/pages/add/home/associationpage/{association.id}/", data)
    assert response.status_code == 302, response.content.decode()[:500]
    client.logout()
    page = client.get("/fr/association/lien-piege/")
    assert page.status_code == 200
    html = page.content.decode()
    assert "ce lien" in html and "encore" in html
    assert "javascript:" not in html

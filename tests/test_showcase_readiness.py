""" "Adapt this model": a checklist that works without JavaScript (a GET form) and says what is still missing."""

import pytest
from bs4 import BeautifulSoup

from showcase.models import OpenModelPage

pytestmark = pytest.mark.django_db

URL = "/en/open-source-models/community-energy-cooperative/"


@pytest.fixture
def prerequisites(locales):
    french = OpenModelPage.objects.get(slug="cooperative-denergie-citoyenne", locale=locales["fr"])
    return list(french.get_translation(locales["en"]).specific.prerequisites.all())


def readiness_of(client, query=""):
    response = client.get(URL + query)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser").select_one("#adapt")


def test_the_checklist_is_a_get_form_with_one_box_per_prerequisite(client, prerequisites):
    section = readiness_of(client)
    form = section.select_one("form")
    assert form["method"] == "get"
    assert form["action"] == "#adapt"
    boxes = form.select("input[type=checkbox][name=have]")
    assert [box["value"] for box in boxes] == [str(item.pk) for item in prerequisites]
    labels = [section.select_one(f'label[for="{box["id"]}"]').get_text(strip=True) for box in boxes]
    assert labels == [item.label for item in prerequisites]
    assert section.select_one(".readiness__result") is None


def test_submitting_shows_what_is_still_missing_with_guidance_and_keeps_the_ticks(client, prerequisites):
    have = prerequisites[0]
    section = readiness_of(client, f"?readiness=1&have={have.pk}")
    result = section.select_one(".readiness__result")
    assert result["role"] == "status"
    assert result.select_one("h3").get_text(strip=True) == "Still missing: 3 items"
    missing = [item.get_text(" ", strip=True) for item in result.select(".readiness__missing li")]
    assert len(missing) == 3
    for item, text in zip(prerequisites[1:], missing, strict=True):
        assert item.label in text and item.guidance in text
    assert have.label not in result.get_text()
    assert section.select_one(f'input[value="{have.pk}"]').has_attr("checked")


def test_nothing_ticked_means_everything_is_missing(client, prerequisites):
    result = readiness_of(client, "?readiness=1").select_one(".readiness__result")
    assert len(result.select(".readiness__missing li")) == len(prerequisites)


def test_everything_ticked_says_the_visitor_is_ready(client, prerequisites):
    query = "?readiness=1&" + "&".join(f"have={item.pk}" for item in prerequisites)
    result = readiness_of(client, query).select_one(".readiness__result")
    assert result.select_one(".readiness__missing") is None
    assert "You have everything this model needs." in result.get_text()


def test_foreign_or_malformed_boxes_are_ignored(client, prerequisites, locales):
    other_model = OpenModelPage.objects.get(slug="epicerie-solidaire", locale=locales["fr"])
    foreign = other_model.prerequisites.first()
    result = readiness_of(client, f"?readiness=1&have=abc&have=-1&have={foreign.pk}&have=99999999999999999999")
    assert len(result.select_one(".readiness__result").select(".readiness__missing li")) == len(prerequisites)


def test_the_checklist_is_kept_when_printing(client):
    response = client.get("/static/showcase/showcase.css")
    css = b"".join(response.streaming_content).decode() if response.streaming else response.content.decode()
    print_rules = css[css.index("@media print") :]
    assert ".readiness form.readiness__form { display: block !important; }" in print_rules
    assert "@page canvas { size: A4 landscape;" in css

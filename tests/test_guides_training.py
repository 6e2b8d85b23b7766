"""Training modules: sessions, registration stored and refused when full or past, the admin list, the index."""

import json
from datetime import timedelta

from django.utils import timezone

import pytest
from bs4 import BeautifulSoup

from guides.models import Registration, TrainingIndexPage, TrainingModulePage
from guides.registration import FULL, PAST, SessionUnavailable
from sbm_site.demo import Texts, translate

from .guides_factories import french, make_module, make_tool, queries_to_render, session_in

pytestmark = pytest.mark.django_db


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def registration_data(session, form_started, **overrides):
    data = {
        "session": session.pk,
        "name": "Ada Participante",
        "email": "ada@example.org",
        "organisation": "Coopérative test",
        "message": "",
        "website": "",
        "started": form_started(),
    }
    data.update(overrides)
    return data


def test_a_registration_is_stored_and_shown_to_the_visitor(client, locales, form_started):
    module = make_module(locales, "Module inscription", sessions=[session_in(days=20, seats=5)])
    session = module.sessions.get()

    response = client.post(module.url, registration_data(session, form_started))

    assert response.status_code == 302
    assert response["Location"] == module.url + "?registered=1#registration"
    registration = Registration.objects.get()
    assert (registration.name, registration.email, registration.status) == (
        "Ada Participante",
        "ada@example.org",
        Registration.Status.CONFIRMED,
    )
    assert registration.session == session and registration.module.pk == module.pk
    assert registration.session_key == session.translation_key
    page = soup(client.get(response["Location"]))
    assert "votre inscription est enregistrée" in page.find(id="registration").get_text()
    assert "4 places restantes" in page.select_one("table.sessions").get_text()


def test_a_full_session_refuses_the_registration_with_a_clear_message(client, locales, form_started):
    module = make_module(locales, "Module complet", sessions=[session_in(days=20, seats=1)])
    session = module.sessions.get()
    assert client.post(module.url, registration_data(session, form_started)).status_code == 302

    response = client.post(module.url, registration_data(session, form_started, email="late@example.org"))

    page = soup(response)
    assert str(FULL) in page.find(id="registration").get_text()
    assert Registration.objects.count() == 1
    assert "Complète" in page.select_one("table.sessions").get_text()


def test_a_past_session_refuses_the_registration_with_a_clear_message(client, locales, form_started):
    module = make_module(locales, "Module passé", sessions=[session_in(days=-3, seats=10)])
    session = module.sessions.get()

    page = soup(client.post(module.url, registration_data(session, form_started)))

    assert str(PAST) in page.find(id="registration").get_text()
    assert not Registration.objects.exists()


def test_a_module_with_only_past_or_full_sessions_offers_no_form(client, locales):
    module = make_module(locales, "Module fermé", sessions=[session_in(days=-3), session_in(days=5, seats=0)])

    page = soup(client.get(module.url))

    assert page.find(id="registration").find("form") is None
    assert "Aucune session n'est ouverte aux inscriptions" in page.find(id="registration").get_text()


def test_seats_are_shared_by_every_language_of_a_session(locales):
    module = make_module(locales, "Module bilingue", sessions=[session_in(days=15, seats=1)])
    german = translate(module, locales["de"], Texts())
    german_session = german.sessions.get()
    german_session.register(name="Lea", email="lea@example.org")

    with pytest.raises(SessionUnavailable) as refused:
        module.sessions.get().register(name="Ana", email="ana@example.org")

    assert refused.value.message == FULL
    assert Registration.objects.filter(status=Registration.Status.CONFIRMED).count() == 1


def test_a_registration_classified_as_spam_is_kept_aside_and_takes_no_seat(client, locales, form_started):
    module = make_module(locales, "Module robot", sessions=[session_in(days=20, seats=1)])
    session = module.sessions.get()

    client.post(module.url, registration_data(session, form_started, started=""))
    client.post(module.url, registration_data(session, form_started, email="human@example.org"))

    statuses = sorted(Registration.objects.values_list("status", flat=True))
    assert statuses == [Registration.Status.CONFIRMED, Registration.Status.SPAM]


def test_a_session_of_another_module_is_refused(client, locales, form_started):
    module = make_module(locales, "Module A", sessions=[session_in(days=20)])
    other = make_module(locales, "Module B", sessions=[session_in(days=20)])

    page = soup(client.post(module.url, registration_data(other.sessions.get(), form_started)))

    assert "Veuillez choisir l'une des sessions proposées." in page.get_text()
    assert not Registration.objects.exists()


def test_registrations_are_listed_in_the_admin_for_the_training_team_only(client, locales, login):
    module = make_module(locales, "Module admin", sessions=[session_in(days=20)])
    module.sessions.get().register(name="Zoé Inscrite", email="zoe@example.org")

    login("administration")
    listing = client.get("/admin/training_registrations/")
    assert listing.status_code == 200
    assert "Zoé Inscrite" in listing.content.decode()

    login("contributrice")
    refused = client.get("/admin/training_registrations/")
    assert refused.status_code in (302, 403)
    assert "Zoé Inscrite" not in refused.content.decode()


def test_module_page_shows_its_facts_tools_and_course_json_ld(client, locales):
    tool = make_tool(locales, "Outil formation")
    module = make_module(
        locales,
        "Module complet de faits",
        sessions=[session_in(days=30, seats=8, language="de"), session_in(days=-30)],
        trains_trainers=True,
        tools=[],
    )
    module.tools.create(tool=tool)
    module.save_revision().publish()

    page = soup(client.get(module.url))

    assert page.find("a", href=tool.url)
    assert "ce module prépare les participant·es à transmettre les outils" in page.get_text()
    data = json.loads(page.find("script", type="application/ld+json").string)
    assert data["@type"] == "Course"
    assert data["name"] == module.title
    instances = data["hasCourseInstance"]
    assert len(instances) == 2
    assert instances[1]["inLanguage"] == "de" and instances[1]["courseMode"] == "onsite"


def test_index_filters_by_format_language_and_train_the_trainer(client, locales):
    online = make_module(locales, "Module en ligne", sessions=[session_in(days=9, language="en")], format="online")
    trainers = make_module(locales, "Module formateurs", sessions=[session_in(days=9)], trains_trainers=True)
    index = french(TrainingIndexPage, locales)

    def titles(**params):
        return {a.get_text() for a in soup(client.get(index.url, params)).select(".card__title a")}

    assert online.title in titles() and trainers.title in titles()
    assert titles(format="online") == {online.title} | {
        page.title for page in TrainingModulePage.objects.live().filter(locale=locales["fr"], format="online")
    }
    assert online.title in titles(language="en") and trainers.title not in titles(language="en")
    assert trainers.title in titles(trainers="1") and online.title not in titles(trainers="1")
    assert client.get(index.url, {"format": "nonsense", "language": "xx"}).status_code == 200


def test_index_query_count_is_the_same_for_two_and_ten_modules(client, locales):
    index = french(TrainingIndexPage, locales)
    for number in range(2):
        make_module(
            locales, f"Module compté {number}", sessions=[session_in(days=number + 1), session_in(days=-number - 1)]
        )
    few = queries_to_render(client, index.url)

    for number in range(2, 10):
        make_module(
            locales, f"Module compté {number}", sessions=[session_in(days=number + 1), session_in(days=-number - 1)]
        )

    assert queries_to_render(client, index.url) == few
    assert queries_to_render(client, index.url, language="fr", format="in_person", trainers="1") <= few


def test_demo_modules_have_upcoming_and_past_sessions(locales):
    modules = TrainingModulePage.objects.live().filter(locale=locales["fr"])
    assert modules.count() >= 3
    now = timezone.now()
    starts = [session.start for module in modules for session in module.sessions.all()]
    assert any(start > now for start in starts) and any(start < now - timedelta(days=1) for start in starts)
    assert any(module.has_translation(locales["de"]) and module.has_translation(locales["en"]) for module in modules)


def test_the_last_seat_taken_while_the_form_was_filled_in_is_refused_at_saving(locales, rf, form_started):
    from guides.forms import RegistrationForm

    module = make_module(locales, "Module course", sessions=[session_in(days=20, seats=1)])
    session = module.sessions.get()
    form = RegistrationForm(registration_data(session, form_started), page=module, request=rf.post(module.url))
    assert form.is_valid()

    session.register(name="Plus rapide", email="fast@example.org")

    assert form.save() is None
    assert form.errors["session"] == [str(FULL)]
    assert list(Registration.objects.values_list("email", flat=True)) == ["fast@example.org"]

"""`load_demo_content` builds the whole demo site, and running it again changes nothing."""

import io

from django.apps import apps
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.test import override_settings

from wagtail.models import Page

import pytest

from directory.models import DirectoryPage, PartnersPage
from guides.models import EventIndexPage, GuideIndexPage, TrainingIndexPage
from home.editorial import group_names
from home.models import AssociationPage, HomePage, MembershipFormPage
from sbm_site.demo import untranslated_segments
from sbm_site.models import Footer
from showcase.models import OpenModelIndexPage
from toolpages.models import ToolIndexPage, ToolPage

pytestmark = pytest.mark.django_db

DEMO_USERNAMES = [
    "admin",
    "comite",
    "production",
    "communication",
    "site",
    "administration",
    "contributrice",
    "traduction-de",
    "traduction-it",
    "traduction-en",
    "relecture-de",
    "relecture-it",
    "relecture-en",
]


def database_dump():
    out = io.StringIO()
    call_command("dumpdata", exclude=["sessions", "contenttypes", "auth.permission"], stdout=out, indent=0)
    return out.getvalue()


def test_second_run_leaves_the_database_exactly_as_it_was():
    before = database_dump()
    call_command("load_demo_content", verbosity=0)
    assert database_dump() == before


@override_settings(DEMO_CONTENT_ALLOWED=False)
def test_refused_where_demo_content_is_not_allowed():
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="development only"):
        call_command("load_demo_content", verbosity=0)


def test_absolute_links_point_where_the_site_is_served(home_pages):
    """Sitemap, feeds and share links use the site's address, the one `make run` serves at."""
    assert home_pages["fr"].full_url == "http://testserver/fr/"
    assert home_pages["de"].full_url == "http://testserver/de/"


def test_every_page_address_is_plain_ascii():
    assert [page.url_path for page in Page.objects.all() if not page.url_path.isascii()] == []


def test_every_language_has_its_home_page_and_sections(locales):
    for code, locale in locales.items():
        home = HomePage.objects.get(locale=locale)
        assert home.live
        assert home.get_children().live().count() >= 8, code


def test_demo_accounts_exist_with_the_demo_password_and_their_groups(django_user_model, demo_password):
    for username in DEMO_USERNAMES:
        account = django_user_model.objects.get(username=username)
        assert account.check_password(demo_password), username
        assert account.email
    assert django_user_model.objects.get(username="admin").is_superuser
    assert list(django_user_model.objects.get(username="traduction-de").groups.values_list("name", flat=True)) == [
        "Traduction DE"
    ]


def test_all_editorial_groups_exist():
    assert set(group_names()) <= set(Group.objects.values_list("name", flat=True))


def test_foundation_pages_are_fully_translated(locales):
    foundation_types = [HomePage, AssociationPage, MembershipFormPage, ToolIndexPage, GuideIndexPage]
    foundation_types += [TrainingIndexPage, EventIndexPage, OpenModelIndexPage, DirectoryPage, PartnersPage]
    french_pages = Page.objects.filter(locale=locales["fr"]).type(*foundation_types).specific()
    assert len(french_pages) == 13
    for page in french_pages:
        for code in ("de", "it", "en"):
            assert untranslated_segments(page, locales[code]) == [], (page, code)
    footer = Footer.objects.get(locale=locales["fr"])
    for code in ("de", "it", "en"):
        assert untranslated_segments(footer, locales[code]) == []
        assert Footer.objects.get(locale=locales[code]).live


def test_rows_made_in_code_keep_the_order_they_were_given(locales):
    from guides.models import GuideIndexPage, GuidePage, GuideStep
    from toolpages.models import ToolPage

    tools = list(ToolPage.objects.filter(locale=locales["fr"]).order_by("-path")[:4])
    index = GuideIndexPage.objects.get(locale=locales["fr"])
    guide = GuidePage(title="Ordre", slug="ordre-test", purpose="<p>x</p>")
    guide.steps = [GuideStep(tool=tool, title=tool.title, guidance="<p>x</p>", deliverable="x") for tool in tools]
    index.add_child(instance=guide)
    guide.save_revision().publish()
    stored = GuidePage.objects.get(pk=guide.pk)
    assert [step.tool_id for step in stored.steps.all()] == [tool.pk for tool in tools]
    assert [step.sort_order for step in stored.steps.all()] == [0, 1, 2, 3]


# What German has, Italian has (#22): the same pages and snippets, each with every string translated.
TRANSLATED_PAGE_TYPES = ["toolpages.ToolPage", "guides.GuidePage", "guides.TrainingModulePage", "guides.EventPage"]
TRANSLATED_PAGE_TYPES += ["showcase.OpenModelPage", "showcase.ShareModelPage", "home.AssociationPage"]
TRANSLATED_SNIPPETS = ["toolpages.Canvas", "toolpages.CanvasBlock", "toolpages.Phase", "toolpages.Audience"]
TRANSLATED_SNIPPETS += ["showcase.Sector", "directory.Provider", "directory.Partner"]


def live_in(model, locale):
    """The translation keys of `model`'s live pages or snippets in `locale`."""
    rows = model.objects.filter(locale=locale)
    return set(
        (rows.live() if issubclass(model, Page) else rows.filter(live=True)).values_list("translation_key", flat=True)
    )


@pytest.mark.parametrize("label", TRANSLATED_PAGE_TYPES + TRANSLATED_SNIPPETS)
def test_italian_has_everything_german_has_every_string_translated(locales, label):
    model = apps.get_model(label)
    german, italian = live_in(model, locales["de"]), live_in(model, locales["it"])
    assert german, label
    assert german <= italian
    for source in model.objects.filter(locale=locales["fr"], translation_key__in=italian):
        source = source.specific if isinstance(source, Page) else source
        assert untranslated_segments(source, locales["it"]) == [], source


def test_italian_lists_at_least_as_many_tool_sheets_as_german(client):
    counts = {}
    for language, path in (("de", "/de/werkzeuge/"), ("it", "/it/strumenti/")):
        listed = ToolPage.objects.filter(pk__in=client.get(path).context["tools"].paginator.object_list)
        counts[language] = listed.filter(locale__language_code=language).count()
    assert counts["it"] >= counts["de"] >= 16


VALUES_TOOLS = ["canevas-des-valeurs", "repositionnement-strategique-02-pre-diagnostic-des-valeurs"]
VALUES_TOOLS += ["definition-des-valeurs-de-l-organisation", "cercle-d-or"]


@pytest.mark.parametrize("language", ["de", "it", "en"])
def test_every_tool_of_the_values_canvas_is_live_in_the_language_with_its_own_slug(locales, language):
    french = ToolPage.objects.filter(locale=locales["fr"], canvas__slug="valeurs")
    assert sorted(french.values_list("slug", flat=True)) == sorted(VALUES_TOOLS)
    for tool in french:
        translation = tool.get_translation(locales[language])
        assert translation.live, (tool, language)
        assert translation.slug != tool.slug and translation.title != tool.title, translation
        assert untranslated_segments(tool, locales[language]) == [], (tool, language)


@pytest.mark.parametrize(
    ("path", "language"), [("/de/werkzeuge/", "de"), ("/it/strumenti/", "it"), ("/en/tools/", "en")]
)
def test_the_values_card_leads_to_the_values_tools_in_the_visitors_language(client, path, language):
    response = client.get(path, {"canvas": "valeurs"})
    listed = ToolPage.objects.filter(pk__in=response.context["tools"].paginator.object_list)
    assert len(listed) == len(VALUES_TOOLS)
    assert {tool.locale.language_code for tool in listed} == {language}

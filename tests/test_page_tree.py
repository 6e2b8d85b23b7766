"""Page-tree rules, declared on both sides, hold as editors meet them."""

from wagtail.models import Page

import pytest

from directory.models import DirectoryPage, PartnersPage
from guides.models import EventIndexPage, EventPage, GuideIndexPage, GuidePage, TrainingIndexPage, TrainingModulePage
from home.models import AssociationPage, HomePage, MembershipFormPage
from showcase.models import OpenModelIndexPage, OpenModelPage, ShareModelPage
from toolpages.models import ConsultationPage, ToolIndexPage, ToolPage, WorkshopPage

pytestmark = pytest.mark.django_db

SECTIONS = [
    ToolIndexPage,
    GuideIndexPage,
    TrainingIndexPage,
    EventIndexPage,
    OpenModelIndexPage,
    DirectoryPage,
    PartnersPage,
    AssociationPage,
    MembershipFormPage,
]
LEAVES = [(ToolIndexPage, ToolPage), (GuideIndexPage, GuidePage), (TrainingIndexPage, TrainingModulePage)]
LEAVES += [(EventIndexPage, EventPage), (OpenModelIndexPage, OpenModelPage)]
# Pages an index holds besides its content pages: the "share your model" form sits beside the models,
# the tools in consultation and "My workshop" beside the tools.
INDEX_EXTRAS = {OpenModelIndexPage: [ShareModelPage], ToolIndexPage: [ConsultationPage, WorkshopPage]}


def test_home_page_sits_at_the_root_only():
    assert HomePage.can_create_at(Page.get_first_root_node())
    for section in SECTIONS:
        assert HomePage not in section.allowed_subpage_models()


@pytest.mark.parametrize("section", SECTIONS)
def test_each_section_belongs_under_the_home_page(section):
    assert section in HomePage.allowed_subpage_models()
    assert HomePage in section.allowed_parent_page_models()


@pytest.mark.parametrize(("index", "leaf"), LEAVES)
def test_content_pages_live_only_in_their_index(index, leaf):
    assert index.allowed_subpage_models() == [leaf, *INDEX_EXTRAS.get(index, [])]
    assert leaf.allowed_parent_page_models() == [index]
    assert leaf.allowed_subpage_models() == []


@pytest.mark.parametrize(("index", "leaf"), LEAVES)
def test_content_pages_cannot_be_created_elsewhere(index, leaf, home_pages):
    assert not leaf.can_create_at(home_pages["fr"])


@pytest.mark.parametrize(
    "index", [ToolIndexPage, GuideIndexPage, TrainingIndexPage, EventIndexPage, OpenModelIndexPage]
)
def test_one_index_of_each_kind_per_language(index, home_pages):
    assert not index.can_create_at(home_pages["fr"]), "the demo French home already has one"


def test_association_pages_nest_and_hold_the_membership_form():
    assert AssociationPage.allowed_subpage_models() == [AssociationPage, MembershipFormPage]
    assert MembershipFormPage.allowed_subpage_models() == []
    assert set(MembershipFormPage.allowed_parent_page_models()) == {HomePage, AssociationPage}

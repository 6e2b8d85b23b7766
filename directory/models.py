from django.utils.translation import gettext_lazy as _

from sbm_site.models import BasePage


class DirectoryPage(BasePage):
    """The directory of providers who apply the association's tools."""

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("provider directory")


class PartnersPage(BasePage):
    """Alliances and partnerships."""

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("partners page")

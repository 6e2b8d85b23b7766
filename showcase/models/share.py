from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField

from sbm_site.contributions.pages import ContributionFormPageMixin
from sbm_site.models import BasePage

from ..forms import ShareModelForm


class ShareModelPage(ContributionFormPageMixin, BasePage):
    """ "Partager votre modèle": organisations submit their model; GT Communication turns it into a draft."""

    thank_you_text = RichTextField(_("thank-you text"), features=["bold", "italic", "link"])
    licence_note = models.TextField(
        _("about the open licence"),
        blank=True,
        help_text=_("What sharing a model under an open licence means, shown above the form."),
    )

    content_panels = BasePage.content_panels + [FieldPanel("licence_note"), FieldPanel("thank_you_text")]
    parent_page_types = ["showcase.OpenModelIndexPage"]
    subpage_types = []
    max_count_per_parent = 1
    form_class = ShareModelForm

    class Meta:
        verbose_name = _("share-a-model form")

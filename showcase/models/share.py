from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField

from sbm_site.contributions.pages import ContributionFormPageMixin
from sbm_site.models import BasePage
from toolpages.canvas_online import PREFILL_FIELD, answer_field_name, title_field_name

from .. import canvas
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

    def prefilled_form(self, request):
        """The form filled in with a canvas completed online ("share as an open-source model"): its
        answers and its name, as posted from the canvas page; nothing is stored until the visitor sends it."""
        if request.POST.get(PREFILL_FIELD) != "1":
            return None
        initial = {}
        title = request.POST.get(title_field_name(), "").strip()
        if title:
            initial["model_title"] = title
        for block_slug, field_name in canvas.FIELD_OF_LIBRARY_BLOCK.items():
            answer = request.POST.get(answer_field_name(block_slug), "").strip()
            if answer:
                initial[field_name] = answer
        return self.form_class(initial=initial, page=self, request=request)

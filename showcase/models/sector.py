from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from sbm_site.models import TranslatableSnippet


class Sector(TranslatableSnippet):
    """A field of activity that open models are filed under (food, energy, reuse, …)."""

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=100, help_text=_("Used in filter addresses; same in every language."))

    panels = [FieldPanel("name"), FieldPanel("slug")]
    override_translatable_fields = [SynchronizedField("slug")]
    search_fields = TranslatableSnippet.search_fields + [index.SearchField("name")]

    class Meta(TranslatableSnippet.Meta):
        verbose_name = _("sector")
        verbose_name_plural = _("sectors")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def get_preview_template(self, request, mode_name):
        return "showcase/sector_preview.html"

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable
from wagtail.search import index

from sbm_site.models import TranslatableSnippet

from ..choices import COUNTRIES, PartnerType


class Partner(TranslatableSnippet, ClusterableModel):
    """An alliance or partnership of the association: an umbrella body, a funder, a school…"""

    name = models.CharField(_("name"), max_length=200)
    partner_type = models.CharField(_("type"), max_length=20, choices=PartnerType.choices)
    country = models.CharField(_("country"), max_length=2, choices=COUNTRIES, default="CH")
    description = RichTextField(_("description"), features=["bold", "italic", "link"], blank=True)
    since = models.PositiveSmallIntegerField(
        _("partner since (year)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(2013), MaxValueValidator(2100)],
    )
    website = models.URLField(_("website"), blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("partner_type"), FieldPanel("country"), FieldPanel("since")]),
        FieldPanel("description"),
        FieldPanel("website"),
        FieldPanel("logo"),
        InlinePanel("projects", label=_("joint projects")),
    ]
    search_fields = TranslatableSnippet.search_fields + [
        index.SearchField("name"),
        index.SearchField("description"),
        index.FilterField("live"),
    ]

    class Meta(TranslatableSnippet.Meta):
        verbose_name = _("partner")
        verbose_name_plural = _("partners")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def get_preview_template(self, request, mode_name):
        return "directory/partner_preview.html"

    def get_preview_context(self, request, mode_name):
        projects = [project.page for project in self.projects.all()]
        return {**super().get_preview_context(request, mode_name), "partner": self, "projects": projects}


class PartnerProject(Orderable):
    """A page made with the partner: a guide, a training, a translation."""

    partner = ParentalKey(Partner, on_delete=models.CASCADE, related_name="projects")
    page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("page"), on_delete=models.CASCADE, related_name="partner_projects"
    )

    panels = [FieldPanel("page")]

    class Meta(Orderable.Meta):
        verbose_name = _("joint project")
        verbose_name_plural = _("joint projects")

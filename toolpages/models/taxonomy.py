"""The taxonomies that classify every tool: canvases, their blocks, phases and audiences.

They are lighter than `TranslatableSnippet`: revisions (who changed what), drafts and one copy
per locale, but no preview or locking. A translation starts as a draft, like a translated page,
and the language's reviewers publish it; until then the public reads the source term
(`toolpages.terms`).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.models import DraftStateMixin, RevisionMixin, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField


class TaxonomyTerm(DraftStateMixin, RevisionMixin, TranslatableMixin, index.Indexed, models.Model):
    """A term of a taxonomy; its slug is shared by every language so filter URLs keep working."""

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(
        _("slug"), max_length=80, help_text=_("Used in the library's filter links; the same in every language.")
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("sort_order")]
    search_fields = [index.SearchField("name"), index.FilterField("locale")]
    override_translatable_fields = [SynchronizedField("slug", overridable=False)]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name


class Canvas(TaxonomyTerm):
    """One of the five canvases, the backbone ("épine dorsale") that classifies every tool."""

    description = models.TextField(_("what it is about"), blank=True)

    panels = TaxonomyTerm.panels + [FieldPanel("description")]

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("canvas")
        verbose_name_plural = _("canvases")
        constraints = [models.UniqueConstraint(fields=["locale", "slug"], name="unique_canvas_slug_per_locale")]


class CanvasBlock(TaxonomyTerm):
    """A block of a canvas: a question (Où, Pourquoi, …) or, at the centre, a statement."""

    canvas = models.ForeignKey(Canvas, verbose_name=_("canvas"), on_delete=models.CASCADE, related_name="blocks")
    question = models.CharField(_("question"), max_length=255, blank=True)
    is_centre = models.BooleanField(
        _("centre of the canvas"), default=False, help_text=_("The statement at the centre, not a question.")
    )

    panels = [FieldPanel("canvas")] + TaxonomyTerm.panels + [FieldPanel("question"), FieldPanel("is_centre")]

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("canvas block")
        verbose_name_plural = _("canvas blocks")
        constraints = [models.UniqueConstraint(fields=["locale", "slug"], name="unique_canvas_block_slug_per_locale")]

    def __str__(self):
        return f"{self.canvas.name} – {self.name}"


class Phase(TaxonomyTerm):
    """A phase of an organisation's life cycle (Curiosité, Conception, Maturation, …), in order."""

    description = models.TextField(_("description"), blank=True)

    panels = TaxonomyTerm.panels + [FieldPanel("description")]

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("phase")
        verbose_name_plural = _("phases")
        constraints = [models.UniqueConstraint(fields=["locale", "slug"], name="unique_phase_slug_per_locale")]


class Audience(TaxonomyTerm):
    """Who a tool is for: founders, consultants, teachers, funders, …"""

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("audience")
        verbose_name_plural = _("audiences")
        constraints = [models.UniqueConstraint(fields=["locale", "slug"], name="unique_audience_slug_per_locale")]

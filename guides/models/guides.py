from django.core.paginator import Paginator
from django.db import models
from django.db.models import Q
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from rest_framework.relations import PrimaryKeyRelatedField, SlugRelatedField

from sbm_site.generation import remembered
from sbm_site.i18n import active_locale, children_in_language_or_default, live_pages_in
from sbm_site.models import BasePage, site_pages
from toolpages.models import Audience, ToolPage, TranslationOfferMixin
from toolpages.terms import terms_with_ids

from ..feeds import GuideFeedRoutes
from ..localization import subpage_url
from .filters import audience_facet, chosen

RICH_TEXT = ["bold", "italic", "ol", "ul", "link", "document-link"]
GUIDES_PER_PAGE = 12


class GuideIndexPage(GuideFeedRoutes, BasePage):
    """The fils rouges: curated sets of tools for one audience or situation."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["guides.GuidePage"]
    query_parameters = ("audience", "page")
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("guide index")

    def get_guides(self):
        """The index's own guides, in its language (its feed)."""
        return self.get_live_children(GuidePage)

    def get_listed_guides(self):
        """What the index lists: every guide, in the index's language where it is translated, else in French."""
        return children_in_language_or_default(self, site_pages(GuidePage).live().public())

    def page_of_guides(self, guides, number):
        """One page of `guides` with what their cards show; a missing or wrong number gives the first or last page."""
        cards = guides.order_by("path").select_related("partner").defer(*GuidePage.NOT_ON_CARDS)
        page = Paginator(cards, GUIDES_PER_PAGE).get_page(number)
        for guide in page:
            guide.shown_audience = next(
                iter(terms_with_ids(Audience, [guide.audience_id] if guide.audience_id else [])), None
            )
        return page

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        guides = self.get_listed_guides()
        audiences = audience_facet(guides, self.locale)
        audience = chosen(request, audiences)
        if audience:
            guides = guides.filter(audiences.q(guides))
        context.update(
            guides=self.page_of_guides(guides, request.GET.get("page")),
            audiences=[(option.value, option.label) for option in audiences.options],
            selected_audience=audience,
        )
        return context


class GuidePage(TranslationOfferMixin, RoutablePageMixin, BasePage):
    """A fil rouge: the tools an organisation asks its audience to use, step by step, co-branded."""

    partner = models.ForeignKey(
        "directory.Partner",
        verbose_name=_("made for"),
        help_text=_("The organisation this guide is made for; its logo is shown beside the association's."),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="guides",
    )
    audience = models.ForeignKey(
        "toolpages.Audience",
        verbose_name=_("audience"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    audience_description = models.TextField(
        _("who it is for"), blank=True, help_text=_("The people who follow this guide, in a sentence or two.")
    )
    purpose = RichTextField(
        _("purpose"), features=RICH_TEXT, default="", help_text=_("What following this guide brings.")
    )
    submission_template = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("submission template"),
        help_text=_("The common template in which every project is handed in, so that they can be compared."),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    submission_instructions = RichTextField(_("how to hand in the project"), features=RICH_TEXT, blank=True)

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [FieldPanel("partner"), FieldPanel("audience"), FieldPanel("audience_description"), FieldPanel("purpose")],
            heading=_("Made for"),
        ),
        InlinePanel("steps", label=_("steps"), heading=_("Steps, in order"), min_num=1),
        MultiFieldPanel(
            [FieldPanel("submission_template"), FieldPanel("submission_instructions")], heading=_("Submission")
        ),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("audience_description"),
        index.SearchField("purpose"),
        index.RelatedFields("steps", [index.SearchField("title"), index.SearchField("guidance")]),
        index.FilterField("locale"),
    ]
    api_fields = [
        APIField("intro"),
        APIField("audience", serializer=SlugRelatedField(slug_field="slug", read_only=True)),
        APIField("audience_description"),
        APIField("purpose"),
        APIField("steps"),
    ]
    override_translatable_fields = [SynchronizedField("partner"), SynchronizedField("audience")]
    parent_page_types = ["guides.GuideIndexPage"]
    subpage_types = []
    # Long texts that the index's cards leave out.
    NOT_ON_CARDS = ("audience_description", "purpose", "submission_instructions", "search_description")

    class Meta:
        verbose_name = _("guide (fil rouge)")
        verbose_name_plural = _("guides (fils rouges)")

    def get_steps(self):
        """The steps in order, each with its tool in the visitor's language (None if not public)."""
        steps = list(self.steps.select_related("tool"))
        tools = live_pages_in([step.tool for step in steps], active_locale(), model=ToolPage, fallback=True)
        for number, step in enumerate(steps, start=1):
            step.number = number
            step.public_tool = tools.get(step.tool.translation_key) if step.tool else None
        return steps

    def get_partner(self):
        """The partner in the visitor's language, when it is published (else the chosen one, when
        published), with its logo and the logo's renditions. Kept under the publication generation:
        a partner, its logo or a page published retires it. Renditions read with the partner are
        not written back to the cache on each request, as they are when Wagtail looks them up
        itself (docs/performance.md)."""
        if self.partner_id is None:
            return None
        locale = active_locale()
        Partner = self._meta.get_field("partner").related_model  # noqa: N806 - a model class

        def partner():
            same_partner = Partner.objects.filter(pk=self.partner_id).values("translation_key")
            candidates = {
                partner.pk: partner
                for partner in Partner.objects.filter(
                    Q(pk=self.partner_id) | Q(locale=locale, translation_key__in=same_partner), live=True
                )
                .select_related("logo")
                .prefetch_related("logo__renditions")
            }
            translated = next((p for p in candidates.values() if p.locale_id == locale.pk), None)
            return translated or candidates.get(self.partner_id)

        return remembered(f"guide-partner:{self.partner_id}:{locale.pk}", partner)

    def get_context(self, request, *args, steps=None, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["steps"] = self.get_steps() if steps is None else steps
        context["partner"] = self.get_partner()
        context["shown_audience"] = next(
            iter(terms_with_ids(Audience, [self.audience_id] if self.audience_id else [])), None
        )
        context["booklet_url"] = subpage_url(self, request, "booklet")
        return context

    @path("booklet/")
    def booklet(self, request):
        """The guide and each of its tool sheets, in order, to print."""
        steps = self.get_steps()
        if not steps:
            return redirect(self.get_url(request))
        sheets = ToolPage.printed_sheets([step.public_tool for step in steps if step.public_tool is not None])
        for step in steps:
            step.sheet = sheets[step.public_tool.pk] if step.public_tool is not None else {}
        return self.render(request, steps=steps, template="guides/guide_booklet.html")


class GuideStep(TranslatableMixin, Orderable):
    """One step of a guide: a tool, with guidance for this audience and what to deliver."""

    page = ParentalKey(GuidePage, on_delete=models.CASCADE, related_name="steps")
    title = models.CharField(_("step title"), max_length=200, blank=True, help_text=_("Defaults to the tool's name."))
    tool = models.ForeignKey(
        ToolPage, verbose_name=_("tool"), null=True, on_delete=models.SET_NULL, related_name="guide_steps"
    )
    guidance = RichTextField(_("guidance for this audience"), features=RICH_TEXT)
    deliverable = models.TextField(_("what to deliver at this step"))

    panels = [FieldPanel("tool"), FieldPanel("title"), FieldPanel("guidance"), FieldPanel("deliverable")]
    # The tool by id: /api/v2/pages/<id>/ answers only while it is live and public.
    api_fields = [
        APIField("title"),
        APIField("tool", serializer=PrimaryKeyRelatedField(read_only=True)),
        APIField("guidance"),
        APIField("deliverable"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("guide step")
        verbose_name_plural = _("guide steps")
        ordering = ["sort_order"]

    def __str__(self):
        return self.title or (self.tool.title if self.tool else "")

    def get_title(self):
        if self.title:
            return self.title
        tool = getattr(self, "public_tool", None) or self.tool
        return tool.title if tool else ""

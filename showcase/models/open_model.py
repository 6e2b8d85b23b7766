from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, ObjectList, TabbedInterface
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index

from sbm_site.i18n import active_locale, live_pages_in
from sbm_site.models import BasePage, site_pages
from toolpages.models import ToolPage, TranslationOfferMixin

from .. import canvas
from ..choices import COUNTRIES, LICENCE_SHORT_NAMES, LICENCE_URLS, Licence, OrganisationSize
from ..jsonld import open_model_jsonld
from ..readiness import SUBMITTED_PARAMETER, TICKED_PARAMETER, Readiness
from .share import ShareModelPage

PROSE_FEATURES = ["bold", "italic", "link", "ol", "ul"]


def canvas_field(block):
    return models.TextField(
        block.title, max_length=canvas.ANSWER_LENGTH, help_text=block.about, blank=block is not canvas.VALUES
    )


class OpenModelPage(TranslationOfferMixin, RoutablePageMixin, BasePage):
    """A social business model an organisation shares under an open licence for others to adapt."""

    organisation_name = models.CharField(_("organisation"), max_length=200)
    is_fictional_example = models.BooleanField(
        _("fictional example"),
        default=False,
        help_text=_("The organisation and its figures are invented for illustration; the page says so."),
    )
    country = models.CharField(_("country"), max_length=2, choices=COUNTRIES)
    region = models.CharField(_("region"), max_length=100, blank=True, help_text=_("Canton, region or city."))
    sector = models.ForeignKey(
        "showcase.Sector",
        verbose_name=_("sector"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="open_models",
    )
    legal_form = models.CharField(_("legal form"), max_length=120, blank=True)
    founded = models.PositiveSmallIntegerField(
        _("year founded"), null=True, blank=True, validators=[MinValueValidator(1800), MaxValueValidator(2100)]
    )
    size = models.CharField(_("size"), max_length=10, choices=OrganisationSize.choices, blank=True)
    size_note = models.CharField(
        _("size, in words"), max_length=200, blank=True, help_text=_("For example: plus 40 volunteers.")
    )

    values = canvas_field(canvas.VALUES)
    where = canvas_field(canvas.QUESTIONS[0])
    why = canvas_field(canvas.QUESTIONS[1])
    who = canvas_field(canvas.QUESTIONS[2])
    through_what = canvas_field(canvas.QUESTIONS[3])
    what = canvas_field(canvas.QUESTIONS[4])
    with_what = canvas_field(canvas.QUESTIONS[5])
    verifiable = canvas_field(canvas.QUESTIONS[6])
    with_whom = canvas_field(canvas.QUESTIONS[7])

    revenue_model = RichTextField(_("revenue model"), blank=True, features=PROSE_FEATURES)
    essentials = RichTextField(
        _("what is essential"),
        blank=True,
        features=PROSE_FEATURES,
        help_text=_("What must stay for the model to work."),
    )
    adaptable = RichTextField(_("what can be adapted locally"), blank=True, features=PROSE_FEATURES)

    licence = models.CharField(_("licence"), max_length=20, choices=Licence.choices, default=Licence.CC_BY_SA)
    attribution = models.CharField(
        _("attribution text"),
        max_length=300,
        help_text=_("How those who reuse the model credit it, e.g. “Model of X, shared under CC BY-SA 4.0”."),
    )

    contact_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("contact page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A page of this site with a contact form."),
    )
    contact_url = models.URLField(
        _("contact page of the organisation"), blank=True, help_text=_("A web page or form, never an e-mail address.")
    )

    organisation_panels = [
        FieldPanel("organisation_name"),
        FieldPanel("is_fictional_example"),
        FieldRowPanel([FieldPanel("country"), FieldPanel("region")]),
        FieldPanel("sector"),
        FieldRowPanel([FieldPanel("legal_form"), FieldPanel("founded")]),
        FieldRowPanel([FieldPanel("size"), FieldPanel("size_note")]),
    ]
    content_panels = BasePage.content_panels + [
        MultiFieldPanel(organisation_panels, heading=_("Organisation")),
        MultiFieldPanel([FieldPanel(block.field_name) for block in canvas.BLOCKS], heading=_("Business-model canvas")),
        InlinePanel("impact_figures", label=_("impact figures")),
        FieldPanel("revenue_model"),
        FieldPanel("essentials"),
        FieldPanel("adaptable"),
        InlinePanel("prerequisites", label=_("prerequisites")),
    ]
    reuse_panels = [
        MultiFieldPanel([FieldPanel("licence"), FieldPanel("attribution")], heading=_("Licence")),
        InlinePanel("materials", label=_("materials")),
        InlinePanel("used_tools", label=_("tools used")),
        MultiFieldPanel(
            [FieldPanel("contact_page"), FieldPanel("contact_url")], heading=_("Contact about replication")
        ),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(reuse_panels, heading=_("Reuse")),
            ObjectList(BasePage.promote_panels, heading=_("Promote")),
            ObjectList(BasePage.settings_panels, heading=_("Settings")),
        ]
    )

    search_fields = BasePage.search_fields + [
        index.SearchField("organisation_name"),
        index.SearchField("region"),
        *[index.SearchField(block.field_name) for block in canvas.BLOCKS],
        index.SearchField("revenue_model"),
        index.FilterField("locale"),
        index.FilterField("country"),
        index.FilterField("licence"),
    ]
    api_fields = [
        APIField("organisation_name"),
        APIField("country"),
        APIField("region"),
        APIField("legal_form"),
        APIField("founded"),
        *[APIField(block.field_name) for block in canvas.BLOCKS],
        APIField("licence"),
        APIField("attribution"),
        APIField("impact_figures"),
    ]
    parent_page_types = ["showcase.OpenModelIndexPage"]
    query_parameters = (TICKED_PARAMETER, SUBMITTED_PARAMETER, *TranslationOfferMixin.query_parameters)
    subpage_types = []

    class Meta:
        verbose_name = _("open business model")
        verbose_name_plural = _("open business models")

    def canvas_answers(self):
        """Each block of the canvas with this model's answer, the values first."""
        return [(block, getattr(self, block.field_name)) for block in canvas.BLOCKS]

    @property
    def licence_url(self):
        return LICENCE_URLS.get(self.licence, "")

    @property
    def licence_short_name(self):
        return LICENCE_SHORT_NAMES.get(self.licence, self.licence)

    def get_impact_figures(self):
        return list(self.impact_figures.all())

    def get_prerequisites(self):
        return list(self.prerequisites.all())

    def get_materials(self):
        return [material for material in self.materials.select_related("document") if material.document_id]

    def get_tools(self):
        """(tool, how it was used) for each tool used, in the visitor's language where it is live."""
        links = list(self.used_tools.select_related("tool"))
        tools = live_pages_in([link.tool for link in links], self.locale, model=ToolPage, fallback=True)
        return [
            (tools[link.tool.translation_key], link.how_used) for link in links if link.tool.translation_key in tools
        ]

    def get_contact_page(self):
        """The contact page in the visitor's language (else as chosen), when it is live and public: one query."""
        if self.contact_page_id is None:
            return None
        locale = active_locale()
        same_page = Page.objects.filter(pk=self.contact_page_id).values("translation_key")
        candidates = (
            site_pages()
            .live()
            .public()
            .filter(Q(pk=self.contact_page_id) | Q(locale=locale, translation_key__in=same_page))
        )
        pages = {page.pk: page for page in candidates}
        translated = next((page for page in pages.values() if page.locale_id == locale.pk), None)
        return translated or pages.get(self.contact_page_id)

    def get_share_page(self):
        """The "share your model" form beside this model, to invite visitors to publish their own."""
        return ShareModelPage.objects.sibling_of(self).live().public().first()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        figures = self.get_impact_figures()
        context.update(
            impact_figures=figures,
            tools=self.get_tools(),
            materials=self.get_materials(),
            contact_page=self.get_contact_page(),
            share_page=self.get_share_page(),
            jsonld=open_model_jsonld(self, request, figures),
            readiness=Readiness.from_query(self.get_prerequisites(), request.GET),
        )
        return context


class ImpactFigure(TranslatableMixin, Orderable):
    page = ParentalKey(OpenModelPage, on_delete=models.CASCADE, related_name="impact_figures")
    indicator = models.CharField(_("indicator"), max_length=200)
    value = models.DecimalField(_("value"), max_digits=14, decimal_places=2)
    unit = models.CharField(_("unit"), max_length=60, blank=True)
    year = models.PositiveSmallIntegerField(_("year"), validators=[MinValueValidator(1900), MaxValueValidator(2100)])
    source = models.CharField(_("source"), max_length=300, help_text=_("Where the figure comes from."))

    api_fields = [APIField(name) for name in ("indicator", "value", "unit", "year", "source")]
    panels = [
        FieldPanel("indicator"),
        FieldRowPanel([FieldPanel("value"), FieldPanel("unit"), FieldPanel("year")]),
        FieldPanel("source"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("impact figure")
        verbose_name_plural = _("impact figures")

    def __str__(self):
        return f"{self.indicator}: {self.value} {self.unit} ({self.year})"

    @property
    def display_value(self):
        """The value without trailing decimals when it is whole."""
        return int(self.value) if self.value == self.value.to_integral_value() else self.value


class Prerequisite(TranslatableMixin, Orderable):
    page = ParentalKey(OpenModelPage, on_delete=models.CASCADE, related_name="prerequisites")
    label = models.CharField(_("what is needed"), max_length=200)
    guidance = models.TextField(
        _("if it is missing"), max_length=600, blank=True, help_text=_("How to get it, shown to those who lack it.")
    )

    panels = [FieldPanel("label"), FieldPanel("guidance")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("prerequisite")
        verbose_name_plural = _("prerequisites")

    def __str__(self):
        return self.label


class ModelMaterial(TranslatableMixin, Orderable):
    page = ParentalKey(OpenModelPage, on_delete=models.CASCADE, related_name="materials")
    document = models.ForeignKey(
        "wagtaildocs.Document", verbose_name=_("document"), on_delete=models.CASCADE, related_name="+"
    )
    title = models.CharField(_("title"), max_length=200)
    description = models.CharField(_("description"), max_length=300, blank=True)

    panels = [FieldPanel("document"), FieldPanel("title"), FieldPanel("description")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("material")
        verbose_name_plural = _("materials")

    def __str__(self):
        return self.title


class ModelTool(TranslatableMixin, Orderable):
    page = ParentalKey(OpenModelPage, on_delete=models.CASCADE, related_name="used_tools")
    tool = models.ForeignKey(
        "toolpages.ToolPage", verbose_name=_("tool"), on_delete=models.CASCADE, related_name="open_model_links"
    )
    how_used = models.CharField(_("how it was used"), max_length=300, blank=True)

    panels = [FieldPanel("tool"), FieldPanel("how_used")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("tool used")
        verbose_name_plural = _("tools used")

    def __str__(self):
        return str(self.tool)

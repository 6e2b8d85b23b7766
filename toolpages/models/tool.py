"""The tool sheet ("fiche") and the rows that hang from it: instruments, contributors, related tools."""

from django import forms
from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, ObjectList, TabbedInterface
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from rest_framework.relations import SlugRelatedField

from sbm_site.chrome import default_locale
from sbm_site.generation import remembered
from sbm_site.i18n import active_locale, live_pages_in
from sbm_site.models import BasePage

from ..blocks import StepsBlock, UsageExamplesBlock
from ..sheet_sections import templates_by_place
from ..terms import terms_with_ids
from .contribute import SheetContributionsMixin
from .online_canvas import OnlineCanvasMixin
from .previews import TemplatePreview
from .taxonomy import Audience, Canvas, CanvasBlock, Phase

SECTION_FEATURES = ["bold", "italic", "ol", "ul", "link"]


def default_language_terms():
    """Tools point at the terms of the default language; each language shows its own (see `terms`)."""
    return Q(locale__language_code=settings.LANGUAGE_CODE)


class ToolStatus(models.TextChoices):
    PREPUBLISHED = "prepublished", _("Pre-publication")
    PUBLISHED = "published", _("Published")
    REVISING = "revising", _("Under revision")


def status_label(value):
    """A status in the reader's language, as Django's `get_status_display()` gives it."""
    try:
        return str(ToolStatus(value).label)
    except ValueError:
        return value


class Licence(models.TextChoices):
    CC_BY_SA = "cc-by-sa-4.0", "CC BY-SA 4.0"
    CC_BY = "cc-by-4.0", "CC BY 4.0"
    CC_BY_NC_SA = "cc-by-nc-sa-4.0", "CC BY-NC-SA 4.0"


LICENCE_URLS = {
    Licence.CC_BY_SA: "https://creativecommons.org/licenses/by-sa/4.0/",
    Licence.CC_BY: "https://creativecommons.org/licenses/by/4.0/",
    Licence.CC_BY_NC_SA: "https://creativecommons.org/licenses/by-nc-sa/4.0/",
}

COMPLEXITY_CHOICES = [(1, _("1 – simple")), (2, _("2 – intermediate")), (3, _("3 – demanding"))]


class ToolPage(SheetContributionsMixin, OnlineCanvasMixin, RoutablePageMixin, BasePage):
    """A tool sheet ("fiche"), laid out in the association's tabs, with a print view."""

    summary = models.TextField(_("the tool in brief"), help_text=_("One or two sentences shown in listings."))
    for_whom = RichTextField(_("for whom"), features=SECTION_FEATURES, blank=True)
    reasons = RichTextField(_("reasons to use it"), features=SECTION_FEATURES, blank=True)
    expected_results = RichTextField(_("expected results and impacts"), features=SECTION_FEATURES, blank=True)
    conditions = RichTextField(_("conditions of use"), features=SECTION_FEATURES, blank=True)
    risks = RichTextField(_("points of attention, risks"), features=SECTION_FEATURES, blank=True)

    canvas = models.ForeignKey(
        "toolpages.Canvas",
        verbose_name=_("canvas"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        limit_choices_to=default_language_terms,
    )
    blocks = ParentalManyToManyField(
        "toolpages.CanvasBlock",
        verbose_name=_("blocks of the canvas"),
        blank=True,
        related_name="+",
        limit_choices_to=default_language_terms,
    )
    phases = ParentalManyToManyField(
        "toolpages.Phase",
        verbose_name=_("phases"),
        blank=True,
        related_name="+",
        limit_choices_to=default_language_terms,
    )
    audiences = ParentalManyToManyField(
        "toolpages.Audience",
        verbose_name=_("audiences"),
        blank=True,
        related_name="+",
        limit_choices_to=default_language_terms,
    )
    complexity = models.PositiveSmallIntegerField(_("complexity"), choices=COMPLEXITY_CHOICES, default=1)
    people_needed = models.CharField(_("people needed"), max_length=120, blank=True, help_text=_("e.g. 2 to 6 people"))
    effort = models.CharField(
        _("estimated effort"),
        max_length=160,
        blank=True,
        help_text=_("As readers see it, e.g. “2 to 3 hours, 2 to 4 times”."),
    )
    effort_hours = models.PositiveSmallIntegerField(
        _("effort in hours"),
        default=1,
        validators=[MinValueValidator(1), MaxValueValidator(500)],
        help_text=_("The total effort, rounded up to whole hours, for the library's effort filter."),
    )
    duration_minutes = models.PositiveSmallIntegerField(
        _("duration in a workshop (minutes)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(5), MaxValueValidator(480)],
        help_text=_(
            "How long one working session with the tool takes, for the timed agenda of “My workshop”. "
            "Leave empty if the tool does not fit in a workshop."
        ),
    )

    steps = StreamField(StepsBlock(), verbose_name=_("how to use it"), blank=True)
    examples = StreamField(UsageExamplesBlock(), verbose_name=_("usage examples"), blank=True)

    lineage = models.CharField(
        _("adapted from"),
        max_length=255,
        blank=True,
        help_text=_("Where the tool comes from, e.g. “Osterwalder and Pigneur (2010)”."),
    )
    references = RichTextField(_("references"), features=SECTION_FEATURES, blank=True)
    licence = models.CharField(_("licence"), max_length=32, choices=Licence.choices, default=Licence.CC_BY_SA)

    version = models.CharField(_("version"), max_length=20, default="001")
    status = models.CharField(
        _("status shown to readers"), max_length=20, choices=ToolStatus.choices, default=ToolStatus.PREPUBLISHED
    )
    change_summary = models.TextField(
        _("what changed"),
        blank=True,
        help_text=_("A sentence for the public change log, recorded each time this version is published."),
    )
    consultation_request = RichTextField(
        _("what we ask readers"),
        features=SECTION_FEATURES,
        blank=True,
        help_text=_(
            "While the sheet is in pre-publication or under revision: what readers are asked to comment on, "
            "shown on the sheet and on the page of tools in consultation."
        ),
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("summary"),
        FieldPanel("for_whom"),
        FieldPanel("reasons"),
        FieldPanel("expected_results"),
        FieldPanel("conditions"),
        FieldPanel("risks"),
        FieldPanel("steps"),
        InlinePanel("instruments", label=_("instruments (templates to download)")),
        FieldPanel("examples"),
    ]
    classification_panels = [
        FieldPanel("canvas", widget=forms.Select),
        FieldPanel("blocks", widget=forms.CheckboxSelectMultiple),
        FieldPanel("phases", widget=forms.CheckboxSelectMultiple),
        FieldPanel("audiences", widget=forms.CheckboxSelectMultiple),
        FieldRowPanel([FieldPanel("complexity"), FieldPanel("effort_hours"), FieldPanel("duration_minutes")]),
        FieldRowPanel([FieldPanel("people_needed"), FieldPanel("effort")]),
        InlinePanel("related_tool_links", label=_("related tools")),
    ]
    credits_panels = [
        MultiFieldPanel(
            [FieldPanel("status"), FieldPanel("version"), FieldPanel("change_summary")], heading=_("version")
        ),
        FieldPanel("consultation_request"),
        FieldPanel("lineage"),
        FieldPanel("references"),
        FieldPanel("licence"),
        InlinePanel("contributors", label=_("contributors")),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Sheet")),
            ObjectList(classification_panels, heading=_("Classification")),
            ObjectList(credits_panels, heading=_("Credits and version")),
            ObjectList(BasePage.promote_panels, heading=_("Promote")),
            ObjectList(BasePage.settings_panels, heading=_("Settings")),
        ]
    )
    search_fields = BasePage.search_fields + [
        index.SearchField("summary"),
        index.SearchField("for_whom"),
        index.SearchField("reasons"),
        index.SearchField("expected_results"),
        index.SearchField("steps"),
        index.SearchField("lineage"),
        index.FilterField("complexity"),
        index.FilterField("status"),
    ]
    api_fields = [
        APIField(name)
        for name in (
            "summary",
            "for_whom",
            "reasons",
            "expected_results",
            "conditions",
            "risks",
            "complexity",
            "people_needed",
            "effort",
            "effort_hours",
            "duration_minutes",
            "steps",
            "lineage",
            "references",
            "licence",
            "version",
            "status",
            "consultation_request",
        )
    ]
    # Terms by slug: the same in every language, and the library's filter values.
    api_fields += [
        APIField("canvas", serializer=SlugRelatedField(slug_field="slug", read_only=True)),
        APIField("phases", serializer=SlugRelatedField(slug_field="slug", many=True, read_only=True)),
    ]
    override_translatable_fields = [
        SynchronizedField("version", overridable=False),
        SynchronizedField("canvas", overridable=False),
        SynchronizedField("blocks", overridable=False),
        SynchronizedField("phases", overridable=False),
        SynchronizedField("audiences", overridable=False),
    ]
    parent_page_types = ["toolpages.ToolIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("tool")
        verbose_name_plural = _("tools")

    @path("print/", name="print")
    def print_view(self, request):
        return self.render(request, template="toolpages/tool_page_print.html", context_overrides={"printing": True})

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(self.sheet_context(request))
        return context

    def sheet_context(self, request):
        """What the sheet and its print view show beyond the page's own fields."""
        rows = self.sheet_rows(request)
        contributors = rows["contributors"]
        library = self.get_parent().specific
        return {
            **self.classification(rows["term_ids"]),
            "instruments": rows["instruments"],
            "related_tools": self.live_related_tools(*rows["related_keys"]),
            "contributors": contributors,
            "contributors_by_role": self.contributors_by_role(contributors),
            "changes": rows["changes"],
            "library": library,
            "workshop_page": library.workshop_link(request) if hasattr(library, "workshop_link") else None,
            "attribution": self.attribution(request),
            "licence_url": LICENCE_URLS.get(self.licence, ""),
            "print_url": self.url + self.reverse_subpage("print") if self.url else "",
            "contribution_links": self.contribution_links(request),
            "online_canvas_url": self.online_canvas_url(rows["term_ids"], request),
            # What the apps above the library add to the sheet (`toolpages.sheet_sections`).
            "sheet_sections": templates_by_place(),
        }

    @classmethod
    def printed_sheets(cls, tools):
        """{tool's id: its canvas, blocks, phases, audiences and instruments} for saved `tools`, what a
        guide's booklet prints of each beyond its own fields, in four queries whatever their number (five
        when one is a translation: whether its templates are still the French sheet's)."""
        ids = [tool.pk for tool in tools]
        term_ids = {pk: {name: [] for name in CLASSIFICATIONS} for pk in ids}
        for name in CLASSIFICATIONS:
            field = cls._meta.get_field(name)
            page, term = field.m2m_field_name(), field.m2m_reverse_field_name()
            links = field.remote_field.through.objects.filter(**{f"{page}__in": ids})
            for page_id, term_id in links.values_list(page, term):
                term_ids[page_id][name].append(term_id)
        instruments = {pk: [] for pk in ids}
        for instrument in ToolInstrument.objects.filter(page__in=ids).select_related(*INSTRUMENT_READS):
            instruments[instrument.page_id].append(instrument)
        mark_document_languages([(tool, instrument) for tool in tools for instrument in instruments[tool.pk]])
        return {
            tool.pk: {**tool.classification(term_ids[tool.pk]), "instruments": instruments[tool.pk]} for tool in tools
        }

    def sheet_rows(self, request):
        """The sheet's rows (`read_rows`). Those of the live sheet change only on publication, so they
        are kept in the cache under the publication generation (`sbm_site.generation.remembered`); a
        preview reads the rows being edited."""
        if self.pk is None or getattr(request, "is_preview", False):
            return self.read_rows()
        return remembered(f"sheet-rows:{self.pk}", self.read_rows)

    def read_rows(self):
        """The ids of its terms, its contributors, instruments (with their documents), the translation
        keys of the tools it points to and of those pointing to any language's version of it, and its
        changes. The same reads for the saved sheet and the one being edited (whose rows modelcluster
        holds in memory)."""
        links_to_it = RelatedTool.objects.filter(tool__translation_key=self.translation_key)
        return {
            "term_ids": {name: [term.pk for term in getattr(self, name).all()] for name in CLASSIFICATIONS},
            "contributors": list(self.contributors.all()),
            "instruments": self.read_instruments(),
            "related_keys": (
                [link.tool.translation_key for link in self.related_tool_links.select_related("tool")],
                list(links_to_it.order_by("page__path", "sort_order").values_list("page__translation_key", flat=True)),
            ),
            "changes": list(self.changes.all()) if self.pk else [],
        }

    @property
    def card_preview(self):
        """The preview of its first template that has one, for its card in the library (which reads
        the instruments with the cards)."""
        return next(filter(None, (instrument.preview for instrument in self.instruments.all())), None)

    def read_instruments(self):
        """Its instruments with their documents and previews, each saying whether its document is
        the source sheet's (`mark_document_languages`)."""
        instruments = list(self.instruments.select_related(*INSTRUMENT_READS))
        mark_document_languages([(self, instrument) for instrument in instruments])
        return instruments

    def classification(self, term_ids):
        """The sheet's canvas, blocks, phases and audiences in the reader's language, from the cached
        taxonomy (`toolpages.terms`), given the ids of its terms."""
        canvases = terms_with_ids(Canvas, [self.canvas_id] if self.canvas_id else [])
        return {
            "canvas": canvases[0] if canvases else None,
            "canvas_blocks": terms_with_ids(CanvasBlock, term_ids["blocks"]),
            "phases": terms_with_ids(Phase, term_ids["phases"]),
            "audiences": terms_with_ids(Audience, term_ids["audiences"]),
        }

    def live_related_tools(self, forward, backward):
        """The tools this sheet points to, then those that point to it, live, in the reader's
        language (else in the default language), in one query whatever their number."""
        keys = [key for key in dict.fromkeys(forward + backward) if key != self.translation_key]
        found = live_pages_in(keys, active_locale(), model=ToolPage, fallback=True)
        return [found[key] for key in keys if key in found]

    def contributors_by_role(self, contributors):
        grouped = {}
        for contributor in contributors:
            grouped.setdefault(contributor.get_role_display(), []).append(contributor)
        return grouped

    def get_status_display(self):
        return status_label(self.status)

    def attribution(self, request=None):
        """A ready-to-copy attribution text, in the reader's language."""
        return gettext(
            "“%(title)s”, tool sheet by Social Business Models, version %(version)s, %(url)s, licence %(licence)s (%(licence_url)s)"
        ) % {
            "title": self.title,
            "version": self.version,
            "url": self.get_full_url(request) or "",
            "licence": self.get_licence_display(),
            "licence_url": LICENCE_URLS.get(self.licence, ""),
        }


def mark_document_languages(sheets_and_instruments):
    """Set each instrument's `document_language`: on a translated sheet, the source language when its
    document is also the source sheet's (the translator did not point it to one in the sheet's
    language), else None. One query for any number of sheets, none if all are in the source language."""
    source = default_locale()
    keys = {sheet.translation_key for sheet, _instrument in sheets_and_instruments if sheet.locale_id != source.pk}
    source_documents = set()
    if keys:
        source_documents = set(
            ToolInstrument.objects.filter(page__translation_key__in=keys, page__locale=source).values_list(
                "page__translation_key", "document_id"
            )
        )
    for sheet, instrument in sheets_and_instruments:
        shared = (sheet.translation_key, instrument.document_id) in source_documents
        instrument.document_language = source.language_code if shared else None


CLASSIFICATIONS = ("blocks", "phases", "audiences")
# An instrument's document and its preview, read with it (`ToolInstrument.preview`).
INSTRUMENT_READS = ("document", "document__template_preview")


class ToolInstrument(TranslatableMixin, Orderable):
    """A downloadable template of a tool (a Wagtail document).

    Translatable, so that wagtail-localize offers its description as a string and its document as an
    overridable segment: a translator points a translated sheet to the template in its language."""

    page = ParentalKey(ToolPage, on_delete=models.CASCADE, related_name="instruments")
    document = models.ForeignKey(
        "wagtaildocs.Document", verbose_name=_("document"), on_delete=models.CASCADE, related_name="+"
    )
    description = models.CharField(_("description"), max_length=255, blank=True)

    panels = [FieldPanel("document"), FieldPanel("description")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("instrument")
        verbose_name_plural = _("instruments")

    @property
    def preview(self):
        """The picture of its document's first page, or None (not a PDF, or one that cannot be drawn)."""
        try:
            return self.document.template_preview
        except TemplatePreview.DoesNotExist:
            return None


class ContributorRole(models.TextChoices):
    AUTHOR = "author", _("Author")
    REVISER = "reviser", _("Reviser")
    TRANSLATOR = "translator", _("Translator")
    EXAMPLE_AUTHOR = "example_author", _("Example author")


class ToolContributor(Orderable):
    """A person or group credited on the sheet, with their role."""

    page = ParentalKey(ToolPage, on_delete=models.CASCADE, related_name="contributors")
    name = models.CharField(_("name"), max_length=160)
    role = models.CharField(_("role"), max_length=20, choices=ContributorRole.choices, default=ContributorRole.AUTHOR)
    language = models.CharField(
        _("language"), max_length=8, choices=settings.LANGUAGES, blank=True, help_text=_("For translators.")
    )
    is_group = models.BooleanField(_("a group or organisation"), default=False)

    panels = [FieldRowPanel([FieldPanel("name"), FieldPanel("role"), FieldPanel("language"), FieldPanel("is_group")])]


class RelatedTool(Orderable):
    """A tool to use before, after or instead of this one."""

    page = ParentalKey(ToolPage, on_delete=models.CASCADE, related_name="related_tool_links")
    tool = models.ForeignKey(ToolPage, verbose_name=_("tool"), on_delete=models.CASCADE, related_name="+")

    panels = [FieldPanel("tool")]

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Locale, Orderable, TranslatableMixin, WorkflowMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from sbm_site.i18n import language_root
from sbm_site.models import TranslatableSnippet

from ..choices import LANGUAGE_NAMES, LANGUAGES, REGION_NAMES, REGIONS, SERVICE_NAMES, SERVICES, ProviderKind
from ..fields import CodeListField

# Paths below the directory page that are not providers (the application form, per language).
JOIN_SLUGS = {"fr": "rejoindre", "de": "eintragen", "it": "iscrizione", "en": "join"}


class ProviderQuerySet(models.QuerySet):
    def listed(self, today=None):
        """Providers the public may see: published and paid up to today at least."""
        return self.filter(live=True, listed_until__gte=today or timezone.localdate())


class Provider(WorkflowMixin, TranslatableSnippet, ClusterableModel):
    """A consultant, trainer or organisation who applies the association's tools (a paid listing)."""

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(
        _("slug"), max_length=80, help_text=_("The last part of the provider's address in the directory.")
    )
    kind = models.CharField(_("kind"), max_length=20, choices=ProviderKind.choices)
    description = RichTextField(_("description"), features=["bold", "italic", "link", "ul"])
    regions = CodeListField(_("regions served"), options=REGIONS)
    languages = CodeListField(_("working languages"), options=LANGUAGES)
    services = CodeListField(_("services"), options=SERVICES)
    trained_by_sbm = models.BooleanField(_("trained by the association"), default=False)
    listed_until = models.DateField(
        _("listing valid until"),
        help_text=_(
            "After this day the provider disappears from the public site; its owner is reminded a month before."
        ),
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
    email = models.EmailField(
        _("contact e-mail"),
        help_text=_("Never shown on the site: visitors' messages and expiry reminders are sent to it."),
    )

    objects = ProviderQuerySet.as_manager()

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("kind"),
        FieldPanel("description"),
        MultiFieldPanel(
            [FieldPanel("regions"), FieldPanel("languages"), FieldPanel("services")],
            _("Where, in which languages, what"),
        ),
        InlinePanel("tools", label=_("tools applied")),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("listed_until"), FieldPanel("trained_by_sbm")]), FieldPanel("email")],
            _("Listing"),
        ),
        FieldPanel("website"),
        FieldPanel("logo"),
    ]
    search_fields = TranslatableSnippet.search_fields + [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("description"),
        index.FilterField("live"),
        index.FilterField("listed_until"),
        index.FilterField("kind"),
    ]
    override_translatable_fields = [SynchronizedField("slug"), SynchronizedField("email")]

    class Meta(TranslatableSnippet.Meta):
        verbose_name = _("provider")
        verbose_name_plural = _("providers")
        ordering = ["name"]
        unique_together = [("translation_key", "locale"), ("slug", "locale")]

    def __str__(self):
        return self.name

    def get_workflow(self):
        """A translation is reviewed in its language, by the workflow of that language's pages."""
        if self.locale_id is None or self.locale_id == Locale.get_default().pk:
            return super().get_workflow()
        root = language_root(self.locale)
        return root.get_workflow() if root is not None else None

    def clean(self):
        super().clean()
        if self.slug in JOIN_SLUGS.values():
            raise ValidationError({"slug": _("This address is reserved for the application form.")})
        others = Provider.objects.filter(slug=self.slug, locale_id=self.locale_id).exclude(
            translation_key=self.translation_key
        )
        if self.slug and self.locale_id and others.exists():
            raise ValidationError({"slug": _("Another provider already has this address.")})

    @property
    def is_expired(self):
        return self.listed_until < timezone.localdate()

    @property
    def is_listed(self):
        """Whether the public may see it (what `Provider.objects.listed()` selects)."""
        return self.live and not self.is_expired

    def region_names(self):
        return [REGION_NAMES[code] for code in self.regions if code in REGION_NAMES]

    def language_names(self):
        return [LANGUAGE_NAMES[code] for code in self.languages if code in LANGUAGE_NAMES]

    def service_names(self):
        return [SERVICE_NAMES[code] for code in self.services if code in SERVICE_NAMES]

    def get_preview_template(self, request, mode_name):
        return "directory/provider_preview.html"

    def get_preview_context(self, request, mode_name):
        tools = [
            {"tool": link.tool, "evidence": link.evidence, "evidence_url": link.evidence_url}
            for link in self.tools.all()
        ]
        return {**super().get_preview_context(request, mode_name), "provider": self, "provider_tools": tools}


class ProviderTool(TranslatableMixin, Orderable):
    """A tool the provider has applied, with what shows it: a short text, a link to an example, or both."""

    provider = ParentalKey(Provider, on_delete=models.CASCADE, related_name="tools")
    tool = models.ForeignKey(
        "toolpages.ToolPage", verbose_name=_("tool"), on_delete=models.CASCADE, related_name="provider_links"
    )
    evidence = models.CharField(
        _("evidence"), max_length=300, blank=True, help_text=_("Where and how the provider applied the tool.")
    )
    evidence_url = models.URLField(_("link to a usage example"), blank=True)

    panels = [FieldPanel("tool"), FieldPanel("evidence"), FieldPanel("evidence_url")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("tool applied")
        verbose_name_plural = _("tools applied")


class ExpiryReminder(models.Model):
    """That a provider's owner was told its listing ends soon; one per listing period."""

    provider = models.ForeignKey(Provider, on_delete=models.CASCADE, related_name="expiry_reminders")
    listed_until = models.DateField(_("listing valid until"))
    recipient = models.EmailField(_("sent to"))
    sent_at = models.DateTimeField(_("sent at"), auto_now_add=True)

    class Meta:
        verbose_name = _("expiry reminder")
        verbose_name_plural = _("expiry reminders")
        constraints = [
            models.UniqueConstraint(fields=["provider", "listed_until"], name="directory_one_reminder_per_period")
        ]

    def __str__(self):
        return f"{self.provider} – {self.listed_until}"

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import Prefetch
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from sbm_site.i18n import active_locale, children_in_language_or_default, live_in_order
from sbm_site.models import BasePage, site_pages
from toolpages.models import Audience, ToolPage, TranslationOfferMixin
from toolpages.terms import terms_with_ids

from ..forms import RegistrationForm
from ..registration import CLOSED, SessionUnavailable, refusal
from .choices import LANGUAGE_CHOICES, AttendanceMode, language_name
from .filters import audience_facet, chosen, selected_option

RICH_TEXT = ["bold", "italic", "ol", "ul", "link"]


class TrainingIndexPage(BasePage):
    """Training modules and train-the-trainer paths."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["guides.TrainingModulePage"]
    query_parameters = ("audience", "format", "language", "trainers")
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("training index")

    def get_modules(self):
        upcoming = TrainingSession.objects.filter(start__gte=timezone.now()).order_by("start")
        return (
            children_in_language_or_default(self, site_pages(TrainingModulePage).live().public())
            .select_related("audience")
            .prefetch_related(Prefetch("sessions", queryset=upcoming, to_attr="upcoming_sessions"))
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        modules = self.get_modules()
        audience = audience_facet(modules, self.locale)
        formats = [(value, label) for value, label in AttendanceMode.choices]
        languages = list(LANGUAGE_CHOICES)
        filters = {
            "audience": chosen(request, audience),
            "format": selected_option(request, "format", formats),
            "language": selected_option(request, "language", languages),
            "trainers": selected_option(request, "trainers", [("1", "")]),
        }
        if filters["audience"]:
            modules = modules.filter(audience.q(modules))
        if filters["format"]:
            modules = modules.filter(format=filters["format"])
        if filters["language"]:
            modules = modules.filter(sessions__language=filters["language"]).distinct()
        if filters["trainers"]:
            modules = modules.filter(trains_trainers=True)
        audiences = [(option.value, option.label) for option in audience.options]
        context.update(modules=modules, audiences=audiences, formats=formats, languages=languages, filters=filters)
        return context


class TrainingModulePage(TranslationOfferMixin, RoutablePageMixin, BasePage):
    """A training module, with its sessions and their registration form."""

    audience = models.ForeignKey(
        "toolpages.Audience",
        verbose_name=_("audience"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    audience_description = models.TextField(_("who it is for"), blank=True)
    objectives = RichTextField(_("objectives"), features=RICH_TEXT, default="")
    format = models.CharField(
        _("format"), max_length=20, choices=AttendanceMode.choices, default=AttendanceMode.IN_PERSON
    )
    duration = models.CharField(
        _("duration"), max_length=120, default="", help_text=_("For example “one day (7 hours)”.")
    )
    prerequisites = RichTextField(_("prerequisites"), features=RICH_TEXT, blank=True)
    trains_trainers = models.BooleanField(
        _("trains trainers"),
        default=False,
        help_text=_("Part of a train-the-trainer path: participants pass the tools on."),
    )
    registration_note = models.TextField(
        _("note on registration"), blank=True, help_text=_("Price, cancellation terms, what to bring.")
    )

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [FieldPanel("audience"), FieldPanel("audience_description"), FieldPanel("trains_trainers")],
            heading=_("Audience"),
        ),
        FieldPanel("objectives"),
        FieldRowPanel([FieldPanel("format"), FieldPanel("duration")]),
        FieldPanel("prerequisites"),
        InlinePanel("tools", label=_("tool covered"), heading=_("Tools covered")),
        InlinePanel("trainers", label=_("trainer"), heading=_("Trainers")),
        InlinePanel("sessions", label=_("session"), heading=_("Sessions")),
        FieldPanel("registration_note"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("objectives"),
        index.SearchField("audience_description"),
        index.FilterField("trains_trainers"),
        index.FilterField("locale"),
    ]
    override_translatable_fields = [SynchronizedField("audience")]
    parent_page_types = ["guides.TrainingIndexPage"]
    query_parameters = ("registered", *TranslationOfferMixin.query_parameters)
    subpage_types = []

    class Meta:
        verbose_name = _("training module")
        verbose_name_plural = _("training modules")

    def get_tools(self):
        tools = [link.tool for link in self.tools.select_related("tool")]
        return live_in_order(tools, active_locale(), ToolPage)

    def get_trainers(self):
        """The trainers whose directory listing is public, in the visitor's language where translated."""
        links = list(self.trainers.select_related("provider"))
        if not links:
            return []
        Provider = self._meta.get_field("trainers").related_model._meta.get_field("provider").related_model  # noqa: N806
        translated = {
            provider.translation_key: provider
            for provider in Provider.objects.filter(
                translation_key__in=[link.provider.translation_key for link in links], locale=active_locale()
            )
        }
        trainers = []
        for link in links:
            for provider in (translated.get(link.provider.translation_key), link.provider):
                if provider is not None and provider.live and not provider.is_expired:
                    trainers.append(provider)
                    break
        return trainers

    def get_sessions(self):
        """Sessions in date order, each knowing its seats left and whether one may register."""
        sessions = list(self.sessions.order_by("start"))
        taken = Registration.seats_taken([session.translation_key for session in sessions])
        now = timezone.now()
        for session in sessions:
            session.annotate_state(taken.get(session.translation_key, 0), now)
        return sessions

    @path("")
    def index_route(self, request):
        """The module and its registration form: a registration is stored, then confirmed on the module's address."""
        form = None
        if request.method == "POST":
            form = RegistrationForm(request.POST, page=self, request=request)
            if form.is_valid() and form.save() is not None:
                return redirect(self.get_url(request) + "?registered=1#registration")
        return super().index_route(request, form=form)

    def get_context(self, request, *args, form=None, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        sessions = self.get_sessions()
        context.update(
            sessions=sessions,
            shown_audience=next(iter(terms_with_ids(Audience, [self.audience_id] if self.audience_id else [])), None),
            open_sessions=[session for session in sessions if session.is_open],
            tools=self.get_tools(),
            trainers=self.get_trainers(),
            form=form or RegistrationForm(page=self, sessions=sessions),
            registered=request.GET.get("registered") == "1",
        )
        return context


class TrainingModuleTool(Orderable):
    page = ParentalKey(TrainingModulePage, on_delete=models.CASCADE, related_name="tools")
    tool = models.ForeignKey(
        ToolPage, verbose_name=_("tool"), on_delete=models.CASCADE, related_name="training_modules"
    )

    panels = [FieldPanel("tool")]


class TrainingModuleTrainer(Orderable):
    page = ParentalKey(TrainingModulePage, on_delete=models.CASCADE, related_name="trainers")
    provider = models.ForeignKey(
        "directory.Provider", verbose_name=_("provider"), on_delete=models.CASCADE, related_name="training_modules"
    )

    panels = [FieldPanel("provider")]


class TrainingSession(TranslatableMixin, Orderable):
    """One date of a module. Its translations share a translation_key, and so share the seats."""

    page = ParentalKey(TrainingModulePage, on_delete=models.CASCADE, related_name="sessions")
    start = models.DateTimeField(_("starts"))
    end = models.DateTimeField(_("ends"))
    attendance_mode = models.CharField(
        _("attendance"), max_length=20, choices=AttendanceMode.choices, default=AttendanceMode.IN_PERSON
    )
    place = models.CharField(
        _("place"),
        max_length=255,
        blank=True,
        help_text=_("Name and address; online sessions send their link to participants."),
    )
    language = models.CharField(_("language"), max_length=10, choices=LANGUAGE_CHOICES, default=settings.LANGUAGE_CODE)
    seats = models.PositiveSmallIntegerField(
        _("seats"), null=True, blank=True, help_text=_("Leave empty for no limit.")
    )
    registration_open = models.BooleanField(_("registration open"), default=True)

    panels = [
        FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
        FieldRowPanel([FieldPanel("attendance_mode"), FieldPanel("language"), FieldPanel("seats")]),
        FieldPanel("place"),
        FieldPanel("registration_open"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("session")
        verbose_name_plural = _("sessions")
        ordering = ["sort_order"]

    def __str__(self):
        return f"{self.page.title} – {timezone.localtime(self.start):%d.%m.%Y %H:%M}"

    def clean(self):
        if self.start and self.end and self.end <= self.start:
            raise ValidationError({"end": _("A session must end after it starts.")})
        if self.attendance_mode != AttendanceMode.ONLINE and not self.place:
            raise ValidationError({"place": _("Give the place of a session that is not only online.")})

    @property
    def is_online(self):
        return self.attendance_mode == AttendanceMode.ONLINE

    @property
    def language_name(self):
        return language_name(self.language)

    def annotate_state(self, taken, now):
        self.seats_left = None if self.seats is None else max(self.seats - taken, 0)
        self.is_past = self.start <= now
        self.is_full = self.seats_left == 0
        self.is_open = self.registration_open and not self.is_past and not self.is_full

    def register(self, **details):
        """Store a confirmed registration for this session, or raise SessionUnavailable.

        Every language's copy of the session row is locked first, so two visitors cannot both take
        the last seat (SELECT … FOR UPDATE on PostgreSQL; SQLite serialises writers anyway).
        """
        with transaction.atomic():
            copies = list(
                TrainingSession.objects.select_for_update().filter(translation_key=self.translation_key).order_by("pk")
            )
            current = next((copy for copy in copies if copy.pk == self.pk), None)
            if current is None:
                raise SessionUnavailable(CLOSED)
            taken = Registration.seats_taken([current.translation_key]).get(current.translation_key, 0)
            current.annotate_state(taken, timezone.now())
            reason = refusal(current)
            if reason:
                raise SessionUnavailable(reason)
            return current.store_registration(Registration.Status.CONFIRMED, **details)

    def keep_spam(self, **details):
        """Store a registration taken for spam: kept aside for the admin, it takes no seat."""
        return self.store_registration(Registration.Status.SPAM, **details)

    def store_registration(self, status, **details):
        """A registration for this very session, stored as given (`register` checks the seats first)."""
        return Registration.objects.create(
            session=self,
            session_key=self.translation_key,
            module_id=self.page_id,
            session_start=self.start,
            status=status,
            **details,
        )


class Registration(models.Model):
    """A registration for a training session, from the public form; read and managed in the admin."""

    # The seats left are shown on public pages: a registration retires the cached ones.
    changes_public_pages = True

    class Status(models.TextChoices):
        CONFIRMED = "confirmed", _("Registered")
        CANCELLED = "cancelled", _("Cancelled")
        SPAM = "spam", _("Spam")

    session = models.ForeignKey(
        TrainingSession, verbose_name=_("session"), null=True, on_delete=models.SET_NULL, related_name="registrations"
    )
    # The session's translation_key: registrations through any language count against the same seats.
    session_key = models.UUIDField(_("session key"), db_index=True, editable=False)
    module = models.ForeignKey(
        TrainingModulePage, verbose_name=_("module"), null=True, on_delete=models.SET_NULL, related_name="registrations"
    )
    session_start = models.DateTimeField(_("session starts"))
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.CONFIRMED)
    name = models.CharField(_("name"), max_length=200)
    email = models.EmailField(_("e-mail address"), max_length=254)
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    message = models.TextField(_("message"), blank=True)
    language = models.CharField(_("language"), max_length=10, blank=True)
    consent = models.BooleanField(_("consent to storage"), default=False)
    created_at = models.DateTimeField(_("registered at"), auto_now_add=True)

    class Meta:
        verbose_name = _("training registration")
        verbose_name_plural = _("training registrations")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.name} – {self.module.title if self.module else ''} ({timezone.localtime(self.session_start):%d.%m.%Y})"

    @classmethod
    def seats_taken(cls, session_keys):
        """Confirmed registrations by session key, in one query."""
        rows = (
            cls.objects.filter(session_key__in=session_keys, status=cls.Status.CONFIRMED)
            .values("session_key")
            .annotate(count=models.Count("pk"))
        )
        return {row["session_key"]: row["count"] for row in rows}

from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Orderable
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from sbm_site.i18n import active_locale, children_in_language_or_default, in_language_or_default, live_in_order
from sbm_site.models import BasePage, site_pages
from toolpages.models import ToolPage, TranslationOfferMixin

from ..admin_forms import EventPageForm
from ..feeds import EventFeedRoutes
from ..ical import calendar_response
from ..localization import subpage_url
from .choices import LANGUAGE_CHOICES, AttendanceMode, EventType, language_name, validate_time_zone
from .filters import selected_option
from .guides import GuidePage

PAST_EVENTS_PER_PAGE = 12


def with_end(queryset):
    """Annotate `ends_at`: the end, or the start of an event given without an end."""
    return queryset.annotate(ends_at=Coalesce("end", "start"))


class EventIndexPage(EventFeedRoutes, BasePage):
    """Workshops, webinars, conferences and courses where the tools are spread."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["guides.EventPage"]
    query_parameters = ("type", "language", "page")
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("event index")

    def get_events(self):
        """The index's own events, in its language (its feeds and calendar)."""
        return with_end(EventPage.objects.child_of(self).live().public())

    def get_listed_events(self):
        """What the index lists: every event, in the index's language where it is translated, else in French."""
        return with_end(children_in_language_or_default(self, site_pages(EventPage).live().public()))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        now = timezone.now()
        types = list(EventType.choices)
        languages = list(LANGUAGE_CHOICES)
        filters = {
            "type": selected_option(request, "type", types),
            "language": selected_option(request, "language", languages),
        }
        events = self.get_listed_events()
        if filters["type"]:
            events = events.filter(event_type=filters["type"])
        if filters["language"]:
            events = events.filter(language=filters["language"])
        past = Paginator(events.filter(ends_at__lt=now).order_by("-start"), PAST_EVENTS_PER_PAGE)
        context.update(
            upcoming_events=events.filter(ends_at__gte=now).order_by("start"),
            past_events=past.get_page(request.GET.get("page")),
            types=types,
            languages=languages,
            filters=filters,
            calendar_url=subpage_url(self, request, "calendar"),
        )
        return context

    @path("ical/", name="calendar")
    def calendar(self, request):
        """The iCalendar feed of this language's events: upcoming ones and those of the last year."""
        since = timezone.now() - timezone.timedelta(days=365)
        events = self.get_events().filter(ends_at__gte=since).order_by("start")
        return calendar_response(request, list(events), filename=f"{self.slug}.ics", name=self.title)


class EventPage(TranslationOfferMixin, RoutablePageMixin, BasePage):
    """One event, with its own .ics download and schema.org Event data."""

    start = models.DateTimeField(_("starts"), help_text=_("In the event's time zone."))
    end = models.DateTimeField(_("ends"), null=True, blank=True, help_text=_("In the event's time zone."))
    time_zone = models.CharField(
        _("time zone"), max_length=64, default=settings.TIME_ZONE, validators=[validate_time_zone]
    )
    event_type = models.CharField(_("type"), max_length=20, choices=EventType.choices, default=EventType.WORKSHOP)
    attendance_mode = models.CharField(
        _("attendance"), max_length=20, choices=AttendanceMode.choices, default=AttendanceMode.IN_PERSON
    )
    place = models.CharField(
        _("place"), max_length=255, blank=True, help_text=_("Name and address. Leave empty for an online event.")
    )
    online_url = models.URLField(_("online link"), blank=True, help_text=_("Where to join an online event."))
    language = models.CharField(_("language"), max_length=10, choices=LANGUAGE_CHOICES, default=settings.LANGUAGE_CODE)
    body = RichTextField(_("programme"), blank=True, features=["h2", "h3", "bold", "italic", "ol", "ul", "link"])
    registration_url = models.URLField(_("registration link"), blank=True)

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
                FieldPanel("time_zone"),
            ],
            heading=_("Date"),
        ),
        FieldRowPanel([FieldPanel("event_type"), FieldPanel("language")]),
        MultiFieldPanel(
            [FieldPanel("attendance_mode"), FieldPanel("place"), FieldPanel("online_url")], heading=_("Place")
        ),
        FieldPanel("body"),
        FieldPanel("registration_url"),
        InlinePanel("related_tools", label=_("related tool"), heading=_("Related tools")),
        InlinePanel("related_guides", label=_("related guide"), heading=_("Related guides")),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("place"),
        index.SearchField("body"),
        index.FilterField("start"),
        index.FilterField("event_type"),
        index.FilterField("language"),
        index.FilterField("locale"),
    ]
    api_fields = [
        APIField(name)
        for name in (
            "intro",
            "start",
            "end",
            "time_zone",
            "event_type",
            "attendance_mode",
            "place",
            "online_url",
            "language",
            "body",
            "registration_url",
        )
    ]
    override_translatable_fields = [SynchronizedField("time_zone")]
    base_form_class = EventPageForm
    parent_page_types = ["guides.EventIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    @classmethod
    def upcoming(cls, locale):
        """Live public events that have not ended yet, soonest first: in `locale` where translated, else in French."""
        events = with_end(in_language_or_default(site_pages(cls).live().public(), locale))
        return events.filter(ends_at__gte=timezone.now()).order_by("start")

    @property
    def zone(self):
        return ZoneInfo(self.time_zone or settings.TIME_ZONE)

    @property
    def local_start(self):
        return timezone.localtime(self.start, self.zone)

    @property
    def local_end(self):
        return timezone.localtime(self.end, self.zone) if self.end else None

    @property
    def is_online(self):
        return self.attendance_mode == AttendanceMode.ONLINE

    @property
    def is_past(self):
        return (self.end or self.start) < timezone.now()

    @property
    def language_name(self):
        return language_name(self.language)

    def clean(self):
        super().clean()
        if self.start and self.end and self.end <= self.start:
            raise ValidationError({"end": _("An event must end after it starts.")})
        if self.attendance_mode != AttendanceMode.ONLINE and not self.place:
            raise ValidationError({"place": _("Give the place of an event that is not only online.")})

    def get_related_tools(self):
        tools = [link.tool for link in self.related_tools.select_related("tool")]
        return live_in_order(tools, active_locale(), ToolPage)

    def get_related_guides(self):
        guides = [link.guide for link in self.related_guides.select_related("guide")]
        return live_in_order(guides, active_locale(), GuidePage)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(
            related_tools=self.get_related_tools(),
            related_guides=self.get_related_guides(),
            ics_url=subpage_url(self, request, "ics"),
        )
        return context

    @path("ics/", name="ics")
    def ics(self, request):
        return calendar_response(request, [self], filename=f"{self.slug}.ics", name=self.title)


class EventRelatedTool(Orderable):
    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="related_tools")
    tool = models.ForeignKey(ToolPage, verbose_name=_("tool"), on_delete=models.CASCADE, related_name="events")

    panels = [FieldPanel("tool")]


class EventRelatedGuide(Orderable):
    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="related_guides")
    guide = models.ForeignKey(GuidePage, verbose_name=_("guide"), on_delete=models.CASCADE, related_name="events")

    panels = [FieldPanel("guide")]

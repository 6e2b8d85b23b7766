from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.search import index

from sbm_site.models import BasePage


class GuideIndexPage(BasePage):
    """The fils rouges: curated sets of tools for one audience or situation."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["guides.GuidePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("guide index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["guides"] = self.get_live_children(GuidePage)
        return context


class GuidePage(BasePage):
    """A fil rouge."""

    parent_page_types = ["guides.GuideIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("guide (fil rouge)")


class TrainingIndexPage(BasePage):
    """Training modules and train-the-trainer paths."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["guides.TrainingModulePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("training index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["modules"] = self.get_live_children(TrainingModulePage)
        return context


class TrainingModulePage(BasePage):
    parent_page_types = ["guides.TrainingIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("training module")


class EventIndexPage(BasePage):
    """Workshops, webinars, conferences and courses where the tools are spread."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["guides.EventPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("event index")

    def get_events(self):
        return EventPage.objects.child_of(self).live().public().order_by("start")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        now = timezone.now()
        events = self.get_events()
        context["upcoming_events"] = events.filter(start__gte=now)
        context["past_events"] = events.filter(start__lt=now).order_by("-start")
        return context


class EventPage(BasePage):
    start = models.DateTimeField(_("starts"))
    end = models.DateTimeField(_("ends"), null=True, blank=True)
    place = models.CharField(_("place"), max_length=255, blank=True, help_text=_("Leave empty for an online event."))

    content_panels = BasePage.content_panels + [
        FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
        FieldPanel("place"),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("place"), index.FilterField("start")]
    parent_page_types = ["guides.EventIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("event")

    @classmethod
    def upcoming(cls, locale):
        return cls.objects.live().public().filter(locale=locale, start__gte=timezone.now()).order_by("start")

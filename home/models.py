from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from guides.models import EventPage, GuidePage
from sbm_site.blocks import BodyBlock
from sbm_site.contributions.pages import ContributionFormPageMixin
from sbm_site.i18n import in_language_or_default, live_pages_in
from sbm_site.models import BasePage, site_pages
from toolpages.models import ToolPage

from .blocks import ActivityAreaBlock, AssociationBodyBlock, ProcessingBlock
from .forms import MembershipForm


class HomePage(BasePage):
    """The root of each language's tree."""

    mission = models.TextField(_("mission"), help_text=_("The association's mission, quoted from its statutes."))
    activity_areas = StreamField([("area", ActivityAreaBlock())], verbose_name=_("activity areas"), blank=True)
    join_title = models.CharField(_("call to join: title"), max_length=120, blank=True)
    join_text = models.TextField(_("call to join: text"), blank=True)
    join_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("call to join: page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("mission"),
        FieldPanel("activity_areas"),
        InlinePanel("featured_tools", label=_("featured tools"), max_num=6),
        MultiFieldPanel(
            [FieldPanel("join_title"), FieldPanel("join_text"), FieldPanel("join_page")], _("Call to join")
        ),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("mission")]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "toolpages.ToolIndexPage",
        "guides.GuideIndexPage",
        "guides.TrainingIndexPage",
        "guides.EventIndexPage",
        "showcase.OpenModelIndexPage",
        "directory.DirectoryPage",
        "directory.PartnersPage",
        "home.AssociationPage",
        "home.MembershipFormPage",
        "home.PrivacyNoticePage",
        "home.LegalNoticePage",
    ]

    class Meta:
        verbose_name = _("home page")

    def get_featured_tools(self):
        """The featured tools, each in this page's language where it is live in it, else in French (two queries)."""
        keys = [featured.tool.translation_key for featured in self.featured_tools.select_related("tool")]
        found = live_pages_in(keys, self.locale, model=ToolPage, fallback=True)
        return [found[key] for key in keys if key in found]

    def get_linked_pages(self):
        """{translation_key: page} of the pages the activity areas and the call to join point to, each
        live and public in this page's language, else in the default language (one query)."""
        pages = [block.value.get("page") for block in self.activity_areas if block.block_type == "area"]
        if self.join_page_id:
            pages.append(self.join_page)
        return live_pages_in(pages, self.locale, fallback=True)

    def get_latest_guides(self):
        """The three guides published last, each in this page's language where translated, else in French."""
        guides = in_language_or_default(site_pages(GuidePage).live().public(), self.locale)
        return guides.order_by("-first_published_at")[:3]

    def get_upcoming_events(self):
        return EventPage.upcoming(self.locale)[:3]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["featured_tools"] = self.get_featured_tools()
        context["linked_pages"] = linked = self.get_linked_pages()
        context["join_link"] = linked.get(self.join_page.translation_key) if self.join_page_id else None
        context["latest_guides"] = self.get_latest_guides()
        context["upcoming_events"] = self.get_upcoming_events()
        return context


class HomeFeaturedTool(Orderable):
    page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_tools")
    tool = models.ForeignKey("toolpages.ToolPage", verbose_name=_("tool"), on_delete=models.CASCADE, related_name="+")

    panels = [FieldPanel("tool")]


class AssociationPage(BasePage):
    """Who we are, the general assembly, the committee, the working groups, how to join."""

    body = StreamField(AssociationBodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("body")]
    search_fields = BasePage.search_fields + [index.SearchField("body")]
    parent_page_types = ["home.HomePage", "home.AssociationPage"]
    subpage_types = ["home.AssociationPage", "home.MembershipFormPage"]

    class Meta:
        verbose_name = _("association page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["subpages"] = self.public_children(request)
        return context

    def public_children(self, request=None):
        """The live, public sub-pages listed under the text (committee, working groups, joining), in one query."""
        children = site_pages().child_of(self).live().public().only("title", "slug", "url_path", "locale_id")
        return self.give_children_urls(list(children), request)


class MembershipFormPage(ContributionFormPageMixin, BasePage):
    """Join the association or write to it; requests go to GT Administration."""

    thank_you_text = RichTextField(_("thank-you text"), features=["bold", "italic", "link"])

    content_panels = BasePage.content_panels + [FieldPanel("thank_you_text")]
    parent_page_types = ["home.HomePage", "home.AssociationPage"]
    subpage_types = []
    form_class = MembershipForm

    class Meta:
        verbose_name = _("membership and contact form")


class NoticePage(BasePage):
    """What both notices share: one of each per language, right under its home page, with the
    address at which the association answers about them."""

    contact_email = models.EmailField(
        _("contact e-mail"), blank=True, help_text=_("Where to write about this notice; the same in every language.")
    )
    updated = models.DateField(_("last updated"), null=True, blank=True)

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    override_translatable_fields = [SynchronizedField("contact_email"), SynchronizedField("updated")]

    class Meta:
        abstract = True


class PrivacyNoticePage(NoticePage):
    """The privacy notice (nFADP, GDPR): who is responsible, what each form collects and why, who
    reads it, how long it is kept, the visitor's rights and how to exercise them, the laws."""

    controller = RichTextField(_("controller and contact"), features=["bold", "italic", "link"])
    processings = StreamField(
        [("processing", ProcessingBlock())], verbose_name=_("what we collect, why, who reads it, for how long")
    )
    processors = RichTextField(
        _("who else handles the data (hosting, e-mail)"), features=["bold", "italic", "link"], blank=True
    )
    cookies = RichTextField(_("cookies and third parties"), features=["bold", "italic", "link"], blank=True)
    rights = RichTextField(_("your rights and how to exercise them"), features=["bold", "italic", "link"])
    laws = RichTextField(_("applicable law"), features=["bold", "italic", "link"])

    content_panels = BasePage.content_panels + [
        MultiFieldPanel([FieldPanel("controller"), FieldPanel("contact_email")], _("Controller")),
        FieldPanel("processings"),
        FieldPanel("processors"),
        FieldPanel("cookies"),
        FieldPanel("rights"),
        FieldPanel("laws"),
        FieldPanel("updated"),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("processings"), index.SearchField("rights")]

    class Meta:
        verbose_name = _("privacy notice")


class LegalNoticePage(NoticePage):
    """The legal notice (Impressum): who publishes the site, how to reach them, and the rest."""

    publisher = RichTextField(_("publisher"), features=["bold", "italic", "link"])
    postal_address = models.TextField(
        _("postal address"), blank=True, help_text=_("Left empty, the page says that no postal address is published.")
    )
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [FieldPanel("publisher"), FieldPanel("postal_address"), FieldPanel("contact_email")], _("Publisher")
        ),
        FieldPanel("body"),
        FieldPanel("updated"),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("publisher"), index.SearchField("body")]

    class Meta:
        verbose_name = _("legal notice")

from django.conf import settings
from django.http import Http404
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import RichTextField

from sbm_site.generation import remembered
from sbm_site.i18n import in_language_or_default, live_pages_in
from sbm_site.models import BasePage

from ..contact import ProviderContactForm
from ..forms import ProviderApplicationForm
from .listing import FACETS, DirectoryListing
from .providers import JOIN_SLUGS, Provider
from .queries import live_tool_links, partners_by_type

JOIN_PATTERN = "|".join(sorted(set(JOIN_SLUGS.values())))


class DirectoryPage(RoutablePageMixin, BasePage):
    """The directory of providers who apply the association's tools; each provider has a page below it."""

    application_intro = RichTextField(
        _("application form: introduction"),
        blank=True,
        features=["bold", "italic", "link", "ul"],
        help_text=_("Shown above the form by which a provider applies to be listed (conditions, price)."),
    )

    content_panels = BasePage.content_panels + [FieldPanel("application_intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    # The listing's form (`directory.models.listing.DirectoryFilterForm`) and page; `sent`: the forms below.
    query_parameters = ("q", *FACETS, "page", "sent")

    class Meta:
        verbose_name = _("provider directory")

    @path("")
    def index_route(self, request, *args, **kwargs):
        return self.render(request, context_overrides={"listing": DirectoryListing(self, request)})

    @re_path(rf"^(?P<join_slug>{JOIN_PATTERN})/$", name="join")
    def join(self, request, join_slug):
        if join_slug != self.join_slug:
            return redirect(self.join_url(request))
        form = ProviderApplicationForm(request.POST or None, page=self, request=request)
        if request.method == "POST" and form.is_valid():
            form.save()
            return redirect(self.join_url(request) + "?sent=1")
        return self.render(
            request,
            template="directory/provider_application.html",
            context_overrides={
                "form": form,
                "sent": request.GET.get("sent") == "1",
                "language_links": self.language_links(lambda page: page.join_url(request)),
            },
        )

    @re_path(r"^(?P<slug>[-\w]+)/$", name="provider")
    def provider(self, request, slug):
        provider = self.find_provider(slug)
        if provider is None:
            raise Http404
        form = ProviderContactForm(request.POST or None, provider=provider, page=self, request=request)
        if request.method == "POST" and form.is_valid():
            form.save()
            return redirect(self.provider_url(provider, request) + "?sent=1#contact")
        return self.render(
            request,
            template="directory/provider_page.html",
            context_overrides={
                "provider": provider,
                "provider_full_url": self.get_full_url(request)
                + self.reverse_subpage("provider", kwargs={"slug": provider.slug}),
                "provider_tools": self.tools_of(provider, request),
                "language_links": self.language_links(lambda page: page.provider_url(provider, request)),
                "form": form,
                "sent": request.GET.get("sent") == "1",
            },
        )

    @property
    def join_slug(self):
        return JOIN_SLUGS.get(self.locale.language_code, JOIN_SLUGS[settings.LANGUAGE_CODE])

    def join_url(self, request=None):
        return self.get_url(request) + self.reverse_subpage("join", kwargs={"join_slug": self.join_slug})

    def provider_url(self, provider, request=None):
        return self.get_url(request) + self.reverse_subpage("provider", kwargs={"slug": provider.slug})

    def listed_providers(self):
        """Listed providers of this page's language, else of the default language, one per provider."""
        return in_language_or_default(Provider.objects.listed(), self.locale)

    def find_provider(self, slug):
        # At most one: slugs are unique in a language and one language is chosen per provider. Its
        # logo's renditions are read with it, as on the directory's cards.
        providers = list(
            self.listed_providers().filter(slug=slug).select_related("logo").prefetch_related("logo__renditions")
        )
        return providers[0] if providers else None

    def language_links(self, url_in):
        """The same view in each language the directory is published in: [{"code", "name", "url"}]."""
        names = dict(settings.LANGUAGES)
        directories = {
            page.locale.language_code: page
            for page in DirectoryPage.objects.filter(translation_key=self.translation_key)
            .live()
            .public()
            .select_related("locale")
        }
        return [
            {"code": code, "name": names[code], "url": url_in(directories[code])}
            for code, _name in settings.LANGUAGES
            if code in directories
        ]

    def tools_of(self, provider, request=None):
        return live_tool_links([provider], self.locale, request).get(provider.pk, [])

    def get_sitemap_urls(self, request=None):
        urls = super().get_sitemap_urls(request)
        base = self.get_full_url(request)
        if base is None:
            return urls
        directories = [
            (page.locale.language_code, page.get_full_url(request))
            for page in DirectoryPage.objects.filter(translation_key=self.translation_key)
            .live()
            .public()
            .select_related("locale")
        ]
        for provider in self.listed_providers().only("slug", "last_published_at"):
            path = self.reverse_subpage("provider", kwargs={"slug": provider.slug})
            entry = {"location": base + path, "lastmod": provider.last_published_at}
            if len(directories) > 1:
                # Every language's directory shows the provider (in French where it is not translated).
                entry["alternates"] = [{"lang_code": code, "location": url + path} for code, url in directories]
            urls.append(entry)
        return urls


def directory_page_for(locale):
    """The live directory page of `locale`, else of the default language, or None."""

    def find():
        keys = DirectoryPage.objects.values_list("translation_key", flat=True)
        pages = live_pages_in(keys, locale, model=DirectoryPage, fallback=True)
        return next(iter(pages.values()), None)

    # Kept under the content generation (`sbm_site.chrome`): any publication or move retires it.
    return remembered(f"directory-page:{locale.language_code}", find)


def provider_public_url(provider, request=None):
    """The provider's page below the directory of its language, or None while it is not listed."""
    directory = directory_page_for(provider.locale) if provider.is_listed else None
    return directory.provider_url(provider, request) if directory else None


class PartnersPage(BasePage):
    """Alliances and partnerships, by type."""

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("partners page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["partner_groups"] = partners_by_type(self.locale)
        return context

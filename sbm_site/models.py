"""The shared base: the translatable-snippet mixin, the footer, site-wide page fields."""

from django.conf import settings
from django.db import models, transaction
from django.db.models import Q
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import (
    AbstractGroupApprovalTask,
    DraftStateMixin,
    LockableMixin,
    Page,
    PageManager,
    PageViewRestriction,
    PreviewableMixin,
    RevisionMixin,
    TranslatableMixin,
)
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from .chrome import with_cached_locale
from .generation import once_per_request
from .navigation import live_translations
from .restrictions import is_public, view_restrictions
from .routing import child_by_slug


class TranslatableSnippet(
    PreviewableMixin, DraftStateMixin, LockableMixin, RevisionMixin, TranslatableMixin, index.Indexed, models.Model
):
    """Base of every snippet the public reads: drafts, revisions, locking, one copy per locale."""

    search_fields = [index.FilterField("locale")]

    class Meta(TranslatableMixin.Meta):
        abstract = True


class Footer(TranslatableSnippet):
    """The text at the foot of every page, one per locale."""

    about = RichTextField(_("about the association"), features=["bold", "italic", "link"])
    address = models.TextField(_("postal address"), blank=True)
    email = models.EmailField(_("contact e-mail"), blank=True)
    legal = models.CharField(_("legal notice"), max_length=255, blank=True)

    panels = [FieldPanel("about"), FieldPanel("address"), FieldPanel("email"), FieldPanel("legal")]
    override_translatable_fields = [SynchronizedField("email")]

    class Meta(TranslatableSnippet.Meta):
        verbose_name = _("footer")
        verbose_name_plural = _("footers")

    def __str__(self):
        return str(_("Footer (%(locale)s)") % {"locale": self.locale.language_code})

    def get_preview_template(self, request, mode_name):
        return "includes/footer_preview.html"


class SitePageQuerySet(PageQuerySet):
    """Wagtail's page queryset, whose `public()` and `not_public()` read the restricted sections
    from the cache (`sbm_site.restrictions.view_restrictions`) instead of querying them each time."""

    def restricted_q(self):
        q = Q()
        for _page_id, path, depth in view_restrictions()["sections"]:
            q |= Q(path__startswith=path) & Q(depth__gte=depth)
        return q if q else Q(pk__in=[])

    def public(self):
        return self.exclude(self.restricted_q())

    def not_public(self):
        return self.filter(self.restricted_q())


SitePageManager = PageManager.from_queryset(SitePageQuerySet)


def site_pages(model=None):
    """All pages of `model` (any page type by default), whose `public()` costs no query."""
    model = model or Page
    return SitePageQuerySet(model).order_by("path")


class BasePage(Page):
    """Fields every page of the site has: a short introduction shown under the title."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    objects = SitePageManager()

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    class Meta:
        abstract = True

    def get_context(self, request, *args, **kwargs):
        with_cached_locale(self)
        context = super().get_context(request, *args, **kwargs)
        context["missing_translation"] = missing_translation_notice(self, request)
        return context

    def route(self, request, path_components):
        """As Wagtail routes, with one query per level instead of two (the child's type is cached)."""
        if path_components:
            # A page routed through (a library on the way to a sheet) is kept with the chrome.
            child = child_by_slug(self, path_components[0], on_the_way=len(path_components) > 1)
            if child is not None:
                return child.route(request, path_components[1:])
        return super().route(request, path_components)

    def get_view_restrictions(self):
        """Wagtail's check before serving, without a query when no restricted section holds this page."""
        if not view_restrictions()["aliases"] and is_public(self):
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()

    def get_url_parts(self, request=None):
        """Wagtail's, worked out once per request for each page: a tool sheet needs its own address
        some ten times (canonical link, sharing links, structured data, attribution, forms)."""
        if self.pk is None:
            return super().get_url_parts(request)
        # The path in the key: a page moved during the request gets its new address.
        key = ("url-parts", self.pk, self.url_path, id(request))
        return once_per_request(key, lambda: super(BasePage, self).get_url_parts(request))

    def get_live_children(self, model):
        """Live, public children of one type, in the editors' order."""
        return model.objects.child_of(self).live().public().order_by("path")

    def give_children_urls(self, children, request=None):
        """Set `listing_url` on each child page of this one: the URL Wagtail gives it (this page's
        URL followed by what the child's path adds to this page's), without a site lookup per child."""
        base = self.get_url(request) or ""
        for child in children:
            own_part = child.url_path[len(self.url_path) :] if child.url_path.startswith(self.url_path) else None
            child.listing_url = base + own_part if base and own_part else child.get_url(request)
        return children


def vary_on_visitor_languages(serve):
    """Every page's response varies with the visitor's languages, which the notice about a missing
    translation reads. An `on_serve_page` hook rather than `BasePage.serve`: the index and sub-pages
    of a routable page (RoutablePageMixin comes before BasePage) never reach the latter."""

    def serve_page(page, request, args, kwargs):
        response = serve(page, request, args, kwargs)
        patch_vary_headers(response, ["Accept-Language"])
        return response

    return serve_page


def missing_translation_notice(page, request):
    """When the visitor reads another language than this page's and the page has no live
    translation in it: the notice, in the visitor's language, and the languages it exists in."""
    preferred = translation.get_language_from_request(request, check_path=False)
    if not preferred or preferred == page.locale.language_code:
        return None
    available = live_translations(page, request)
    if preferred in available or preferred not in dict(settings.LANGUAGES):
        return None
    with translation.override(preferred):
        message = translation.gettext("This page is not available in %(language)s.") % {
            "language": get_language_info(preferred)["name_local"]
        }
        label = translation.gettext("It exists in:")
    return {
        "language": preferred,
        "message": message,
        "label": label,
        "links": [
            {"code": code, "name": get_language_info(code)["name_local"], "url": url} for code, url in available.items()
        ],
    }


class TranslationReviewTask(AbstractGroupApprovalTask):
    """The review step of a language (`sbm_site.translation_review`): its groups approve, and an
    incomplete translation only with their explicit confirmation.

    The review's rules read wagtail-localize's models, which are not loaded yet when this module is:
    hence the imports inside the methods."""

    def get_actions(self, obj, user):
        from .translation_review import review_actions

        if not super().get_actions(obj, user):  # the group approval's rule: its groups and superusers
            return []
        return review_actions(obj, user)

    def get_form_for_action(self, action):
        from .translation_review import form_for_action

        return form_for_action(action)

    @transaction.atomic
    def on_action(self, task_state, user, action_name, **kwargs):
        from .translation_review import perform

        perform(self, task_state, user, action_name, **kwargs)

    @classmethod
    def get_description(cls):
        return _("Reviewers of a language approve its translations and publish them")

    class Meta:
        verbose_name = _("translation review")
        verbose_name_plural = _("translation reviews")

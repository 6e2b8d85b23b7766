"""The contributions inbox: each group sees the kinds it handles; the Comité sees them all."""

from django.contrib import admin
from django.contrib.admin import SimpleListFilter
from django.urls import path
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail_modeladmin.helpers import PermissionHelper
from wagtail_modeladmin.options import ModelAdmin, modeladmin_register
from wagtail_modeladmin.views import EditView, HistoryView

from . import registry, views
from .models import Contribution
from .panels import NewContributionsPanel
from .permissions import user_can_triage, visible_kinds


class ContributionPermissionHelper(PermissionHelper):
    """Visitors create contributions; in the admin they are only read and triaged."""

    def user_can_create(self, user):
        return False

    def user_may_see_kind(self, user, obj):
        kinds = visible_kinds(user)
        return kinds is None or obj.kind in kinds

    def user_can_inspect_obj(self, user, obj):
        return self.user_may_see_kind(user, obj) and super().user_can_inspect_obj(user, obj)

    def user_can_edit_obj(self, user, obj):
        """Editing is triage (the status and the note), so it follows the triage views' rule."""
        return user_can_triage(user, obj)

    def user_can_delete_obj(self, user, obj):
        """Superusers only (they see every kind); handlers reject or mark as spam, which the log keeps."""
        return user.is_superuser


class KindFilter(SimpleListFilter):
    """The kinds the user may see, by their names rather than their keys."""

    title = _("kind")
    parameter_name = "kind"

    def lookups(self, request, model_admin):
        kinds = visible_kinds(request.user)
        return [(kind.key, kind.label) for kind in registry.all_kinds() if kinds is None or kind.key in kinds]

    def queryset(self, request, queryset):
        return queryset.filter(kind=self.value()) if self.value() else queryset


class PageFilter(SimpleListFilter):
    """The tools (or other pages) that contributions the user may see are about."""

    title = _("page concerned")
    parameter_name = "page"

    def lookups(self, request, model_admin):
        pages = (
            model_admin.get_queryset(request)
            .filter(page__isnull=False)
            .values_list("page_id", "page__title", "page__locale__language_code")
            .distinct()
            .order_by("page__title")
        )
        return [(str(page_id), f"{title} ({language})") for page_id, title, language in pages]

    def queryset(self, request, queryset):
        return queryset.filter(page_id=self.value()) if self.value() else queryset


class TriageView(EditView):
    """Records who decided and when whenever the status or the note changes."""

    def form_valid(self, form):
        if form.has_changed():
            form.instance.handled_by = self.request.user
            form.instance.handled_at = timezone.now()
        return super().form_valid(form)


class ContributionHistoryView(HistoryView):
    """The trail of every decision on one contribution (inspect shows the last only), for those who may inspect it."""

    def check_action_permitted(self, user):
        return self.permission_helper.user_can_inspect_obj(user, self.instance)


@modeladmin_register
class ContributionAdmin(ModelAdmin):
    model = Contribution
    menu_label = _("Contributions")
    menu_icon = "mail"
    menu_order = 250
    add_to_settings_menu = False
    inspect_view_enabled = True
    inspect_template_name = "contributions/inspect.html"
    permission_helper_class = ContributionPermissionHelper
    edit_view_class = TriageView
    history_view_class = ContributionHistoryView
    list_display = ("created_at", "kind_label", "name", "organisation", "language", "status")
    list_filter = (KindFilter, "status", "language", PageFilter)
    search_fields = ("name", "email", "organisation", "message")
    inspect_view_fields = (
        "kind",
        "status",
        "language",
        "name",
        "email",
        "organisation",
        "message",
        "details",
        "page",
        "created_at",
        "handled_by",
        "handled_at",
        "decision_note",
    )
    form_fields_exclude = (
        "kind",
        "language",
        "name",
        "email",
        "organisation",
        "message",
        "details",
        "page",
        "consent",
        "handled_by",
        "handled_at",
    )

    @admin.display(description=_("kind"))
    def kind_label(self, obj):
        return obj.kind_label

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        kinds = visible_kinds(request.user)
        return queryset if kinds is None else queryset.filter(kind__in=kinds)


@hooks.register("register_admin_urls")
def register_triage_urls():
    return [
        path("contributions/triage/<int:pk>/accept/", views.accept, name="contributions_accept"),
        path("contributions/triage/<int:pk>/reject/", views.reject, name="contributions_reject"),
        path("contributions/triage/<int:pk>/spam/", views.mark_spam, name="contributions_spam"),
    ]


@hooks.register("register_log_actions")
def register_triage_log_actions(actions):
    actions.register_action("sbm.contribution.accepted", _("Accept contribution"), _("Contribution accepted"))
    actions.register_action("sbm.contribution.rejected", _("Reject contribution"), _("Contribution rejected"))
    actions.register_action("sbm.contribution.spam", _("Mark contribution as spam"), _("Contribution marked as spam"))


@hooks.register("construct_homepage_panels")
def add_new_contributions_panel(request, panels):
    if request.user.has_perm("contributions.view_contribution"):
        panels.append(NewContributionsPanel(request.user))

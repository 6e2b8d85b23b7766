from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet

from .models import Registration


class RegistrationViewSet(ModelViewSet):
    """Training registrations, as the public sent them; the team confirms, cancels or marks spam."""

    model = Registration
    icon = "group"
    menu_label = _("Training registrations")
    menu_order = 260
    add_to_admin_menu = True
    copy_view_enabled = False
    inspect_view_enabled = True
    list_display = ["name", "module", "session_start", "email", "status", "created_at"]
    list_filter = ["status", "module", "language"]
    list_export = [
        "module",
        "session_start",
        "name",
        "email",
        "organisation",
        "message",
        "language",
        "status",
        "created_at",
    ]
    search_fields = ["name", "email", "organisation"]
    form_fields = ["status", "name", "email", "organisation", "message"]
    ordering = ["-created_at"]


@hooks.register("register_admin_viewset")
def register_registration_viewset():
    return RegistrationViewSet("training_registrations")

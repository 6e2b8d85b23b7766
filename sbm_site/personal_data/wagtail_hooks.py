from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import views
from .registry import user_may_manage_personal_data


@hooks.register("register_admin_urls")
def register_personal_data_urls():
    return [
        path("personal-data/", views.search, name="sbm_personal_data"),
        path("personal-data/export/json/", views.export, {"file_format": "json"}, name="sbm_personal_data_json"),
        path("personal-data/export/csv/", views.export, {"file_format": "csv"}, name="sbm_personal_data_csv"),
        path("personal-data/erase/", views.erase, name="sbm_personal_data_erase"),
    ]


class PersonalDataMenuItem(MenuItem):
    def is_shown(self, request):
        return user_may_manage_personal_data(request.user)


@hooks.register("register_settings_menu_item")
def register_personal_data_menu_item():
    return PersonalDataMenuItem(_("Personal data"), reverse("sbm_personal_data"), icon_name="user", order=900)


@hooks.register("register_log_actions")
def register_personal_data_log_actions(actions):
    actions.register_action("sbm.personal_data.search", _("Search for personal data"), _("Personal data searched"))
    actions.register_action("sbm.personal_data.export", _("Export personal data"), _("Personal data exported"))
    actions.register_action("sbm.personal_data.erase", _("Erase personal data"), _("Personal data erased"))
    actions.register_action("sbm.personal_data.purge", _("Retention purge"), _("Personal data past its period purged"))

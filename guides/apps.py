from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GuidesConfig(AppConfig):
    name = "guides"
    verbose_name = _("Guides, training and events")

    def ready(self):
        # Imported here, not above: these modules read models, which Django loads after the app configs.
        from sbm_site.personal_data.registry import register as register_store
        from toolpages.sheet_sections import SheetSection, register

        from .personal_data import RegistrationStore

        register(SheetSection("uses", "guides/includes/tool_guides.html", order=10))
        register_store(RegistrationStore())

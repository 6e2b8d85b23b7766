from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GuidesConfig(AppConfig):
    name = "guides"
    verbose_name = _("Guides, training and events")

    def ready(self):
        from toolpages.sheet_sections import SheetSection, register

        register(SheetSection("uses", "guides/includes/tool_guides.html", order=10))

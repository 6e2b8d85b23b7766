from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ToolpagesConfig(AppConfig):
    name = "toolpages"
    verbose_name = _("Tool library")

    def ready(self):
        from . import signals

        signals.connect()

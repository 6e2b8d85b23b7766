from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ContributionsConfig(AppConfig):
    name = "sbm_site.contributions"
    label = "contributions"
    verbose_name = _("Contributions")

    def ready(self):
        # Imported here, not above: these modules read models, which Django loads after the app configs.
        from sbm_site.personal_data.registry import register

        from .personal_data import ContributionStore

        register(ContributionStore())

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PersonalDataConfig(AppConfig):
    name = "sbm_site.personal_data"
    label = "personal_data"
    verbose_name = _("Personal data")

    def ready(self):
        # Imported here, not above: these modules read models, which Django loads after the app configs.
        from . import registry
        from .accounts import UserAccountStore

        registry.register(UserAccountStore())

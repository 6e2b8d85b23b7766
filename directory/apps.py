from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DirectoryConfig(AppConfig):
    name = "directory"

    def ready(self):
        # Imported here, not above: these modules read models, which Django loads after the app configs.
        from sbm_site.api import api_router
        from sbm_site.contributions.registry import ContributionKind, register
        from sbm_site.personal_data.registry import register as register_store
        from toolpages.sheet_sections import SheetSection
        from toolpages.sheet_sections import register as register_sheet_section

        from .api import PartnersAPIViewSet, ProvidersAPIViewSet
        from .applications import accept_application
        from .contact import CONTACT_KIND
        from .forms import APPLICATION_KIND
        from .personal_data import ExpiryReminderStore, ProviderStore

        register(
            ContributionKind(
                key=APPLICATION_KIND,
                label=_("Application to the provider directory"),
                handled_by=("GT Administration",),
                notify_setting="SBM_ADMINISTRATION_EMAIL",
                accept=accept_application,
                accept_label=_("Create a draft provider"),
            )
        )
        register(
            ContributionKind(
                key=CONTACT_KIND,
                label=_("Message to a provider"),
                handled_by=("GT Administration",),
                retention="provider_contact",
                keep_content=False,
            )
        )
        register_store(ProviderStore())
        register_store(ExpiryReminderStore())
        api_router.register_endpoint("providers", ProvidersAPIViewSet)
        api_router.register_endpoint("partners", PartnersAPIViewSet)
        register_sheet_section(SheetSection("providers", "directory/includes/tool_providers.html"))

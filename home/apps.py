from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"

    def ready(self):
        # Imported here, not above: these modules read models, which Django loads after the app configs.
        from sbm_site import notices
        from sbm_site.contributions.registry import ContributionKind, register
        from sbm_site.personal_data.registry import allow_groups

        from .editorial import COMITE, GT_ADMINISTRATION

        register(
            ContributionKind(
                key="membership",
                label=_("Membership or contact request"),
                handled_by=("GT Administration",),
                notify_setting="SBM_ADMINISTRATION_EMAIL",
                retention="membership",
                keep_content=False,
            )
        )
        notices.register(notices.PRIVACY, "home.PrivacyNoticePage")
        notices.register(notices.LEGAL, "home.LegalNoticePage")
        # Who may search, export and erase a person's data (admin › Settings › Personal data).
        allow_groups(COMITE, GT_ADMINISTRATION)

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"

    def ready(self):
        from sbm_site import notices
        from sbm_site.contributions.registry import ContributionKind, register

        register(
            ContributionKind(
                key="membership",
                label=_("Membership or contact request"),
                handled_by=("GT Administration",),
                notify_setting="SBM_ADMINISTRATION_EMAIL",
            )
        )
        notices.register(notices.PRIVACY, "home.PrivacyNoticePage")
        notices.register(notices.LEGAL, "home.LegalNoticePage")

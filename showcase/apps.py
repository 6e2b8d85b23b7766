from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ShowcaseConfig(AppConfig):
    name = "showcase"
    verbose_name = _("Open-source models")

    def ready(self):
        from sbm_site.contributions.registry import ContributionKind, register

        from .forms import SHARED_MODEL_KIND
        from .sharing import draft_from_contribution

        register(
            ContributionKind(
                key=SHARED_MODEL_KIND,
                label=_("Shared open model"),
                handled_by=("GT Communication",),
                notify_setting="SBM_COMMUNICATION_EMAIL",
                accept=draft_from_contribution,
                accept_label=_("Create a draft open model"),
            )
        )

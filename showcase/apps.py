from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ShowcaseConfig(AppConfig):
    name = "showcase"
    verbose_name = _("Open-source models")

    def ready(self):
        from sbm_site.contributions.registry import ContributionKind, register
        from toolpages.sheet_sections import SheetSection
        from toolpages.sheet_sections import register as register_sheet_section

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
        register_sheet_section(SheetSection("uses", "showcase/includes/tool_models.html", order=20))

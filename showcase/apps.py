from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ShowcaseConfig(AppConfig):
    name = "showcase"
    verbose_name = _("Open-source models")

    def ready(self):
        # Imported here, not above: these modules read models, which Django loads after the app configs.
        from sbm_site.contributions.registry import ContributionKind, register
        from toolpages.canvas_online import CanvasSharing, register_sharing
        from toolpages.sheet_sections import SheetSection
        from toolpages.sheet_sections import register as register_sheet_section

        from .canvas import LIBRARY_CANVAS_SLUG
        from .forms import SHARED_MODEL_KIND
        from .sharing import draft_from_contribution, share_page_url

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
        register_sharing(
            CanvasSharing(
                canvas_slug=LIBRARY_CANVAS_SLUG,
                label=_("Share as an open-source model"),
                explanation=_(
                    "Does your organisation work on this model? Offer it to others as an open-source model: "
                    "your answers fill in the share form, which you complete and send yourself. GT "
                    "Communication reads it before anything is published."
                ),
                url=share_page_url,
            )
        )

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ToolpagesConfig(AppConfig):
    name = "toolpages"
    verbose_name = _("Tool library")

    def ready(self):
        # Imported here, not above: these modules read models, which Django loads after the app configs.
        from sbm_site.contributions.registry import ContributionKind, register

        from . import contributions, forms, previews, signals

        signals.connect()
        previews.connect()
        # GT Production runs the co-creation of tools; the Comité sees every kind anyway.
        for key, label, accept, accept_label in (
            (
                forms.PROPOSAL_KIND,
                _("Tool proposal"),
                contributions.draft_tool_from_proposal,
                _("Create a draft tool"),
            ),
            (
                forms.REVISION_KIND,
                _("Revision suggested for a tool"),
                contributions.comment_from_revision,
                _("Add it as a comment on the tool"),
            ),
            (
                forms.EXAMPLE_KIND,
                _("Usage example of a tool"),
                contributions.draft_revision_with_example,
                _("Add it to a draft of the tool"),
            ),
            (
                forms.TRANSLATION_KIND,
                _("Offer to translate a page"),
                contributions.comment_from_translation_offer,
                _("Note it on the page for the translation reviewers"),
            ),
        ):
            register(
                ContributionKind(
                    key=key,
                    label=label,
                    handled_by=(contributions.REVIEWERS_GROUP,),
                    accept=accept,
                    accept_label=accept_label,
                )
            )

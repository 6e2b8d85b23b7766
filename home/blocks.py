from django.utils.translation import gettext_lazy as _

from wagtail import blocks

from sbm_site.blocks import BodyBlock
from sbm_site.i18n import active_locale, live_pages_in


class ActivityAreaBlock(blocks.StructBlock):
    """One of the association's seven activity areas, with how far it has come."""

    title = blocks.CharBlock(label=_("title"), max_length=120)
    summary = blocks.TextBlock(label=_("summary"))
    state = blocks.ChoiceBlock(
        label=_("state"),
        choices=[
            ("active", _("Up and running")),
            ("starting", _("Being set up")),
            ("planned", _("Not started yet")),
        ],
        default="active",
    )
    page = blocks.PageChooserBlock(label=_("page"), required=False)

    class Meta:
        icon = "list-ul"
        template = "home/blocks/activity_area.html"

    def get_context(self, value, parent_context=None):
        """`area_page`: the area's page live in the visitor's language (else the default one), or None.

        The home page resolves every area's page in one query (`linked_pages`); alone, the block asks.
        """
        context = super().get_context(value, parent_context=parent_context)
        page = value.get("page")
        linked = (parent_context or {}).get("linked_pages")
        if page is not None and linked is None:
            linked = live_pages_in([page], active_locale(), fallback=True)
        context["area_page"] = linked.get(page.translation_key) if page is not None else None
        return context


class WorkingGroupBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("name"), max_length=120)
    mission = blocks.TextBlock(label=_("what the group does"))
    tasks = blocks.ListBlock(blocks.CharBlock(label=_("task")), label=_("main tasks"))

    class Meta:
        icon = "group"
        template = "home/blocks/working_group.html"


class AssociationBodyBlock(BodyBlock):
    working_group = WorkingGroupBlock()


class ProcessingBlock(blocks.StructBlock):
    """One kind of personal data the site collects: what, why, who reads it, how long it is kept."""

    title = blocks.CharBlock(label=_("what is collected through"), max_length=160)
    data = blocks.TextBlock(label=_("data collected"))
    purpose = blocks.TextBlock(label=_("purpose"))
    recipients = blocks.TextBlock(label=_("who reads it"))
    retention = blocks.CharBlock(label=_("how long it is kept"), max_length=255)

    class Meta:
        icon = "lock"
        template = "home/blocks/processing.html"

from django.utils.translation import gettext_lazy as _

from wagtail import blocks

from sbm_site.blocks import BodyBlock


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


class WorkingGroupBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("name"), max_length=120)
    mission = blocks.TextBlock(label=_("what the group does"))
    tasks = blocks.ListBlock(blocks.CharBlock(label=_("task")), label=_("main tasks"))

    class Meta:
        icon = "group"
        template = "home/blocks/working_group.html"


class AssociationBodyBlock(BodyBlock):
    working_group = WorkingGroupBlock()

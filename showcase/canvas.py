"""The association's business-model canvas: shared values at the centre, eight questions around them."""

from dataclasses import dataclass

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

# Long enough for a real answer, short enough for the nine blocks to print on one A4 landscape page.
ANSWER_LENGTH = 600


@dataclass(frozen=True)
class CanvasBlock:
    field_name: str
    # The association's own (French) name of the block, kept as a stable key for styling and tests.
    key: str
    title: str | Promise
    about: str | Promise


VALUES = CanvasBlock("values", "valeurs", _("Values"), _("The shared values of the organisation"))

# In the association's order, which the canvas drawing follows clockwise from the top left.
QUESTIONS = [
    CanvasBlock("where", "ou", _("Where"), _("The context")),
    CanvasBlock("why", "pourquoi", _("Why"), _("The problem or the opportunity")),
    CanvasBlock("who", "qui", _("Who"), _("Target publics and beneficiaries")),
    CanvasBlock("through_what", "par-quoi", _("Through what"), _("Communication and distribution")),
    CanvasBlock("what", "quoi", _("What"), _("Services, goods and offers")),
    CanvasBlock("with_what", "avec-quoi", _("With what"), _("Resources, financial ones included")),
    CanvasBlock("verifiable", "verifiable", _("Verifiable"), _("Measures of success and impact")),
    CanvasBlock("with_whom", "avec-qui", _("With whom"), _("Partners and allies")),
]

BLOCKS = [VALUES, *QUESTIONS]

# The business-model canvas of the tool library (its taxonomy slug) and, for each of its blocks by slug, the
# field that holds that block's answer here: what a canvas filled in online pre-fills in the share form.
LIBRARY_CANVAS_SLUG = "modele-d-affaires"
FIELD_OF_LIBRARY_BLOCK = {
    "valeurs-partagees": VALUES.field_name,
    **{block.key: block.field_name for block in QUESTIONS},
}

"""The canvas online: a sheet's canvas filled in, shown laid out as the canvas, printed or downloaded.

Nothing a visitor types is stored on the server. The form is sent (POST, so that drafts stay out of
addresses, logs and the page cache) only when the visitor asks to see the filled canvas or its PDF,
and the answer is never kept (`Cache-Control: no-store`). With JavaScript, drafts live in the
browser's own storage (`toolpages/static/toolpages/online_canvas.js`).

A higher app can offer to take the filled canvas further (the open models offer "share as an
open-source model"): it registers a `CanvasSharing` for a canvas in its `AppConfig.ready()`; the
filled canvas then posts its answers, named as in `CanvasForm`, to the address it gives.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

# As long as an answer on an open model's canvas: enough for a real answer, short enough for every
# block to print on one A4 landscape page.
ANSWER_LENGTH = 600
TITLE_LENGTH = 200
FORM_PREFIX = "canvas"
PAPER_SIZES = (("A4", _("A4 landscape")), ("A3", _("A3 landscape")))

ROUTE_SLUGS = {
    "fr": "remplir-en-ligne",
    "de": "online-ausfuellen",
    "it": "compilare-online",
    "en": "fill-in-online",
}
ROUTE_PATTERN = rf"^(?P<route_slug>{'|'.join(sorted(ROUTE_SLUGS.values()))})/$"

# Where each block of a canvas with a centre and eight questions stands on a 3 × 3 grid: the centre
# in the middle, the questions clockwise from the top left, as the association draws its canvas.
CLOCKWISE = ["1-1", "1-2", "1-3", "2-3", "3-3", "3-2", "3-1", "2-1"]
CENTRE = "2-2"


def route_slug(language_code):
    return ROUTE_SLUGS.get(language_code, ROUTE_SLUGS[settings.LANGUAGE_CODE])


def answer_field_name(block_slug):
    """The name under which a block's answer is posted (the form's prefix, then the block's slug)."""
    return f"{FORM_PREFIX}-{block_slug}"


def title_field_name():
    return f"{FORM_PREFIX}-title"


def whole_canvas(canvas, canvas_blocks, sheet_blocks):
    """The blocks of `canvas` in the editors' order when the sheet is classified under every one of them
    (the sheet is that canvas, not a tool for some of its blocks); else [].

    `canvas_blocks` are every block of the taxonomy, `sheet_blocks` the sheet's own; terms of any language
    are matched by translation key."""
    if canvas is None:
        return []
    blocks = [block for block in canvas_blocks if block.canvas.translation_key == canvas.translation_key]
    covered = {block.translation_key for block in sheet_blocks}
    if not blocks or any(block.translation_key not in covered for block in blocks):
        return []
    return blocks


@dataclass(frozen=True)
class PlacedBlock:
    """A block of the canvas, where it stands on the drawing and what was written in it."""

    block: object
    place: str
    answer: str = ""

    @property
    def field_name(self):
        return answer_field_name(self.block.slug)


def laid_out(blocks, answers=None):
    """The blocks with their place on the drawing: a centre and eight questions on the association's
    3 × 3 canvas, any other canvas in rows of three in its order ("row-column" places)."""
    answers = answers or {}
    centre = [block for block in blocks if block.is_centre][:1]
    questions = [block for block in blocks if block not in centre]
    ordered = centre + questions
    if len(centre) == 1 and len(questions) == len(CLOCKWISE):
        places = [CENTRE, *CLOCKWISE]
    else:
        places = [f"{index // 3 + 1}-{index % 3 + 1}" for index in range(len(ordered))]
    return [
        PlacedBlock(block, place, answers.get(block.slug, "")) for block, place in zip(ordered, places, strict=True)
    ]


def in_reading_order_of_the_grid(placed):
    """The placed blocks row by row, left to right: the order a grid that knows no places draws them in."""
    return sorted(placed, key=lambda item: tuple(int(part) for part in item.place.split("-")))


class AnswerField(forms.CharField):
    """A block's answer; line breaks counted as one character, as the browser's own limit counts them
    (a form sends each as CR LF)."""

    def to_python(self, value):
        return super().to_python(value).replace("\r\n", "\n").replace("\r", "\n")


class CanvasForm(forms.Form):
    """One text area per block of the canvas, with its guiding question; an optional name for the print."""

    title = forms.CharField(
        label=_("Name of your project or organisation"),
        help_text=_("Optional: printed above the canvas."),
        max_length=TITLE_LENGTH,
        required=False,
    )
    size = forms.ChoiceField(
        label=_("Paper of the PDF"), choices=PAPER_SIZES, initial="A4", required=False, widget=forms.RadioSelect
    )

    def __init__(self, *args, blocks=(), **kwargs):
        super().__init__(*args, prefix=FORM_PREFIX, **kwargs)
        self.blocks = list(blocks)
        for block in self.blocks:
            field = AnswerField(
                label=block.name,
                help_text=block.question,
                max_length=ANSWER_LENGTH,
                required=False,
                strip=True,
                widget=forms.Textarea(attrs={"rows": 5}),
                error_messages={
                    "max_length": _(
                        "At most %(limit_value)d characters, so that the canvas prints on one page: "
                        "this answer has %(show_value)d. Please shorten it."
                    )
                },
            )
            self.fields[block.slug] = field
        self.fields["title"].widget.attrs["autocomplete"] = "organization"

    def answer_fields(self):
        return [self[block.slug] for block in self.blocks]

    def answers(self):
        """{block slug: answer} of a valid form."""
        return {block.slug: self.cleaned_data.get(block.slug, "") for block in self.blocks}

    def paper_size(self):
        size = self.cleaned_data.get("size") if self.is_bound and self.is_valid() else None
        return size if size in dict(PAPER_SIZES) else "A4"


@dataclass(frozen=True)
class CanvasSharing:
    """An offer, made by a higher app, to take a filled canvas further: a button that posts the answers
    (named as in `CanvasForm`) and `canvas_prefill=1` to `url(request)`, an address of the active language."""

    canvas_slug: str
    label: str
    explanation: str
    url: Callable


_sharings: list[CanvasSharing] = []


def register_sharing(sharing):
    if sharing not in _sharings:
        _sharings.append(sharing)
    return sharing


def sharing_for(canvas):
    """The registered sharing of `canvas` (a term of any language, matched by slug), or None."""
    if canvas is None:
        return None
    return next((sharing for sharing in _sharings if sharing.canvas_slug == canvas.slug), None)


PREFILL_FIELD = "canvas_prefill"

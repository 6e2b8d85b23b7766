"""Printable worksheets made with fpdf2: a canvas drawn with its blocks, a tool's template of headed boxes.

Both are one landscape page (A4 or A3) in DejaVu Sans Condensed, embedded from `toolpages/fonts/`
(subset by fpdf2), so every character of French, German, Italian and English prints, and so does
what a visitor types into a filled canvas.
"""

import math
from pathlib import Path

from fpdf import FPDF

FONT_DIR = Path(__file__).resolve().parent / "fonts"
FONT = "DejaVuSansCondensed"
PAGE_SIZES = {"A4": 1.0, "A3": math.sqrt(2)}
ANSWER_MAX_CHARS = 4000
LINE_HEIGHT_RATIO = 1.25
PT = 25.4 / 72  # one typographic point in millimetres
CREATOR = "Social Business Models"


class Cell:
    """One box of a worksheet: a heading, a guiding question and what is written in it (if anything)."""

    def __init__(self, heading, hint="", answer="", highlighted=False):
        self.heading = heading
        self.hint = hint
        self.answer = answer
        self.highlighted = highlighted


def canvas_pdf(title, blocks, *, answers=None, size="A4", subtitle="") -> bytes:
    """A canvas on one landscape page: its centre block in the middle of a 3×3 grid, each block headed
    by its name and guiding question, blank (ruled) or holding `answers` ({block slug: text})."""
    answers = answers or {}
    blocks = list(blocks)
    centre = [block for block in blocks if block.is_centre][:1]
    around = [block for block in blocks if not (centre and block is centre[0])]
    cells = [
        Cell(block.name, block.question, str(answers.get(block.slug) or ""), highlighted=block.is_centre)
        for block in around
    ]
    if centre:
        middle = Cell(centre[0].name, centre[0].question, str(answers.get(centre[0].slug) or ""), highlighted=True)
        if len(cells) == 8:
            cells.insert(4, middle)
        else:
            cells.insert(0, middle)
    return _grid_pdf(title, subtitle, cells, size=size, footer="")


def worksheet_pdf(title, boxes, *, subtitle="", footer="", size="A4") -> bytes:
    """A tool's blank template on one landscape page: one ruled box per (heading, hint) of `boxes`."""
    cells = [Cell(heading, hint or "") for heading, hint in boxes]
    return _grid_pdf(title, subtitle, cells, size=size, footer=footer)


def grid_shape(count):
    """Columns and rows for `count` boxes on a landscape page: a 3×3 canvas, else about 3:2."""
    if count <= 1:
        return 1, 1
    if count == 9:
        return 3, 3
    columns = min(count, math.ceil(math.sqrt(count * 1.5)))
    return columns, math.ceil(count / columns)


def _grid_pdf(title, subtitle, cells, *, size, footer):
    if size not in PAGE_SIZES:
        raise ValueError(f"Unknown page size {size!r}: use one of {', '.join(PAGE_SIZES)}.")
    scale = PAGE_SIZES[size]
    pdf = FPDF(orientation="L", unit="mm", format=size)
    pdf.set_auto_page_break(False)
    pdf.set_margin(0)
    pdf.add_font(FONT, "", FONT_DIR / "DejaVuSansCondensed.ttf")
    pdf.add_font(FONT, "B", FONT_DIR / "DejaVuSansCondensed-Bold.ttf")
    pdf.set_title(title)
    pdf.set_creator(CREATOR)
    pdf.set_author(CREATOR)
    pdf.add_page()

    margin = 10 * scale
    width = pdf.w - 2 * margin
    top = margin
    top += _write_fitted(pdf, title, margin, top, width, 9 * scale, bold=True, sizes=(18, 14, 11), scale=scale)
    if subtitle:
        top += _write_fitted(pdf, subtitle, margin, top, width, 9 * scale, sizes=(9, 8, 7), scale=scale)
    top += 3 * scale
    bottom = pdf.h - margin
    if footer:
        footer_height = 4 * scale
        _write_fitted(pdf, footer, margin, bottom - footer_height, width, footer_height, sizes=(7, 6), scale=scale)
        bottom -= footer_height + 2 * scale

    columns, rows = grid_shape(len(cells))
    gap = 3 * scale
    box_width = (width - (columns - 1) * gap) / columns
    box_height = (bottom - top - (rows - 1) * gap) / rows
    for index, cell in enumerate(cells or [Cell("")]):
        column, row = index % columns, index // columns
        x = margin + column * (box_width + gap)
        y = top + row * (box_height + gap)
        _draw_cell(pdf, cell, x, y, box_width, box_height, scale)
    return bytes(pdf.output())


def _draw_cell(pdf, cell, x, y, width, height, scale):
    pdf.set_line_width(0.4 * scale)
    pdf.set_draw_color(60, 60, 60)
    if cell.highlighted:
        pdf.set_fill_color(238, 242, 236)
        pdf.rect(x, y, width, height, style="DF")
    else:
        pdf.rect(x, y, width, height)
    padding = 3 * scale
    inner_x, inner_width = x + padding, width - 2 * padding
    cursor = y + padding
    limit = y + height - padding
    cursor += _write_fitted(
        pdf, cell.heading, inner_x, cursor, inner_width, (limit - cursor) / 3, bold=True, sizes=(12, 10, 8), scale=scale
    )
    if cell.hint:
        pdf.set_text_color(70, 70, 70)
        cursor += _write_fitted(
            pdf, cell.hint, inner_x, cursor, inner_width, (limit - cursor) / 3, sizes=(8.5, 7.5, 6.5), scale=scale
        )
        pdf.set_text_color(0, 0, 0)
    cursor += 1.5 * scale
    if cell.answer:
        answer = cell.answer[:ANSWER_MAX_CHARS]
        _write_fitted(pdf, answer, inner_x, cursor, inner_width, limit - cursor, sizes=(10, 9, 8, 7, 6, 5), scale=scale)
    else:
        pdf.set_draw_color(190, 190, 190)
        pdf.set_line_width(0.2 * scale)
        ruled = cursor + 7 * scale
        while ruled < limit:
            pdf.line(inner_x, ruled, inner_x + inner_width, ruled)
            ruled += 7 * scale
        pdf.set_draw_color(0, 0, 0)


def _write_fitted(pdf, text, x, y, width, height, *, sizes, scale, bold=False):
    """Write `text` wrapped in the box at the largest of `sizes` (points, before scaling) that fits;
    at the smallest, cut the lines that do not fit and end with an ellipsis. Returns the height used."""
    text = " ".join(line.strip() for line in str(text).splitlines() if line.strip()) if bold else str(text)
    if not text.strip() or height <= 0:
        return 0
    for points in sizes:
        font_size = points * scale
        line_height = font_size * PT * LINE_HEIGHT_RATIO
        pdf.set_font(FONT, "B" if bold else "", font_size)
        lines = _wrap(pdf, text, width)
        if len(lines) * line_height <= height:
            break
    else:
        fitting = max(1, int(height // line_height))
        if len(lines) > fitting:
            lines = lines[:fitting]
            lines[-1] = _with_ellipsis(pdf, lines[-1], width)
    for index, line in enumerate(lines):
        pdf.set_xy(x, y + index * line_height)
        pdf.cell(width, line_height, line)
    return len(lines) * line_height


def _wrap(pdf, text, width):
    lines = []
    for paragraph in text.splitlines() or [""]:
        wrapped = pdf.multi_cell(width, 1, paragraph.strip(), dry_run=True, output="LINES")
        lines.extend(wrapped or [""])
    return lines


def _with_ellipsis(pdf, line, width):
    ellipsis = "…"
    while line and pdf.get_string_width(line + ellipsis) > width:
        line = line[:-1]
    return line.rstrip() + ellipsis

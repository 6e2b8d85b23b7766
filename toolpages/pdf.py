"""A minimal PDF writer for the demo's printable templates: A4 pages, Helvetica text, boxes and lines.

Enough for a blank worksheet (a title, headed boxes, ruled lines); no dependency needed.
Text is encoded in WinAnsi (cp1252), which covers French, German, Italian and English.
"""

A4_WIDTH, A4_HEIGHT = 595, 842


def escape_text(text):
    encoded = text.encode("cp1252", errors="replace")
    return encoded.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


class PdfPage:
    def __init__(self):
        self.commands = []

    def text(self, x, y, text, size=11, bold=False):
        font = b"/F2" if bold else b"/F1"
        self.commands.append(b"BT %s %d Tf %.1f %.1f Td (%s) Tj ET" % (font, size, x, y, escape_text(text)))

    def box(self, x, y, width, height):
        self.commands.append(b"%.1f %.1f %.1f %.1f re S" % (x, y, width, height))

    def line(self, x1, y1, x2, y2):
        self.commands.append(b"%.1f %.1f m %.1f %.1f l S" % (x1, y1, x2, y2))

    def content(self):
        return b"0.6 w\n" + b"\n".join(self.commands)


class PdfDocument:
    def __init__(self, title=""):
        self.title = title
        self.pages = []

    def add_page(self):
        page = PdfPage()
        self.pages.append(page)
        return page

    def to_bytes(self):
        objects = []  # object bodies, numbered from 1

        def add(body):
            objects.append(body)
            return len(objects)

        catalog = add(None)
        pages_id = add(None)
        regular = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
        bold = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
        page_ids = []
        for page in self.pages:
            stream = page.content()
            content_id = add(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
            page_ids.append(
                add(
                    b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %d %d] /Contents %d 0 R "
                    b"/Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> >>"
                    % (pages_id, A4_WIDTH, A4_HEIGHT, content_id, regular, bold)
                )
            )
        objects[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id
        kids = b" ".join(b"%d 0 R" % page_id for page_id in page_ids)
        objects[pages_id - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(page_ids))
        info = add(b"<< /Title (%s) /Producer (Social Business Models) >>" % escape_text(self.title))

        output = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
        offsets = []
        for number, body in enumerate(objects, start=1):
            offsets.append(len(output))
            output += b"%d 0 obj\n%s\nendobj\n" % (number, body)
        xref = len(output)
        output += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
        for offset in offsets:
            output += b"%010d 00000 n \n" % offset
        output += b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
            len(objects) + 1,
            catalog,
            info,
            xref,
        )
        return bytes(output)


def wrap(text, width):
    """Split `text` into lines of at most `width` characters (Helvetica is narrow enough at 10 pt)."""
    lines, current = [], ""
    for word in text.split():
        if current and len(current) + 1 + len(word) > width:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}".strip()
    if current:
        lines.append(current)
    return lines


def worksheet(title, subtitle, boxes, footer):
    """A one-page A4 worksheet: a title, then one headed box per entry of `boxes` (heading, hint)."""
    document = PdfDocument(title)
    page = document.add_page()
    margin = 40
    page.text(margin, A4_HEIGHT - 60, title, size=18, bold=True)
    for index, line in enumerate(wrap(subtitle, 95)[:3]):
        page.text(margin, A4_HEIGHT - 82 - index * 13, line, size=10)
    top = A4_HEIGHT - 130
    available = top - 60
    columns = 2 if len(boxes) > 4 else 1
    rows = -(-len(boxes) // columns)
    gap = 10
    width = (A4_WIDTH - 2 * margin - (columns - 1) * gap) / columns
    height = (available - (rows - 1) * gap) / rows
    for index, (heading, hint) in enumerate(boxes):
        column, row = index % columns, index // columns
        x = margin + column * (width + gap)
        y = top - (row + 1) * height - row * gap
        page.box(x, y, width, height)
        page.text(x + 8, y + height - 18, heading, size=11, bold=True)
        for offset, line in enumerate(wrap(hint, int(width / 5.2))[:2]):
            page.text(x + 8, y + height - 32 - offset * 11, line, size=8)
        ruled = y + height - 58
        while ruled > y + 12:
            page.line(x + 8, ruled, x + width - 8, ruled)
            ruled -= 18
    for index, line in enumerate(wrap(footer, 110)[:2]):
        page.text(margin, 40 - index * 10, line, size=7)
    return document.to_bytes()

"""The admin's rich text editor, with an empty editor sent back as empty.

Draftail posts a field nobody typed in as one empty paragraph (`<p data-block-key="…"></p>`).
Stored as is, an untouched empty field differs from its stored "" on every save: the page
editor then counts an approval as an edit, saves a new revision and, with
WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT, starts the review task again instead of moving
on ('Approve' in the editor footer never reached the Comité). Empty stays empty here.
"""

import re

from django.utils.html import strip_tags

from wagtail.admin.rich_text import DraftailRichTextArea

CONTENT_WITHOUT_TEXT = re.compile(r"<(embed|img|hr|iframe)\b", re.IGNORECASE)


def is_blank(html):
    """True for rich text that shows nothing: no text, no image, embed or rule."""
    return not strip_tags(html or "").strip() and not CONTENT_WITHOUT_TEXT.search(html or "")


class RichTextArea(DraftailRichTextArea):
    def value_from_datadict(self, data, files, name):
        value = super().value_from_datadict(data, files, name)
        return "" if value is not None and is_blank(value) else value

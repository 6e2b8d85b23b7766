"""An empty rich text field left untouched in the admin stays empty, so approving is not editing."""

import json

from wagtail.admin.rich_text import get_rich_text_editor_widget

import pytest


def contentstate(*texts):
    blocks = [
        {"key": f"k{number}", "text": text, "type": "unstyled", "depth": 0, "inlineStyleRanges": [], "entityRanges": []}
        for number, text in enumerate(texts)
    ]
    return json.dumps({"blocks": blocks, "entityMap": {}})


@pytest.fixture
def widget():
    return get_rich_text_editor_widget("default", features=["bold", "link"])


def test_an_empty_paragraph_from_the_editor_is_saved_as_empty(widget):
    assert widget.value_from_datadict({"field": contentstate("")}, {}, "field") == ""
    assert widget.value_from_datadict({"field": contentstate("", "  ")}, {}, "field") == ""


def test_text_is_kept(widget):
    value = widget.value_from_datadict({"field": contentstate("Pour les équipes")}, {}, "field")
    assert "Pour les équipes" in value and value.startswith("<p")


def test_a_field_absent_from_the_form_stays_absent(widget):
    assert widget.value_from_datadict({}, {}, "field") is None

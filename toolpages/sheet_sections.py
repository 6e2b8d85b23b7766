"""What the apps above the tool library show on a tool sheet, without the library knowing them.

An app registers a template for one of the sheet's places in its `AppConfig.ready()`; the sheet
includes every template registered for a place, in `order`, with `tool` (the sheet's page) in the
context. Places: "providers" (the Providers tab), "uses" (where the rest of the site uses the tool,
in the Other tab).
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class SheetSection:
    place: str
    template: str
    order: int = 0


_sections: list[SheetSection] = []


def register(section):
    if section not in _sections:
        _sections.append(section)
    return section


def templates_by_place():
    """{place: [template]} of every registered section, each place in order."""
    places = {}
    for section in sorted(_sections, key=lambda section: section.order):
        places.setdefault(section.place, []).append(section.template)
    return places

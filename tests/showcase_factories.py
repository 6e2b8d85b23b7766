"""Open models for tests: a model page under an index, using some tools, not yet published."""

from showcase.models import ModelTool, OpenModelPage


def add_open_model(index, title, slug, sector, tools=(), number=0, **fields):
    """Add an open model below `index` (a draft: the caller publishes it) and return it."""
    page = OpenModelPage(
        title=title,
        slug=slug,
        organisation_name=f"Organisation {number}",
        sector=sector,
        **{"country": "CH", "values": "Valeurs", "attribution": "Attribution", **fields},
    )
    page.used_tools = [ModelTool(tool=tool) for tool in tools]
    index.add_child(instance=page)
    return page

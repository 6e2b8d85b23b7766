"""Open models for tests: a model page under an index, using some tools, not yet published."""

from .factories import OpenModelPageFactory


def add_open_model(index, title, slug, sector, tools=(), number=0, **fields):
    """Add an open model below `index` (a draft: the caller publishes it) and return it."""
    fields = {"organisation_name": f"Organisation {number}", **fields}
    return OpenModelPageFactory(parent=index, title=title, slug=slug, sector=sector, tools=tools, live=False, **fields)

"""Which pages are restricted to some visitors, from the cache: what `public()` and Wagtail's check
before serving read on every request (`sbm_site.models`)."""

from wagtail.models import Page, PageViewRestriction

from .generation import remembered


def view_restrictions():
    """What decides whether a page is public: the restricted sections, and whether any page is an alias.

    {"sections": [(page id, path, depth)], "aliases": bool}. Every change to a restriction or a
    page (moves included) bumps the generation, so this is never older than the tree.
    """

    def find():
        sections = [
            (restriction.page_id, restriction.page.path, restriction.page.depth)
            for restriction in PageViewRestriction.objects.select_related("page")
        ]
        aliases = bool(sections) and Page.objects.filter(alias_of__isnull=False).exists()
        return {"sections": sections, "aliases": aliases}

    return remembered("view-restrictions", find)


def is_public(page):
    """Whether `page` is outside every section restricted to some visitors: what `public()` keeps."""
    return not any(page.path.startswith(path) for _id, path, _depth in view_restrictions()["sections"])

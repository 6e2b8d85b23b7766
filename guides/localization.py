"""Addresses of the guides' routable pages."""


def subpage_url(page, request, name):
    """The address of one of a routable page's views; empty while the page has none (an unsaved preview)."""
    url = page.get_url(request)
    return url + page.reverse_subpage(name) if url else ""

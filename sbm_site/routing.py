"""Routing a request through the page tree with the children's types kept in the cache
(`BasePage.route`)."""

import copy

from django.contrib.contenttypes.models import ContentType

from .generation import remembered


def child_by_slug(parent, slug, on_the_way=False):
    """The child of `parent` with this slug as its specific page, in one query: its type is kept
    in the cache. None when there is no such child (the caller then routes as Wagtail does).

    `on_the_way`: the request is for an address below the child. When the child's type can have
    child pages (a library, a section), the page is kept in the cache and costs no query; each
    request gets its own copy. A page that cannot (a sheet answering its print view) is read."""

    def find_type():
        return parent.get_children().filter(slug=slug).values_list("content_type_id", flat=True).first()

    content_type_id = remembered(f"child-type:{parent.pk}:{slug}", find_type, keep_none=False)
    if content_type_id is None:
        return None
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    if model is None:
        return None

    def find_child():
        return model.objects.child_of(parent).filter(slug=slug).first()

    if on_the_way and model.allowed_subpage_models():
        return copy.copy(remembered(f"child:{parent.pk}:{slug}", find_child, keep_none=False))
    return find_child()

"""Pages that guides, trainings and events point at, in the visitor's language and only when public."""

from sbm_site.i18n import default_locale


def live_translations(pages, model, locale):
    """Map each page's translation_key to its live public version in `locale`, else in the default locale.

    Links inside translated pages stay on the French page (synchronised); this resolves them in
    one query whatever their number, and drops those that are not public in either language.
    """
    keys = {page.translation_key for page in pages if page is not None}
    if not keys:
        return {}
    default_locale_id = default_locale().pk
    found = {
        (page.translation_key, page.locale_id): page
        for page in model.objects.live()
        .public()
        .filter(translation_key__in=keys, locale_id__in={locale.pk, default_locale_id})
    }
    resolved = {}
    for key in keys:
        page = found.get((key, locale.pk)) or found.get((key, default_locale_id))
        if page is not None:
            resolved[key] = page
    return resolved


def localized_live(pages, model, locale):
    """The pages of `pages` that are public, each in `locale` where it exists there, in the same order."""
    resolved = live_translations(pages, model, locale)
    return [resolved[page.translation_key] for page in pages if page is not None and page.translation_key in resolved]


def subpage_url(page, request, name):
    """The address of one of a routable page's views; empty while the page has none (an unsaved preview)."""
    url = page.get_url(request)
    return url + page.reverse_subpage(name) if url else ""

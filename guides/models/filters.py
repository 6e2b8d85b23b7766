"""Filter options of the index pages, each computed in a fixed number of queries."""

from wagtail.models import Locale

from toolpages.models import Audience


def audience_options(pages, locale):
    """(slug, name) of the audiences that `pages` use, named in `locale` where translated."""
    slugs = set(pages.exclude(audience=None).values_list("audience__slug", flat=True))
    if not slugs:
        return []
    default_locale = Locale.get_default()
    names = {}
    for audience in Audience.objects.filter(live=True, slug__in=slugs, locale__in=[locale, default_locale]):
        if audience.locale_id == locale.pk or audience.slug not in names:
            names[audience.slug] = audience.name
    return sorted(names.items(), key=lambda item: item[1].lower())


def selected_option(request, name, options):
    """The value of filter `name` when it is one of `options`; anything else is ignored."""
    value = request.GET.get(name, "")
    return value if value in {key for key, _label in options} else ""

"""The one place where taxonomy terms are shown in the visitor's language.

Tools point at the terms of the default language (translations of a tool keep those links);
every list of terms goes through here to be shown in the active language, falling back to the
default language's term where a translation is missing or still a draft (a translated term waits
for its language's reviewers, like a page). Terms are matched by translation key.
"""

from django.conf import settings

from sbm_site.generation import remembered
from sbm_site.i18n import active_locale


def term_index(model):
    """Every term of a taxonomy as the active language shows it, kept in the cache (`sbm_site.generation`):
    {"ordered": [term], "by_key": {translation_key: term}, "key_of": {pk of any language's term: translation_key},
    "by_pk": {pk: that very term, of any language}}.

    A term is the active language's where it is live, else the default language's.
    """
    locale = active_locale()

    def find():
        queryset = model.objects.select_related("locale")
        if any(field.name == "canvas" for field in model._meta.get_fields()):
            queryset = queryset.select_related("canvas")
        terms = list(queryset)
        chosen = {}
        for term in terms:
            if not term.live:
                continue
            if term.locale_id != locale.pk and term.locale.language_code != settings.LANGUAGE_CODE:
                continue
            current = chosen.get(term.translation_key)
            if current is None or term.locale_id == locale.pk:
                chosen[term.translation_key] = term
        return {
            "ordered": sorted(chosen.values(), key=lambda term: (term.sort_order, term.name)),
            "by_key": chosen,
            "key_of": {term.pk: term.translation_key for term in terms},
            "by_pk": {term.pk: term for term in terms},
        }

    return remembered(f"terms:{model._meta.label_lower}:{locale.language_code}", find)


def terms_in_active_locale(model, queryset=None):
    """Every term of a taxonomy (or of `queryset`), in the active language where it exists, in the
    editors' order: from the cache, or in one query for a queryset."""
    if queryset is None:
        return list(term_index(model)["ordered"])
    locale = active_locale()
    terms = queryset.filter(live=True, locale__language_code__in={locale.language_code, settings.LANGUAGE_CODE})
    chosen = {}
    for term in terms.select_related("locale"):
        current = chosen.get(term.translation_key)
        if current is None or term.locale_id == locale.pk:
            chosen[term.translation_key] = term
    return sorted(chosen.values(), key=lambda term: (term.sort_order, term.name))


def localized_terms(terms, translations=None):
    """`terms` shown in the active language; `translations` maps translation keys to terms already loaded
    (by default, the cached index of the terms' taxonomy: no query)."""
    terms = list(terms)
    if not terms:
        return []
    if translations is None:
        translations = term_index(type(terms[0]))["by_key"]
    return sorted(
        (translations.get(term.translation_key, term) for term in terms), key=lambda term: (term.sort_order, term.name)
    )


def terms_with_ids(model, ids):
    """The terms of `model` with these primary keys (of any language), in the active language, sorted; no query."""
    index = term_index(model)
    keys = {index["key_of"][pk] for pk in ids if pk in index["key_of"]}
    terms = [index["by_key"][key] for key in keys if key in index["by_key"]]
    return sorted(terms, key=lambda term: (term.sort_order, term.name))


def localized_term(term):
    """One term in the active language (else as it is); no query."""
    if term is None:
        return None
    return term_index(type(term))["by_key"].get(term.translation_key, term)


def by_translation_key(terms):
    return {term.translation_key: term for term in terms}

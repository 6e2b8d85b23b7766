"""wagtail-localize's translation editor offers only what the user may do (`translation_guards`), and
hands a translation to its reviewers (`translation_review`)."""

import json

from django import template
from django.utils.translation import gettext

from wagtail.models import Page

from sbm_site.localize_language import localize_props
from sbm_site.translation_guards import may_convert_to_alias, may_stop_sync, user_may_publish
from sbm_site.translation_review import in_review, locked_for, review_panel, untranslated_count

register = template.Library()


@register.simple_tag
def translation_editor_props(props, instance, user, translation):
    """The editor's props without what the user may not do there (the guarded views refuse it anyway):

    - *Convert to alias* only for who may publish the page;
    - *Publish* only for a complete translation out of review (an incomplete one, or one in review,
      goes live through the review panel's approval);
    - *Delete* only for who may publish in the language (a translator deletes a draft she created
      from the page explorer);
    - the strings read-only while the page is locked for the user (in review on a step not hers);
    - its dates in the user's language (`sbm_site.localize_language`).
    """
    data = json.loads(props)
    links = data.get("links", {})
    perms = data.get("perms", {})
    if links.get("convertToAliasUrl") and not may_convert_to_alias(user, instance):
        links["convertToAliasUrl"] = None
    if isinstance(instance, Page):
        if perms.get("canPublish") and (in_review(instance) or untranslated_count(translation)):
            perms["canPublish"] = False
        if perms.get("canDelete") and not user_may_publish(user, instance):
            perms["canDelete"] = False
        if locked_for(instance, user):
            data["object"]["isLocked"] = True
    return json.dumps(localize_props(data, translation, instance))


@register.inclusion_tag("sbm_site/admin/translation_review_panel.html", takes_context=True)
def translation_review_panel(context, translation, instance):
    panel = review_panel(context["request"], translation, instance)
    return {"panel": panel, "request": context["request"], "csrf_token": context.get("csrf_token")}


@register.simple_tag
def editor_english_strings(translation):
    """{English words wagtail-localize's React editor writes as they are: their translation}
    (sbm_site/static/sbm_site/localize_strings.js puts them in place)."""
    source = translation.source.locale.get_display_name()
    target = translation.target_locale.get_display_name()
    return {
        "More actions": gettext("More actions"),
        f"{source} to {target} translation": gettext("Translation: %(source)s → %(target)s")
        % {"source": source, "target": target},
    }


@register.simple_tag
def editor_classes(instance, user):
    """Classes of the editor's wrapper: `sbm-no-stop-sync` hides *Stop synced translation* (which
    the React app always renders) from who may not use it (`translation_guards.may_stop_sync`)."""
    return "" if may_stop_sync(user, instance) else "sbm-no-stop-sync"

"""When a source page or snippet is published, its existing translations fall out of date:
tell the translators of those languages, each in their own interface language."""

import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from wagtail.models import Locale
from wagtail.users.models import UserProfile
from wagtail_localize.models import Translation, TranslationSource

from .contributions.notifications import one_line

logger = logging.getLogger("sbm.translation")


def translators_of(language_code):
    group_name = f"Traduction {language_code.upper()}"
    return get_user_model().objects.filter(is_active=True, groups__name=group_name).exclude(email="")


def notify_translations_out_of_date(instance):
    """E-mail the translators of each language that has a translation of `instance`."""
    if instance.locale_id != Locale.get_default().pk:
        return 0
    source = TranslationSource.objects.get_for_instance_or_none(instance)
    if source is None:
        return 0
    update_url = settings.WAGTAILADMIN_BASE_URL + reverse("wagtail_localize:update_translations", args=[source.pk])
    sent = 0
    translations = Translation.objects.filter(source=source, enabled=True).select_related("target_locale")
    for target in translations:
        for user in translators_of(target.target_locale.language_code):
            try:
                send_out_of_date_notice(user, instance, target.target_locale, update_url)
                sent += 1
            except Exception:  # noqa: BLE001 - a mail failure must not undo the publication
                logger.exception("Could not tell %s that a translation is out of date", user)
    return sent


def send_out_of_date_notice(user, instance, locale, update_url):
    with translation.override(UserProfile.get_for_user(user).get_preferred_language()):
        subject = one_line(
            _("[SBM] To update in %(language)s: %(title)s") % {"language": locale.get_display_name(), "title": instance}
        )
        context = {"object": instance, "locale": locale, "update_url": update_url}
        body = render_to_string("sbm_site/email/translation_out_of_date_body.txt", context)
    send_mail(subject, body, None, [user.email])


def on_published(sender, instance, **kwargs):
    notify_translations_out_of_date(instance)

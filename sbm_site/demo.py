"""Tools for writing demo content once in four languages and translating it as a translator would.

Demo content is written as `Texts` (French plus its translations). French pages are created
from the French text; other languages go through wagtail-localize (translation source,
string translations, `save_target`), so the translation editor and its reports see demo
translations exactly like real ones.
"""

from django.conf import settings
from django.utils.html import escape

from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource
from wagtail_localize.strings import StringValue

SOURCE_LANGUAGE = settings.LANGUAGE_CODE


class Texts:
    """Collects each French string with its translations: `t(fr, de=…, it=…, en=…)` returns the French."""

    def __init__(self):
        self.translations = {}

    def __call__(self, fr, **others):
        self.translations.setdefault(fr, {}).update(others)
        return fr

    def paragraphs(self, *items):
        """Rich text from (fr, {lang: text}) items, one <p> each, every paragraph translatable."""
        html = []
        for fr, others in items:
            self(fr, **others)
            html.append(f"<p>{escape(fr)}</p>")
        return "".join(html)

    def for_language(self, language_code):
        return {fr: others[language_code] for fr, others in self.translations.items() if language_code in others}


def ensure_locales():
    return {code: Locale.objects.get_or_create(language_code=code)[0] for code, _name in settings.LANGUAGES}


def child_by_slug(parent, slug):
    page = parent.get_children().filter(slug=slug).first()
    return page.specific if page else None


def add_child(parent, page, publish=True, user=None):
    """Add `page` under `parent` unless a page with its slug is there already; return the page."""
    existing = child_by_slug(parent, page.slug)
    if existing:
        return existing
    page.locale = parent.locale if parent.depth > 1 else page.locale
    parent.add_child(instance=page)
    revision = page.save_revision(user=user, log_action=True)
    if publish:
        revision.publish(user=user)
    return page


def translate(instance, locale, texts, publish=True, user=None):
    """Translate a page or snippet into `locale` through wagtail-localize, with the strings of `texts`.

    Strings without a translation keep the French; nothing happens if the translation exists.
    """
    existing = instance.get_translation_or_none(locale)
    if existing is not None:
        return existing.specific if isinstance(existing, Page) else existing
    source, _created = TranslationSource.get_or_create_from_instance(instance)
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    add_string_translations(source, locale, texts, user)
    translation.save_target(user=user, publish=publish)
    translated = instance.get_translation(locale)
    return translated.specific if isinstance(translated, Page) else translated


def resync(instance, locale, user=None, texts=None):
    """Update an existing translation from its changed source, as "Sync translated pages" does.

    With `texts`, the source's new strings get their translations first.
    """
    source = TranslationSource.objects.get_for_instance(instance)
    source.update_from_db()
    if texts is not None:
        add_string_translations(source, locale, texts, user)
    Translation.objects.get(source=source, target_locale=locale).save_target(user=user, publish=True)


def add_string_translations(source, locale, texts, user=None):
    """Translate the strings of `source` that `texts` knows and that have no translation into `locale` yet."""
    mapping = texts.for_language(locale.language_code)
    for segment in StringSegment.objects.filter(source=source).select_related("string", "context"):
        text = mapping.get(segment_text(segment))
        if text is not None:
            StringTranslation.objects.get_or_create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                defaults={"data": StringValue.from_plaintext(text).data, "last_translated_by": user},
            )


def segment_text(segment):
    """The plain text of a source string, as the author wrote it."""
    return StringValue(segment.string.data).render_text()


def untranslated_segments(instance, locale):
    """The French strings of `instance` that have no translation into `locale` (for checks)."""
    source = TranslationSource.objects.get_for_instance_or_none(instance)
    if source is None:
        return []
    return [
        segment_text(segment)
        for segment in StringSegment.objects.filter(source=source).select_related("string")
        if not StringTranslation.objects.filter(translation_of=segment.string, locale=locale).exists()
    ]

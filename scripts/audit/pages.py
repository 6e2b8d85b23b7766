"""Print, as JSON, the addresses the audits visit: one page of each kind per language, and our admin pages.

Run inside the audit's own environment (its demo database): ``python -m scripts.audit.pages``.
"""

import json
import os
import sys
from pathlib import Path
from urllib.parse import urlencode

PROJECT = Path(__file__).resolve().parents[2]
LANGUAGES = ("fr", "de")
SEARCH_TERMS = {"fr": "modèle", "de": "Modell", "it": "modello", "en": "model"}


def first_live_url(model, language):
    page = model.objects.live().public().filter(locale__language_code=language).order_by("path").first()
    return page.url if page else None


def online_canvas_url(language):
    """The "fill in the canvas online" page of the first sheet of `language` that offers one."""
    from toolpages.models import ToolPage

    for tool in ToolPage.objects.live().public().filter(locale__language_code=language).order_by("path"):
        url = tool.online_canvas_url(tool.read_rows()["term_ids"])
        if url:
            return url
    return None


def public_pages(language):
    from django.urls import reverse
    from django.utils import translation

    from directory.models import DirectoryPage
    from guides.models import GuidePage
    from home.models import HomePage
    from showcase.models import OpenModelPage
    from toolpages.models import ToolIndexPage, ToolPage

    kinds = {
        "home": HomePage,
        "tool library": ToolIndexPage,
        "tool sheet": ToolPage,
        "guide": GuidePage,
        "directory": DirectoryPage,
        "open model": OpenModelPage,
    }
    pages = {kind: first_live_url(model, language) for kind, model in kinds.items()}
    with translation.override(language):
        pages["search"] = f"{reverse('search')}?{urlencode({'q': SEARCH_TERMS[language]})}"
        pages["online canvas"] = online_canvas_url(language)
    pages.update(workshop_pages(language))
    missing = [kind for kind, url in pages.items() if not url]
    if missing:
        sys.exit(f"The demo content has no live {', '.join(missing)} in {language}")
    return pages


def workshop_pages(language):
    """The workshop and its pack with three tools: two of the language and, outside French, one only in French."""
    from toolpages.models import ToolPage, WorkshopPage

    page = WorkshopPage.objects.live().public().filter(locale__language_code=language).first()
    tools = ToolPage.objects.live().public().order_by("path")
    slugs = list(tools.filter(locale__language_code=language).values_list("slug", flat=True)[:3])
    if language != "fr":
        translated = tools.filter(locale__language_code=language).values("translation_key")
        french_only = tools.filter(locale__language_code="fr").exclude(translation_key__in=translated).first()
        if french_only is not None:
            slugs[2:] = [french_only.slug]
    if page is None or not slugs:
        return {"workshop": None, "workshop pack": None}
    query = "?tools=" + ",".join(slugs)
    return {"workshop": page.url + query, "workshop pack": page.url + "pack/" + query}


def admin_pages():
    from sbm_site.contributions import registry
    from sbm_site.contributions.models import Contribution

    contribution = Contribution.objects.order_by("pk").first()
    if contribution is None:
        # The demo has none; the audit's throwaway database gets one, as a visitor's form would make it.
        contribution = Contribution.objects.create(
            kind=registry.all_kinds()[0].key,
            language="fr",
            name="Camille Exemple",
            email="camille@example.org",
            organisation="Coopérative Exemple",
            message="Une contribution créée pour l'audit d'accessibilité de la boîte de réception.",
            consent=True,
        )
    return {
        "dashboard": "/admin/",
        "contributions inbox": "/admin/contributions/contribution/",
        "contribution detail": f"/admin/contributions/contribution/inspect/{contribution.pk}/",
        "contribution triage": f"/admin/contributions/contribution/edit/{contribution.pk}/",
        "translation health": "/admin/reports/translation-health/",
    }


def main():
    sys.path.insert(0, str(PROJECT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sbm_site.settings.dev")
    import django

    django.setup()
    result = {"public": {language: public_pages(language) for language in LANGUAGES}, "admin": admin_pages()}
    json.dump(result, sys.stdout, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()

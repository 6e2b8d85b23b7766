"""schema.org description of a tool sheet (JSON-LD), for search engines and other readers."""

import html

from django.utils.html import strip_tags

from .models.tool import LICENCE_URLS, ContributorRole


def absolute(request, url):
    return request.build_absolute_uri(url) if request is not None and url else url


def tool_json_ld(page, request, context):
    """A LearningResource with its how-to steps, templates, credits and lineage."""
    people = {"author": [], "contributor": [], "translator": []}
    key_by_role = {ContributorRole.AUTHOR: "author", ContributorRole.TRANSLATOR: "translator"}
    contributors = context.get("contributors")
    for contributor in page.contributors.all() if contributors is None else contributors:
        kind = "Organization" if contributor.is_group else "Person"
        people[key_by_role.get(contributor.role, "contributor")].append({"@type": kind, "name": contributor.name})
    data = {
        "@context": "https://schema.org",
        "@type": ["LearningResource", "HowTo"],
        "name": page.title,
        "description": page.summary,
        "url": page.get_full_url(request),
        "inLanguage": page.locale.language_code,
        "version": page.version,
        "creativeWorkStatus": page.get_status_display(),
        "license": LICENCE_URLS.get(page.licence, ""),
        "datePublished": page.first_published_at.isoformat() if page.first_published_at else None,
        "dateModified": page.last_published_at.isoformat() if page.last_published_at else None,
        "publisher": {"@type": "Organization", "name": "Social Business Models"},
        "learningResourceType": "tool sheet",
        "about": [term.name for term in [context.get("canvas"), *context.get("canvas_blocks", [])] if term],
        "educationalLevel": page.get_complexity_display(),
        "audience": [{"@type": "Audience", "audienceType": term.name} for term in context.get("audiences", [])],
        "timeRequired": f"PT{page.effort_hours}H",
        "step": [
            {
                "@type": "HowToStep",
                "position": position,
                "name": step.value["title"],
                # The text as stored: expanding its links first, only for them to be stripped, would
                # cost time on every sheet (docs/performance.md); the words are the same.
                "text": html.unescape(strip_tags(step.value["text"].source)),
            }
            for position, step in enumerate(page.steps, start=1)
        ],
        "associatedMedia": [
            {
                "@type": "MediaObject",
                "name": instrument.document.title,
                "contentUrl": absolute(request, instrument.document.url),
                "encodingFormat": instrument.document.content_type,
            }
            for instrument in context.get("instruments", [])
        ],
        "isBasedOn": page.lineage or None,
    }
    data.update({key: value for key, value in people.items() if value})
    return {key: value for key, value in data.items() if value not in (None, [], "")}

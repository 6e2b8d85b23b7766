"""What an accepted tool contribution becomes: always a draft or a note for the reviewers, never live.

- a proposed tool: a draft ToolPage in the library of the contribution's language where the
  accepting user may add one, else in the French library;
- a usage example: a new draft revision of the tool (its French source, which translations follow)
  with the example appended to its examples; the live version is untouched;
- a revision suggestion: an editor comment on the tool's field concerned, and an e-mail to GT Production;
- a translation offer (of a tool or any other page: a guide, a training module, an event, an open
  model): an editor comment on the page naming the language and the person, and an e-mail to the
  reviewers of that language.
"""

import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.utils import translation
from django.utils.html import escape
from django.utils.translation import gettext as _

from wagtail.models import Comment
from wagtail.users.models import UserProfile

from sbm_site.contributions.triage import TriageError, unique_child_slug

from .forms import SHEET_PARTS
from .models import Canvas, Phase, ToolIndexPage, ToolPage, ToolStatus

logger = logging.getLogger("sbm.toolpages")

REVIEWERS_GROUP = "GT Production"
# A comment must sit on a field of the sheet; parts without one of their own go on the title.
FIELDLESS_PARTS = {"instruments", "other"}


def library_for(contribution, user):
    """The library of the contribution's language if the user may add tools there, else the French one."""
    libraries = {
        library.locale.language_code: library
        for library in ToolIndexPage.objects.filter(
            locale__language_code__in={contribution.language, settings.LANGUAGE_CODE}
        ).select_related("locale")
    }
    own = libraries.get(contribution.language)
    if own is not None and own.permissions_for_user(user).can_add_subpage():
        return own
    if settings.LANGUAGE_CODE not in libraries:
        raise TriageError("There is no tool library in the default language to put the draft in.")
    return libraries[settings.LANGUAGE_CODE]


def default_language_term(model, slug):
    return model.objects.filter(locale__language_code=settings.LANGUAGE_CODE, slug=slug).first() if slug else None


def draft_tool_from_proposal(contribution, user):
    details = contribution.details
    library = library_for(contribution, user)
    title = details.get("tool_name") or contribution.name
    source = details.get("lineage", "")
    tool = ToolPage(
        title=title[:255],
        slug=unique_child_slug(library, title, "outil"),
        live=False,
        owner=user,
        summary=contribution.message,
        canvas=default_language_term(Canvas, details.get("canvas")),
        lineage=source[:255],
        references=f"<p>{escape(source)}</p>" if source else "",
        status=ToolStatus.PREPUBLISHED,
        version="001",
    )
    phase = default_language_term(Phase, details.get("phase"))
    if phase is not None:
        tool.phases = [phase]
    library.add_child(instance=tool)
    tool.save_revision(user=user, log_action=True)
    return tool


def source_page(contribution):
    """The page a contribution is about, in the default language its translations come from."""
    page = contribution.page.specific if contribution.page_id else None
    if page is None:
        raise TriageError("The page this contribution is about no longer exists.")
    source = (
        type(page)
        .objects.filter(translation_key=page.translation_key, locale__language_code=settings.LANGUAGE_CODE)
        .first()
    )
    return source or page


def source_tool(contribution):
    """The tool a contribution is about, in the default language its translations come from."""
    page = source_page(contribution)
    if not isinstance(page, ToolPage):
        raise TriageError("The tool this contribution is about no longer exists.")
    return page


def draft_revision_with_example(contribution, user):
    """A new revision of the tool with the example appended; returns it unpublished."""
    details = contribution.details
    tool = source_tool(contribution)
    draft = tool.get_latest_revision_as_object()
    organisation_type = details.get("organisation_type", "")
    example_block = ToolPage.examples.field.stream_block.child_blocks["example"]
    example = example_block.to_python(
        {
            "title": (contribution.organisation or organisation_type)[:160],
            "context": "\n\n".join(text for text in (details.get("context", ""), contribution.message) if text),
            "organisation_type": organisation_type[:160],
            "country": details.get("country", "")[:80],
            "phase": None,
            "outcome": details.get("outcome", ""),
            "image": None,
        }
    )
    draft.examples.append(("example", example))
    return draft.save_revision(user=user, log_action=True)


def comment_on(page, user, text, contentpath="title"):
    comment = Comment.objects.create(
        page=page, user=user, text=text, contentpath=contentpath, revision_created=page.latest_revision
    )
    comment.log_create(page_revision=page.latest_revision, user=user)
    return comment


def who(contribution):
    if contribution.organisation:
        return f"{contribution.name} ({contribution.organisation}, {contribution.email})"
    return f"{contribution.name} ({contribution.email})"


def comment_from_revision(contribution, user):
    """The suggestion as an editor comment on the part of the sheet concerned; GT Production is told."""
    tool = source_tool(contribution)
    part = contribution.details.get("part", "other")
    parts = dict(SHEET_PARTS)

    def text():
        return _("Revision suggested by a reader, %(who)s, on “%(part)s” (read in %(language)s):\n%(suggestion)s") % {
            "who": who(contribution),
            "part": parts.get(part, part),
            "language": contribution.get_language_display(),
            "suggestion": contribution.message,
        }

    contentpath = "title" if part in FIELDLESS_PARTS or part not in parts else part
    with translation.override(settings.LANGUAGE_CODE):
        comment = comment_on(tool, user, text(), contentpath)
    tell_group((REVIEWERS_GROUP,), tool, text)
    return comment


def comment_from_translation_offer(contribution, user):
    """A note on the page (a tool or any other) for the translation reviewers of the language offered, who are e-mailed."""
    page = source_page(contribution)
    language = contribution.details.get("target_language", "")
    names = dict(settings.LANGUAGES)
    if language not in names:
        raise TriageError("This offer names no language of the site.")

    def text():
        return _("Translation into %(language)s offered by %(who)s. Their experience:\n%(experience)s") % {
            "language": names[language],
            "who": who(contribution),
            "experience": contribution.message,
        }

    with translation.override(settings.LANGUAGE_CODE):
        comment = comment_on(page, user, text())
    tell_group((f"Relecture {language.upper()}", REVIEWERS_GROUP), page, text)
    return comment


def tell_group(group_names, page, text):
    """E-mail the active members of these groups about a page, each in their own interface language.

    `text()` gives the note in the active language. A mail failure is logged, never raised."""
    users = get_user_model().objects.filter(is_active=True, groups__name__in=group_names).exclude(email="")
    edit_url = f"{settings.WAGTAILADMIN_BASE_URL}/admin/pages/{page.pk}/edit/"
    sent = False
    for recipient in users.distinct().order_by("email"):
        with translation.override(UserProfile.get_for_user(recipient).get_preferred_language()):
            subject = _("[SBM] A reader's contribution on “%(title)s”") % {"title": page.title}
            body = f"{text()}\n\n{_('See the comment in the editor:')} {edit_url}\n"
        try:
            send_mail(subject, body, None, [recipient.email])
        except Exception:  # noqa: BLE001 - the comment is kept whatever the mail server does
            logger.exception("Could not e-mail %s about page %s", recipient, page.pk)
            continue
        sent = True
    return sent

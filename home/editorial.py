"""The editorial model as data: groups, their rights and the moderation workflows.

Idempotent: `setup_editorial` can run after every deployment and after the page tree changes.
Page rights are attached to the pages that exist, so run it again once a new language tree or
section has been created.
"""

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType

from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    TranslatableMixin,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)
from wagtail.snippets.models import get_snippet_models

from directory import editorial as directory_editorial
from directory.models import DirectoryPage, PartnersPage, Provider
from guides import editorial as guides_editorial
from guides.models import EventIndexPage, GuideIndexPage, TrainingIndexPage
from sbm_site.contributions.models import Contribution
from sbm_site.models import Footer, TranslationReviewTask
from search import editorial as search_editorial
from showcase import editorial as showcase_editorial
from showcase.models import OpenModelIndexPage
from toolpages import editorial as toolpages_editorial
from toolpages.models import ToolIndexPage

from .models import AssociationPage, HomePage, LegalNoticePage, MembershipFormPage, PrivacyNoticePage

COMITE = "Comité"
GT_PRODUCTION = "GT Production"
GT_COMMUNICATION = "GT Communication"
GT_SITE = "GT Site"
GT_ADMINISTRATION = "GT Administration"
CONTRIBUTEURS = "Contributeurs"
TRANSLATION_LANGUAGES = [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]


def translators_group(language_code):
    return f"Traduction {language_code.upper()}"


def reviewers_group(language_code):
    return f"Relecture {language_code.upper()}"


ALL_PAGE_RIGHTS = ["add", "change", "publish", "lock", "unlock", "bulk_delete"]
TOOL_WORKFLOW = "Co-création d'outil"
REVIEW_WORKFLOW = "Relecture"

# Sections where contributors may draft (the tool library is added with change rights).
CONTRIBUTED_SECTIONS = [GuideIndexPage, TrainingIndexPage, EventIndexPage, OpenModelIndexPage]
# Sections GT Communication publishes in (after its own review step for others' drafts).
COMMUNICATION_SECTIONS = [
    GuideIndexPage,
    TrainingIndexPage,
    EventIndexPage,
    OpenModelIndexPage,
    DirectoryPage,
    PartnersPage,
    AssociationPage,
    MembershipFormPage,
    PrivacyNoticePage,
    LegalNoticePage,
]


def group_names():
    names = [COMITE, GT_PRODUCTION, GT_COMMUNICATION, GT_SITE, GT_ADMINISTRATION, CONTRIBUTEURS]
    names += [translators_group(code) for code in TRANSLATION_LANGUAGES]
    names += [reviewers_group(code) for code in TRANSLATION_LANGUAGES]
    return names


def model_permission(model, action):
    content_type = ContentType.objects.get_for_model(model)
    return Permission.objects.get(content_type=content_type, codename=f"{action}_{model._meta.model_name}")


def named_permission(app_label, codename):
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def grant_model_rights(group, permissions):
    group.permissions.add(*permissions)


def grant_collection_rights(group, codenames):
    root = Collection.get_first_root_node()
    for app_label, codename in codenames:
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=root, permission=named_permission(app_label, codename)
        )


def grant_page_rights(group, pages, rights):
    for page in pages:
        for right in rights:
            GroupPagePermission.objects.get_or_create(
                group=group, page=page, permission=named_permission("wagtailcore", f"{right}_page")
            )


def sections(model, locale=None):
    queryset = model.objects.all()
    return queryset.filter(locale=locale) if locale else queryset


def home_pages(language_code=None):
    queryset = HomePage.objects.all()
    if language_code:
        queryset = queryset.filter(locale__language_code=language_code)
    return list(queryset)


def setup_groups():
    groups = {name: Group.objects.get_or_create(name=name)[0] for name in group_names()}
    access_admin = named_permission("wagtailadmin", "access_admin")
    submit_translation = named_permission("wagtail_localize", "submit_translation")
    contribution_rights = [model_permission(Contribution, "view"), model_permission(Contribution, "change")]
    footer_rights = [model_permission(Footer, action) for action in ("add", "change", "publish", "lock", "unlock")]
    media_upload = [
        ("wagtailimages", "add_image"),
        ("wagtailimages", "choose_image"),
        ("wagtaildocs", "add_document"),
        ("wagtaildocs", "choose_document"),
    ]
    media_manage = media_upload + [("wagtailimages", "change_image"), ("wagtaildocs", "change_document")]
    media_choose = [("wagtailimages", "choose_image"), ("wagtaildocs", "choose_document")]

    for group in groups.values():
        grant_model_rights(group, [access_admin])

    french = settings.LANGUAGE_CODE
    all_homes = home_pages()
    french_home = home_pages(french)
    french_locale = Locale.objects.filter(language_code=french).first()

    # Comité: validates tools, sees every contribution, may publish anywhere.
    grant_model_rights(groups[COMITE], contribution_rights + footer_rights + [submit_translation])
    grant_collection_rights(groups[COMITE], media_manage)
    grant_page_rights(groups[COMITE], all_homes, ["add", "change", "publish", "lock", "unlock"])

    # GT Site: runs the site; every right on every tree, the footer, the media.
    grant_model_rights(groups[GT_SITE], footer_rights + [submit_translation])
    grant_collection_rights(groups[GT_SITE], media_manage)
    grant_page_rights(groups[GT_SITE], all_homes, ALL_PAGE_RIGHTS)

    # GT Production: reviews tools (first step of the tool workflow) and triages tool contributions.
    grant_model_rights(groups[GT_PRODUCTION], contribution_rights + [submit_translation])
    grant_collection_rights(groups[GT_PRODUCTION], media_manage)
    grant_page_rights(groups[GT_PRODUCTION], sections(ToolIndexPage, french_locale), ["add", "change", "lock"])

    # GT Communication: reviews every other page; edits anywhere, publishes outside the tool library.
    grant_model_rights(groups[GT_COMMUNICATION], contribution_rights + footer_rights + [submit_translation])
    grant_collection_rights(groups[GT_COMMUNICATION], media_manage)
    grant_page_rights(groups[GT_COMMUNICATION], french_home, ["add", "change"])
    for model in COMMUNICATION_SECTIONS:
        grant_page_rights(groups[GT_COMMUNICATION], sections(model, french_locale), ["publish"])

    # GT Administration: membership requests and, later, the provider directory.
    grant_model_rights(groups[GT_ADMINISTRATION], contribution_rights)
    grant_collection_rights(groups[GT_ADMINISTRATION], media_choose)

    # Contributeurs: draft and submit, never publish.
    grant_collection_rights(groups[CONTRIBUTEURS], media_upload)
    grant_page_rights(groups[CONTRIBUTEURS], sections(ToolIndexPage, french_locale), ["add", "change"])
    for model in CONTRIBUTED_SECTIONS:
        grant_page_rights(groups[CONTRIBUTEURS], sections(model, french_locale), ["add"])

    # Translators edit their own language's tree only; that language's reviewers publish it. The
    # same for translatable snippets (terms, sectors, partners, footer): their rights are held to
    # the language whose tree the group edits (`sbm_site.translation_guards`).
    snippet_models = translatable_snippet_models()
    for code in TRANSLATION_LANGUAGES:
        translators = groups[translators_group(code)]
        reviewers = groups[reviewers_group(code)]
        grant_model_rights(translators, [submit_translation])
        grant_model_rights(translators, [model_permission(model, "change") for model in snippet_models])
        grant_collection_rights(translators, media_choose)
        grant_page_rights(translators, home_pages(code), ["add", "change"])
        grant_model_rights(reviewers, [submit_translation])
        grant_model_rights(
            reviewers, [model_permission(model, action) for model in snippet_models for action in ("change", "publish")]
        )
        grant_collection_rights(reviewers, media_choose)
        grant_page_rights(reviewers, home_pages(code), ["add", "change", "publish", "lock", "unlock"])
    return groups


def translatable_snippet_models():
    """The snippets translators translate; each has draft state, so a translation starts as a draft.

    Not providers: their records hold their owners' contacts, so GT Administration keeps them and a
    translation goes through the provider's own workflow, reviewed in its language (`Provider.get_workflow`).
    """
    return [model for model in get_snippet_models() if issubclass(model, TranslatableMixin) and model is not Provider]


def approval_task(name, group, task_type=GroupApprovalTask):
    task, created = task_type.objects.get_or_create(name=name)
    if created or not task.groups.filter(pk=group.pk).exists():
        task.groups.set([group])
    return task


def workflow(name, tasks):
    """The workflow `name` with exactly these steps, in this order (a step of another type that held
    the same place before, e.g. a language's review before it became a `TranslationReviewTask`, goes)."""
    flow, _created = Workflow.objects.get_or_create(name=name, defaults={"active": True})
    for order, task in enumerate(tasks):
        WorkflowTask.objects.update_or_create(workflow=flow, task=task, defaults={"sort_order": order})
    WorkflowTask.objects.filter(workflow=flow).exclude(task__in=tasks).delete()
    return flow


def assign(flow, pages):
    for page in pages:
        WorkflowPage.objects.update_or_create(page=page, defaults={"workflow": flow})


def setup_workflows(groups):
    french_locale = Locale.objects.filter(language_code=settings.LANGUAGE_CODE).first()
    tool_flow = workflow(
        TOOL_WORKFLOW,
        [
            approval_task("Revue GT Production", groups[GT_PRODUCTION]),
            approval_task("Validation du Comité", groups[COMITE]),
        ],
    )
    review_flow = workflow(REVIEW_WORKFLOW, [approval_task("Relecture GT Communication", groups[GT_COMMUNICATION])])
    assign(review_flow, home_pages(settings.LANGUAGE_CODE))
    assign(tool_flow, sections(ToolIndexPage, french_locale))
    for code in TRANSLATION_LANGUAGES:
        flow = workflow(
            f"{REVIEW_WORKFLOW} {code.upper()}",
            [approval_task(f"Relecture {code.upper()}", groups[reviewers_group(code)], TranslationReviewTask)],
        )
        assign(flow, home_pages(code))


def setup_editorial():
    groups = setup_groups()
    for app_editorial in (
        toolpages_editorial,
        directory_editorial,
        guides_editorial,
        showcase_editorial,
        search_editorial,
    ):
        app_editorial.setup(groups)
    setup_workflows(groups)
    return groups

"""Editorial rights of the directory app, applied by `setup_editorial`.

GT Administration runs the paid directory: it edits and publishes providers and partners and
moderates the providers' workflow. Contributors may draft a provider and submit it, never publish.
"""

from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType

from wagtail.models import GroupApprovalTask, Workflow, WorkflowContentType, WorkflowTask

from .models import Partner, Provider

PROVIDER_WORKFLOW = "Annuaire des prestataires"
PROVIDER_REVIEW_TASK = "Validation GT Administration"
ADMINISTRATION = "GT Administration"
CONTRIBUTORS = "Contributeurs"
ALL_SNIPPET_RIGHTS = ("add", "change", "delete", "publish", "lock", "unlock")


def permissions(model, actions):
    content_type = ContentType.objects.get_for_model(model)
    codenames = [f"{action}_{model._meta.model_name}" for action in actions]
    return Permission.objects.filter(content_type=content_type, codename__in=codenames)


def setup_provider_workflow(group):
    task, _created = GroupApprovalTask.objects.get_or_create(name=PROVIDER_REVIEW_TASK)
    task.groups.add(group)
    workflow, _created = Workflow.objects.get_or_create(name=PROVIDER_WORKFLOW, defaults={"active": True})
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    WorkflowContentType.objects.update_or_create(
        content_type=ContentType.objects.get_for_model(Provider), defaults={"workflow": workflow}
    )
    return workflow


def setup(groups):
    """Grant this app's snippet rights; `groups` maps group names to Group objects."""
    administration = groups[ADMINISTRATION]
    administration.permissions.add(
        *permissions(Provider, ALL_SNIPPET_RIGHTS), *permissions(Partner, ALL_SNIPPET_RIGHTS)
    )
    groups[CONTRIBUTORS].permissions.add(*permissions(Provider, ("add", "change")))
    setup_provider_workflow(administration)

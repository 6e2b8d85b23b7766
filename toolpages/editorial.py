"""Editorial rights of the toolpages app, applied by `setup_editorial`."""

from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType

from .models import Audience, Canvas, CanvasBlock, Phase

# The groups that keep the classification: GT Production runs the co-creation of tools, the
# Comité validates them, GT Site runs the site. Translators and reviewers translate terms like
# every translatable snippet (home/editorial.py); `sbm_site.translation_guards` holds each group
# to the languages its page rights reach.
TAXONOMY_EDITORS = ("Comité", "GT Production", "GT Site")
TAXONOMY_MODELS = (Canvas, CanvasBlock, Phase, Audience)
TAXONOMY_ACTIONS = ("add", "change", "delete", "publish")


def taxonomy_permissions():
    permissions = []
    for model in TAXONOMY_MODELS:
        content_type = ContentType.objects.get_for_model(model)
        codenames = [f"{action}_{model._meta.model_name}" for action in TAXONOMY_ACTIONS]
        permissions += list(Permission.objects.filter(content_type=content_type, codename__in=codenames))
    return permissions


def setup(groups):
    """Grant this app's model and snippet rights; `groups` maps group names to Group objects."""
    permissions = taxonomy_permissions()
    for name in TAXONOMY_EDITORS:
        groups[name].permissions.add(*permissions)

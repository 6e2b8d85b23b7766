"""Editorial rights of the guides app, applied by `setup_editorial`.

Page rights come with the sections (home/editorial.py). Training registrations are personal
data: the groups that run training (GT Administration for the paid services, GT Communication
for the programme) read and manage them; the Comité reads them. Nobody adds one by hand.
"""

from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType

from .models import Registration

REGISTRATION_RIGHTS = {
    "GT Administration": ["view", "change", "delete"],
    "GT Communication": ["view", "change"],
    "Comité": ["view"],
}


def setup(groups):
    """Grant this app's model rights; `groups` maps group names to Group objects."""
    content_type = ContentType.objects.get_for_model(Registration)
    for group_name, actions in REGISTRATION_RIGHTS.items():
        group = groups.get(group_name)
        if group is None:
            continue
        codenames = [f"{action}_registration" for action in actions]
        group.permissions.add(*Permission.objects.filter(content_type=content_type, codename__in=codenames))

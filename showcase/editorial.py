"""Editorial rights of the showcase app, applied by `setup_editorial`."""

from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType

from .models import Sector

# Sectors are a shared classification: those who run the site and the showcase maintain them.
SECTOR_EDITORS = ("Comité", "GT Communication", "GT Site")
SECTOR_RIGHTS = ("add", "change", "delete", "publish", "lock", "unlock")


def setup(groups):
    """Grant this app's model and snippet rights; `groups` maps group names to Group objects."""
    content_type = ContentType.objects.get_for_model(Sector)
    rights = Permission.objects.filter(
        content_type=content_type, codename__in=[f"{right}_sector" for right in SECTOR_RIGHTS]
    )
    for name in SECTOR_EDITORS:
        groups[name].permissions.add(*rights)

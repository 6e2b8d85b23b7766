"""Editorial rights of the search app, applied by `setup_editorial`: GT Communication manages promoted results."""

from django.contrib.auth.models import Permission

COMMUNICATION = "GT Communication"
PROMOTION_RIGHTS = ("add_searchpromotion", "change_searchpromotion", "delete_searchpromotion")


def setup(groups):
    """Grant this app's rights; `groups` maps group names to Group objects."""
    groups[COMMUNICATION].permissions.add(
        *Permission.objects.filter(content_type__app_label="wagtailsearchpromotions", codename__in=PROMOTION_RIGHTS)
    )

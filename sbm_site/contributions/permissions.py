"""Who may see and triage which kinds: the groups a kind names, and the Comité for every kind."""

from . import registry

ALL_KINDS_GROUP = "Comité"


def visible_kinds(user):
    """The kinds this user may see, or None for all of them."""
    if user.is_superuser:
        return None
    group_names = set(user.groups.values_list("name", flat=True))
    if ALL_KINDS_GROUP in group_names:
        return None
    return registry.kinds_handled_by(group_names)


def user_can_triage(user, contribution):
    if not user.is_active or not user.has_perm("contributions.change_contribution"):
        return False
    kinds = visible_kinds(user)
    return kinds is None or contribution.kind in kinds

"""Editorial rights of the directory app, applied by `setup_editorial` (filled in by its issue)."""


def setup(groups):
    """Grant this app's model and snippet rights; `groups` maps group names to Group objects."""

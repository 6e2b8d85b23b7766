"""The notices every page links to in its footer and every form links to (privacy, legal notice).

Their page types live in a higher app, which registers them here in its `AppConfig.ready()`;
the chrome finds the live page of each kind in the visitor's language (`navigation.notice_links`).
"""

PRIVACY = "privacy"
LEGAL = "legal"

_notice_models: dict[str, str] = {}


def register(kind, model_label):
    """Say that pages of `model_label` ("app.Model") are the site's notice of `kind`."""
    _notice_models[kind] = model_label


def model_labels():
    """{kind: "app.Model"} of the registered notices, privacy first."""
    return dict(sorted(_notice_models.items(), key=lambda item: item[0] != PRIVACY))

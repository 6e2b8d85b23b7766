"""The site's user accounts as a store of personal data: found and exported; anonymised by those who may delete users."""

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from .records import ModelStore, forget_history


class UserAccountStore(ModelStore):
    key = "accounts"
    order = 90
    label = _("User accounts")
    erasure_note = _(
        "The account is deactivated and its names, e-mail address and password removed; what its holder "
        "did stays in the history under an anonymous name. Only those who may delete users can do it, "
        "and never on their own account."
    )
    fields = ("username", "first_name", "last_name", "email", "is_active", "date_joined", "last_login")

    @property
    def model(self):
        return get_user_model()

    def find(self, email):
        rows = super().find(email)
        groups = {
            user.pk: [group.name for group in user.groups.all()]
            for user in self.queryset(email).prefetch_related("groups")
        }
        return [{**row, "groups": groups.get(row["id"], [])} for row in rows]

    def field_labels(self):
        return {**super().field_labels(), "groups": _("Groups")}

    def may_erase(self, user):
        return user.has_perm(f"{self.model._meta.app_label}.delete_{self.model._meta.model_name}")

    def erase(self, email, user):
        if not self.may_erase(user):
            return 0
        erased = []
        with transaction.atomic():
            for account in self.queryset(email).exclude(pk=user.pk):
                account.username = f"erased-{account.pk}"
                account.first_name = account.last_name = account.email = ""
                account.is_active = False
                account.set_unusable_password()
                account.save()
                account.groups.clear()
                erased.append(account.pk)
            forget_history(self.model, erased)
        return len(erased)

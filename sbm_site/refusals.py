"""How the admin's guards refuse: 403 in the admin's layout, saying why (Wagtail would turn a
`PermissionDenied` into a redirect to the dashboard, without the reason)."""

from django.template.response import TemplateResponse


def refused(request, reason):
    return TemplateResponse(request, "sbm_site/admin/refused.html", {"reason": reason}, status=403)

"""Content Security Policy: strict on the public site; the Wagtail admin, whose widgets still
carry inline scripts and styles, gets 'unsafe-inline' for those two directives only."""

from csp.constants import UNSAFE_INLINE
from csp.middleware import CSPMiddleware

ADMIN_PREFIX = "/admin/"
ADMIN_RELAXATION = {"script-src": [UNSAFE_INLINE], "style-src": [UNSAFE_INLINE]}


class SiteCSPMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and request.path_info.startswith(ADMIN_PREFIX):
            parts.update = {**ADMIN_RELAXATION, **(parts.update or {})}
        return parts

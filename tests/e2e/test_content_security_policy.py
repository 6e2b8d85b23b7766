"""The Content Security Policy holds on the public site and lets the Wagtail admin work."""

import pytest

pytestmark = pytest.mark.e2e

PUBLIC_PATHS = ["/fr/", "/de/werkzeuge/", "/fr/association/adherer/", "/en/search/?q=tool", "/fr/nowhere/"]


def csp_violations(page):
    violations = []
    page.on("console", lambda message: "Content Security Policy" in message.text and violations.append(message.text))
    return violations


def log_in(page, username):
    page.goto("/admin/login/")
    page.locator("input[name=username]").fill(username)
    page.locator("input[name=password]").fill("sbm-demo")
    page.locator("form button[type=submit]").first.click()
    page.wait_for_url("**/admin/")


def test_public_pages_break_no_rule_of_the_policy(page):
    violations = csp_violations(page)
    for path in PUBLIC_PATHS:
        response = page.goto(path)
        policy = response.headers["content-security-policy"]
        assert "script-src 'self'" in policy and "unsafe-inline" not in policy
        assert "frame-ancestors 'none'" in policy
    assert violations == []


def test_the_admin_works_under_its_policy(page):
    violations = csp_violations(page)
    log_in(page, "admin")
    page.goto("/admin/pages/")
    page.get_by_role("link", name="Social Business Models").first.click()
    edit = page.goto("/admin/pages/search/?q=association")
    assert edit.ok
    page.goto("/admin/pages/")
    # the page editor of the French association page: widgets, comments, side panels
    page.goto("/admin/pages/search/?q=Adh%C3%A9rer")
    page.locator("a[href*='/edit/']").first.click()
    page.wait_for_selector("form#page-edit-form")
    page.goto("/admin/contributions/contribution/")
    page.goto("/admin/reports/translation-health/")
    page.goto("/admin/snippets/")
    assert violations == []

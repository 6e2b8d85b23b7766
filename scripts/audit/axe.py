"""axe-core (WCAG 2.2 A and AA rules and best practices) in Chromium on the public pages and our admin pages.

Public pages are checked at a phone's width and a desktop's; the admin pages logged in as the demo
superuser (password `sbm-demo`), so that every panel our code adds is on the dashboard.
"""

import json
import sys

from scripts.audit import checks, server, tools

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
VIEWPORTS = {"phone": {"width": 360, "height": 780}, "desktop": {"width": 1280, "height": 900}}
ADMIN_USER = "admin"
DEMO_PASSWORD = "sbm-demo"


# On the dashboard only our panels are ours: Wagtail's own summary panel has a second, unnamed search
# landmark (landmark-unique), which is Wagtail's to fix. Every other admin page is checked whole.
SCOPES = {"admin dashboard": ["#new-contributions-title", "#translation-health-title"]}


def run_axe(tab, url, scope=None):
    response = tab.goto(url, wait_until="load")
    if response is None or response.status >= 400:
        return {"url": url, "runtimeError": {"code": f"HTTP {response.status if response else '?'} at {url}"}}
    context = "document"
    if scope:
        missing = [heading for heading in scope if not tab.locator(heading).count()]
        if missing:
            return {"url": url, "runtimeError": {"code": f"not on the page: {', '.join(missing)}"}}
        # Each panel is the <section> its heading names.
        context = json.dumps({"include": [[f"section[aria-labelledby='{h[1:]}']"] for h in scope]})
    # The site's Content-Security-Policy would refuse the injected script: the context bypasses it.
    tab.add_script_tag(path=str(tools.AXE_SCRIPT))
    results = tab.evaluate(
        f"tags => axe.run({context}, {{runOnly: {{type: 'tag', values: tags}}, resultTypes: ['violations']}})",
        AXE_TAGS,
    )
    return {"url": url, "violations": results["violations"]}


def log_in(tab, base_url):
    tab.goto(f"{base_url}/admin/login/")
    tab.fill("input[name=username]", ADMIN_USER)
    tab.fill("input[name=password]", DEMO_PASSWORD)
    tab.click("button[type=submit]")
    tab.wait_for_url(f"{base_url}/admin/")


def audit(base_url, pages):
    """Check every page; print the table; return True when axe finds a violation."""
    tools.require(tools.AXE_SCRIPT)
    from playwright.sync_api import sync_playwright

    directory = tools.report_dir("axe")
    reports = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=tools.CHROME_PATH, args=tools.CHROME_FLAGS)
        for viewport_name, viewport in VIEWPORTS.items():
            context = browser.new_context(viewport=viewport, bypass_csp=True)
            tab = context.new_page()
            for label, path in server.public_targets(pages):
                print(f"axe {viewport_name}: {label} {path}", file=sys.stderr)
                reports.append(
                    save(directory / f"{tools.slug(label)}--{viewport_name}.json", run_axe(tab, base_url + path))
                )
            context.close()
        context = browser.new_context(viewport=VIEWPORTS["desktop"], bypass_csp=True)
        tab = context.new_page()
        log_in(tab, base_url)
        for label, path in server.admin_targets(pages):
            print(f"axe: {label} {path}", file=sys.stderr)
            results = run_axe(tab, base_url + path, SCOPES.get(label))
            reports.append(save(directory / f"{tools.slug(label)}.json", results))
        context.close()
        browser.close()
    print(f"\naxe-core, reports in {directory}")
    return checks.check_list(reports, checks.axe_failures, "violations")


def save(path, results):
    path.write_text(json.dumps(results, indent=1), encoding="utf-8")
    return path

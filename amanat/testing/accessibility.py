"""axe-core (the engine behind browsers' own accessibility audits) over a page in Chromium.

axe-playwright-python bundles axe-core's script; nothing is fetched at run time. Pages carry a CSP
without scripts, so the audit's context bypasses CSP (``axe_context``): the page itself is
served unchanged. A page fails on any violation axe rates critical or serious.
"""

from __future__ import annotations

from typing import Any

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, BrowserContext, Page

FAILING_IMPACTS = frozenset({"critical", "serious"})
_AXE = Axe()


def axe_context(browser: Browser, base_url: str, locale: str | None = None) -> BrowserContext:
    """A browser context in which axe's script may run on our script-free pages (``locale``
    sets the Accept-Language that staff pages follow)."""
    options: dict[str, Any] = {"base_url": base_url, "bypass_csp": True}
    if locale is not None:
        options["locale"] = locale
    return browser.new_context(java_script_enabled=True, **options)


def serious_violations(page: Page) -> list[str]:
    """One line per critical or serious violation: rule, impact, and the offending elements."""
    results: Any = _AXE.run(page)
    lines = []
    for violation in results.response["violations"]:
        if violation.get("impact") in FAILING_IMPACTS:
            targets = ", ".join(str(node["target"]) for node in violation["nodes"][:5])
            lines.append(f"{violation['id']} ({violation['impact']}): {targets}")
    return lines


def audit(page: Page, path: str) -> list[str]:
    """Open the path and return its serious violations, each prefixed with the path."""
    response = page.goto(path)
    assert response is not None, f"{path}: no response"
    assert response.status == 200, f"{path}: HTTP {response.status}"
    assert response.headers["content-type"].startswith("text/html"), f"{path}: not a page"
    return [f"{path}: {line}" for line in serious_violations(page)]

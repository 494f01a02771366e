"""Every hotline page, in every language, passes axe-core without a critical or serious
violation (issue #14.3): the blank and the refused report form, the receipt, the sign-in page
(blank and after a wrong code), the status page, the signed-out page and the busy page."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Browser, Page

from amanat.testing.accessibility import audit, axe_context, serious_violations
from amanat.testing.browser import (  # noqa: F401 - fixtures, active for this module
    allow_django_under_playwright,
    base_url,
    browser_type_launch_args,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

LANGUAGES = {"en": "", "ug": "/ug", "tr": "/tr", "zh-hans": "/zh-hans"}
RECEIPT = re.compile(r"[0-9]{4}(?: [0-9]{4}){6}")


def _after_submit(page: Page, what: str) -> list[str]:
    page.click("form[action$='/report/'] button[type=submit]")
    page.wait_for_load_state("load")
    return [f"{page.url} ({what}): {line}" for line in serious_violations(page)]


@pytest.mark.parametrize("language", list(LANGUAGES))
def test_every_hotline_page_passes_axe(browser: Browser, live_server, org_a, language) -> None:
    prefix = LANGUAGES[language]
    page = axe_context(browser, live_server.url).new_page()
    found: list[str] = []
    for path in ("/", "/report/", "/return/"):
        found += audit(page, f"{prefix}{path}")
    page.goto(f"{prefix}/report/")
    page.fill("input[name=when_year]", "1900")  # refused: the form comes back with errors
    found += _after_submit(page, "form with errors")
    page.fill("textarea[name=what_happened]", "AMN-axe report")
    page.fill("input[name=when_year]", "")
    found += _after_submit(page, "receipt")
    receipt = RECEIPT.search(page.locator("#receipt").inner_text())
    assert receipt is not None
    page.goto(f"{prefix}/return/")
    page.fill("input[name=receipt]", "1" * 28)
    page.click("main button[type=submit]")
    found += [f"wrong receipt: {line}" for line in serious_violations(page)]
    page.fill("input[name=receipt]", receipt.group(0))
    page.click("main button[type=submit]")
    page.wait_for_url(re.compile(r".*/status/$"))
    found += [f"status: {line}" for line in serious_violations(page)]
    page.click("form[action$='/sign-out/'] button[type=submit]")
    found += [f"signed out: {line}" for line in serious_violations(page)]
    assert found == []

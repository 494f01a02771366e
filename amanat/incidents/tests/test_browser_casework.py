"""The case worker's journey in Chromium: a report arrives, an analyst signs in with TOTP, reads
it, replies, the reporter reads the reply with the receipt, and the analyst codes an incident."""

from __future__ import annotations

import re

import pyotp
import pytest
from playwright.sync_api import Browser, Page, expect

from amanat.incidents.models import Incident
from amanat.intake.models import Report
from amanat.testing.browser import (  # noqa: F401 - fixtures, active for this module
    allow_django_under_playwright,
    base_url,
    browser_type_launch_args,
)
from amanat.testing.factories import PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
RECEIPT = re.compile(r"[0-9]{4}(?: [0-9]{4}){6}")


def no_js_page(browser: Browser, base: str) -> Page:
    context = browser.new_context(java_script_enabled=False, base_url=base)
    return context.new_page()


def reporter_submits(page: Page) -> str:
    page.goto("/report/")
    page.fill(
        "textarea[name=what_happened]",
        "Police in Ghulja called me and asked about the "
        "London protest. They put my mother on the phone.",
    )
    page.check("input[name=channels][value=phone]")
    page.click("button[type=submit]")
    expect(page.locator("h1")).to_have_text("Your report was received")
    return RECEIPT.search(page.locator("#receipt").inner_text()).group(0)


def analyst_signs_in_with_totp(page: Page) -> None:
    page.goto("/staff/login/")
    page.fill("input[name=username]", "analyst-org-a")
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    secret = page.locator("#totp-secret").inner_text()
    page.fill("input[name=code]", pyotp.TOTP(secret).now())
    page.click("button[type=submit]")
    expect(page.locator("h1")).to_have_text("Your recovery codes")
    page.click("text=Continue to the inbox")
    expect(page.locator("h1")).to_have_text("Inbox")


def test_report_to_reply_to_coded_incident(browser: Browser, live_server, org_a) -> None:
    reporter = no_js_page(browser, live_server.url)
    receipt = reporter_submits(reporter)
    report = Report.objects.get()

    analyst = no_js_page(browser, live_server.url)
    analyst_signs_in_with_totp(analyst)
    analyst.click(f"text=#{report.public_id}")
    expect(analyst.locator("#narrative")).to_contain_text("They put my mother on the phone.")
    analyst.fill("textarea[name=text]", "Thank you. Is your mother safe now?")
    analyst.click("text=Send reply")
    expect(analyst.locator(".thread")).to_contain_text("Is your mother safe now?")

    reporter.goto("/return/")
    reporter.fill("input[name=receipt]", receipt)
    reporter.click("button[type=submit]")
    expect(reporter.locator(".thread")).to_contain_text("Is your mother safe now?")

    analyst.click("#code-incident")
    analyst.select_option("select[name=date_start_precision]", "year")
    analyst.fill("input[name=date_start]", "2024")
    analyst.select_option("select[name=host_country]", "GB")
    analyst.select_option("select[name=origin_state]", "CN")
    analyst.select_option("select[name=community]", "uyghur")
    analyst.select_option("select[name=stage]", "stage1")
    analyst.check("input[name=tactics][value=threat_to_family]")
    analyst.check("input[name=tactics][value=informant_recruitment]")
    analyst.select_option("select[name=perpetrator]", "police_public_security")
    analyst.select_option("select[name=response]", "refused")
    analyst.click("main form button[type=submit]")
    incident = Incident.objects.get()
    assert set(incident.tactics.values_list("code", flat=True)) == {
        "threat_to_family",
        "informant_recruitment",
    }
    assert incident.host_country == "GB"
    assert list(incident.reports.all()) == [report]
    assert incident.codebook.version

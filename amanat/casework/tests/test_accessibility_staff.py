"""The staff pages pass axe-core without a critical or serious violation (issue #14.3): sign-in,
inbox, a report, the team, incidents and their coding form, dataset, indicators, monitor and the
public statistics. Staff sign in through the real flow (password, TOTP) with Django's client; the
browser gets that session's cookies."""

from __future__ import annotations

import re

import pytest
from django.test import Client
from playwright.sync_api import Browser

from amanat.intake.actions import NewReport, submit_report
from amanat.testing.accessibility import audit, axe_context
from amanat.testing.browser import (  # noqa: F401 - fixtures, active for this module
    allow_django_under_playwright,
    base_url,
    browser_type_launch_args,
)
from amanat.testing.staff_login import staff_client

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SIGNED_IN_PAGES = [
    "/staff/",
    "/staff/reports/{report}/",
    "/staff/team/",
    "/staff/audit/",
    "/staff/translations/",
    "/staff/incidents/",
    "/staff/incidents/new/",
    "/staff/dataset/",
    "/staff/dataset/releases/",
    "/staff/dataset/dictionary/",
    "/staff/dataset/import/",
    "/staff/indicators/",
    "/staff/indicators/campaigns/",
    "/staff/indicators/export/",
    "/staff/indicators/import/",
    "/staff/monitor/",
    "/staff/password/",
    "/stats/",
    "/staff/incidents/{incident}/",
    "/staff/incidents/{incident}/edit/",
]
LANGUAGES = ["en", "ug", "tr", "zh-hans"]
# A coded incident, posted through the coding form as a case worker would.
INCIDENT = {
    "date_start_precision": "month",
    "date_start": "2024-03",
    "host_country": "TR",
    "origin_state": "CN",
    "community": "uyghur",
    "stage": "stage1",
    "tactics": ["threat_to_family"],
    "channels": ["video_call"],
    "perpetrator": "state_security",
    "response": "refused",
    "verification": "unverified",
    "sensitivity": "confidential",
    "summary": "",
}
_TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


def _new_incident(client: Client) -> str:
    page = client.get("/staff/incidents/new/").content.decode()
    token = _TOKEN.search(page)
    assert token is not None
    response = client.post(
        "/staff/incidents/new/", {"csrfmiddlewaretoken": token.group(1), **INCIDENT}
    )
    assert response.status_code == 302, response.content.decode()[:1000]
    return response["Location"].rstrip("/").rsplit("/", 1)[1]  # the incident's public id


@pytest.mark.parametrize("language", LANGUAGES)
def test_staff_pages_pass_axe(browser: Browser, live_server, org_a, language) -> None:
    fields = {"what_happened": "AMN-axe staff", "when_precision": "unknown"}
    report, _ = submit_report(NewReport(fields, "en", []), organisation=org_a.organisation)
    context = axe_context(browser, live_server.url, locale=language)
    page = context.new_page()
    found = audit(page, "/staff/login/")
    client = staff_client(org_a.coordinator)
    incident = _new_incident(client)
    context.add_cookies(
        [
            {"name": name, "value": morsel.value, "url": live_server.url}
            for name, morsel in client.cookies.items()
        ]
    )
    for path in SIGNED_IN_PAGES:
        found += audit(page, path.format(report=report.public_id, incident=incident))
    assert found == []

"""Staff pages name countries, answers, languages and codes in the reader's language."""

from __future__ import annotations

import re

import pytest
from django.test import Client

from amanat.incidents import actions
from amanat.intake.actions import NewReport, submit_report
from amanat.intake.models import Report
from amanat.testing.incidents import coding
from amanat.testing.staff_login import _token, staff_client

pytestmark = pytest.mark.django_db


def _report(org_a) -> Report:
    fields = {
        "what_happened": "They called my parents.",
        "when_precision": "year",
        "when_year": 2023,
        "country": "DE",
        "targeted": ["family_home"],
        "channels": ["messaging"],
        "demands": ["inform"],
    }
    report, _receipt = submit_report(
        NewReport(fields=fields, language="tr", files=[]), organisation=org_a.organisation
    )
    return report


def _cells(html: str) -> list[str]:
    found = re.findall(r"<td[^>]*>(.*?)</td>", html, re.S)
    return [re.sub(r"<[^>]+>", "", cell).strip() for cell in found]


def _speaking(member: object, language: str) -> Client:
    """A signed-in client of a member who chose their staff pages' language."""
    client = staff_client(member)  # type: ignore[arg-type]  # a persona built by the test
    token = _token(client, "/staff/language/")
    response = client.post("/staff/language/", {"csrfmiddlewaretoken": token, "language": language})
    assert response.status_code == 302
    return client


def test_the_report_page_shows_names_not_codes(org_a) -> None:
    report = _report(org_a)
    page = staff_client(org_a.analyst).get(f"/staff/reports/{report.public_id}/").content.decode()
    cells = _cells(page)
    assert "Germany" in cells
    assert "DE" not in cells
    assert "My family in my home country" in cells
    assert "family_home" not in page
    assert "Messaging app (WeChat, WhatsApp, Telegram…)" in cells
    assert "Reporter's language: Turkish" in re.sub(r"<[^>]+>", "", page)
    assert "2023" in cells


def test_the_report_page_names_them_in_the_staff_members_language(org_a) -> None:
    report = _report(org_a)
    page = (
        _speaking(org_a.analyst, "tr").get(f"/staff/reports/{report.public_id}/").content.decode()
    )
    cells = _cells(page)
    assert "Almanya" in cells
    assert "Türkçe" in re.sub(r"<[^>]+>", "", page)


def test_the_inbox_names_the_language_in_the_staff_members_language(org_a) -> None:
    report = _report(org_a)
    english = staff_client(org_a.analyst).get("/staff/").content.decode()
    chinese = _speaking(org_a.coordinator, "zh-hans").get("/staff/").content.decode()
    row = english[english.index(f"#{report.public_id}</a>") :].split("</tr>")[0]
    assert "<td>Turkish</td>" in row
    assert "<td>tr</td>" not in row
    assert (
        "<td>土耳其语</td>"
        in chinese[chinese.index(f"#{report.public_id}</a>") :].split("</tr>")[0]
    )


def test_incident_pages_show_labels_and_country_names(org_a) -> None:
    incident = actions.create_incident(
        org_a.organisation,
        coding(host_country="DE", perpetrator="police_public_security"),
        actor=org_a.analyst,
    )
    listing = _cells(_speaking(org_a.analyst, "tr").get("/staff/incidents/").content.decode())
    assert "Almanya (DE)" in listing
    assert "1. aşama: tehdit ve baskı, gözaltı yok" in listing
    assert "stage1" not in listing
    detail = _cells(
        staff_client(org_a.coordinator)
        .get(f"/staff/incidents/{incident.public_id}/")
        .content.decode()
    )
    assert "Germany (DE)" in detail
    assert "China (CN)" in detail
    assert "Police or public security" in detail
    assert "Uyghur" in detail
    assert not {"police_public_security", "uyghur", "stage1"} & set(detail)


def test_dataset_tables_name_countries_and_codes_in_the_language(org_a) -> None:
    actions.create_incident(org_a.organisation, coding(host_country="DE"), actor=org_a.analyst)
    page = _speaking(org_a.analyst, "tr").get("/staff/dataset/")
    html = page.content.decode()
    hosts = re.search(r'<table class="counts" id="table-host_country">(.*?)</table>', html, re.S)
    stages = re.search(r'<table class="counts" id="table-stage">(.*?)</table>', html, re.S)
    assert hosts
    assert stages
    assert "<td>Almanya</td><td><code>DE</code>" in hosts[1]
    assert "<td>1. aşama: tehdit ve baskı, gözaltı yok</td><td><code>stage1</code>" in stages[1]

"""Coding records only what someone chose: untouched fields stay "not stated" everywhere."""

from __future__ import annotations

import csv
import io
import re

import pytest
from django.test import Client

from amanat.audit.models import AuditEntry
from amanat.incidents import actions, codebook
from amanat.incidents.models import Incident, IncidentChannel
from amanat.intake.actions import NewReport, submit_report
from amanat.testing.incidents import coding, created_pk, incident_data
from amanat.testing.staff_login import staff_client
from amanat.testing.web import post

pytestmark = pytest.mark.django_db

CODED = ("community", "stage", "perpetrator", "response", "host_country", "origin_state")


def _selected(page: str, name: str) -> str:
    """The value a browser would send for an untouched select: the selected or first option."""
    found = re.search(rf'<select name="{name}"[^>]*>(.*?)</select>', page, re.S)
    assert found, name
    options = re.findall(r'<option value="([^"]*)"( selected)?', found.group(1))
    chosen = [value for value, selected in options if selected]
    return chosen[0] if chosen else options[0][0]


def _untouched(client: Client) -> dict[str, str]:
    page = client.get("/staff/incidents/new/").content.decode()
    return {name: _selected(page, name) for name in CODED}


def test_every_coded_field_starts_at_not_stated(org_a) -> None:
    assert _untouched(staff_client(org_a.analyst)) == dict.fromkeys(CODED, "")


def test_an_untouched_form_stores_no_perpetrator_response_or_stage(org_a) -> None:
    client = staff_client(org_a.analyst)
    data = incident_data(**_untouched(client), date_start_precision="unknown", date_start="")
    data["channels"] = []
    incident = Incident.objects.get(pk=created_pk(post(client, "/staff/incidents/new/", data)))
    assert [getattr(incident, name) for name in CODED] == [""] * len(CODED)
    detail = client.get(f"/staff/incidents/{incident.public_id}/").content.decode()
    assert "Police or public security" not in detail
    assert "Refused" not in detail
    assert detail.count("not stated") >= 4


def test_a_chosen_code_is_still_checked_against_the_codebook(org_a) -> None:
    client = staff_client(org_a.analyst)
    response = post(client, "/staff/incidents/new/", incident_data(stage="stage9"))
    assert response.status_code == 400
    assert "stage9 is not one of the available choices" in response.content.decode()
    assert not Incident.objects.exists()
    with pytest.raises(actions.CodingError, match="is not a perpetrator code"):
        actions.create_incident(
            org_a.organisation, coding(perpetrator="ministry"), actor=org_a.analyst
        )


def test_not_stated_is_exported_blank_and_counted_apart(org_a) -> None:
    actions.create_incident(
        org_a.organisation,
        coding(stage="", perpetrator="", response="", community=""),
        actor=org_a.analyst,
    )
    actions.create_incident(org_a.organisation, coding(), actor=org_a.analyst)
    client = staff_client(org_a.analyst)
    exported = client.get("/staff/dataset/export/?format=csv")
    rows = list(csv.DictReader(io.StringIO(b"".join(exported.streaming_content).decode())))
    assert sorted(row["stage"] for row in rows) == ["", "stage1"]
    assert sorted(row["perpetrator"] for row in rows) == ["", "state_security"]
    page = client.get("/staff/dataset/").content.decode()
    table = re.search(r'<table class="counts" id="table-stage">(.*?)</table>', page, re.S)
    assert table
    assert re.search(r"<td>not stated</td><td><code>—</code></td><td class=\"n\">1</td>", table[1])
    assert re.search(r"<code>stage1</code></td><td class=\"n\">1</td>", table[1])


def _report_with_answers(org_a) -> object:
    fields = {
        "what_happened": "AMN-narrative: an officer called my father about me.",
        "when_precision": "month",
        "when_year": 2024,
        "when_month": 3,
        "when_day": None,
        "country": "DE",
        "targeted": ["family_home"],
        "channels": ["phone", "relatives", "other"],
        "demands": ["inform"],
    }
    report, _receipt = submit_report(
        NewReport(fields=fields, language="tr", files=[]), organisation=org_a.organisation
    )
    return report


def test_the_reports_answers_prefill_the_form_and_its_text_is_beside_it(org_a) -> None:
    report = _report_with_answers(org_a)
    client = staff_client(org_a.analyst)
    response = client.get(f"/staff/incidents/new/?report={report.public_id}")
    form = response.context["form"]
    assert form.initial == {
        "date_start_precision": "month",
        "date_start": "2024-03",
        "host_country": "DE",
        "channels": ["phone_call", "via_relatives"],
    }
    page = response.content.decode()
    assert 'id="report-text"' in page
    assert "AMN-narrative" in page
    assert "My family in my home country" in page
    assert "family_home" not in page
    assert _selected(page, "host_country") == "DE"
    assert _selected(page, "stage") == ""  # answers prefill; they never invent a stage
    entry = AuditEntry.objects.get(tag="casework:report:decrypt")
    assert (entry.actor, entry.subject_id) == (org_a.analyst.user, str(report.pk))


def test_prefilled_values_are_saved_only_when_submitted(org_a) -> None:
    report = _report_with_answers(org_a)
    client = staff_client(org_a.analyst)
    data = incident_data(channels=["phone_call"], host_country="TR", stage="")
    incident_pk = created_pk(post(client, f"/staff/incidents/new/?report={report.public_id}", data))
    incident = Incident.objects.get(pk=incident_pk)
    assert incident.host_country == "TR"
    assert incident.stage == ""
    codes = IncidentChannel.objects.filter(incident=incident).values_list("code", flat=True)
    assert list(codes) == ["phone_call"]


def test_a_refused_form_shows_the_report_again_with_the_reason(org_a) -> None:
    report = _report_with_answers(org_a)
    client = staff_client(org_a.analyst)
    data = incident_data(date_start="2024-13")
    response = post(client, f"/staff/incidents/new/?report={report.public_id}", data)
    assert response.status_code == 400
    page = response.content.decode()
    assert "AMN-narrative" in page
    assert "nothing was saved" in page
    assert not Incident.objects.exists()
    assert codebook.current().has(codebook.STAGE, "stage1")

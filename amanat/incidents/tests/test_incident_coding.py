"""Coding incidents from hotline reports, end to end through the staff pages."""

from __future__ import annotations

import pytest
from django.db import reset_queries

from amanat.audit.models import AuditEntry
from amanat.incidents.models import Codebook, Incident, IncidentTactic
from amanat.testing.incidents import created_pk, iid, incident_data
from amanat.testing.reports import report_for
from amanat.testing.staff_login import staff_client
from amanat.testing.web import post

pytestmark = pytest.mark.django_db


def test_an_analyst_codes_an_incident_from_a_hotline_report(org_a, report_a) -> None:
    report = report_a  # submitted through the real hotline form (conftest)
    client = staff_client(org_a.analyst)

    form = client.get(f"/staff/incidents/new/?report={report.public_id}")
    assert form.status_code == 200
    page = form.content.decode()
    assert f"linked to report #{report.public_id}" in page
    assert 'value="threat_to_family"' in page  # tactic checkboxes come from the codebook
    response = post(
        client,
        f"/staff/incidents/new/?report={report.public_id}",
        incident_data(summary="Mother questioned twice; asked about her son abroad."),
    )
    pk = created_pk(response)

    incident = Incident.objects.get(pk=pk)
    assert list(incident.reports.all()) == [report]
    assert incident.organisation == org_a.organisation
    assert sorted(
        IncidentTactic.objects.filter(incident=incident).values_list("code", flat=True)
    ) == [
        "informant_recruitment",
        "threat_to_family",
    ]
    detail = client.get(f"/staff/incidents/{iid(pk)}/").content.decode()
    assert "Mother questioned twice" in detail
    assert "Threats to family at home" in detail
    assert "Türkiye (TR)" in detail or "Turkey (TR)" in detail
    tags = set(AuditEntry.objects.values_list("tag", flat=True))
    assert {"casework:incident:create", "casework:incident:link"} <= tags
    assert "casework:incident:decrypt" in tags


def test_every_incident_records_the_codebook_version_it_was_coded_with(org_a) -> None:
    client = staff_client(org_a.analyst)
    pk = created_pk(post(client, "/staff/incidents/new/", incident_data()))
    incident = Incident.objects.select_related("codebook").get(pk=pk)
    assert incident.codebook == Codebook.objects.get(version="1")
    page = client.get(f"/staff/incidents/{iid(pk)}/").content.decode()
    assert '<td id="codebook-version">1</td>' in page


def test_a_period_with_month_precision_is_kept_at_its_precision(org_a) -> None:
    client = staff_client(org_a.analyst)
    data = incident_data(
        date_start_precision="month",
        date_start="2023-05",
        date_end_precision="year",
        date_end="2023",
    )
    pk = created_pk(post(client, "/staff/incidents/new/", data))
    incident = Incident.objects.get(pk=pk)
    assert (str(incident.date_start), incident.date_start_precision) == ("2023-05-01", "month")
    assert (str(incident.date_end), incident.date_end_precision) == ("2023-01-01", "year")
    assert "2023-05 – 2023" in client.get(f"/staff/incidents/{iid(pk)}/").content.decode()


def test_an_unknown_date_is_stored_as_unknown(org_a) -> None:
    client = staff_client(org_a.analyst)
    data = incident_data(date_start_precision="unknown", date_start="")
    pk = created_pk(post(client, "/staff/incidents/new/", data))
    incident = Incident.objects.get(pk=pk)
    assert incident.date_start is None
    assert incident.date_start_precision == "unknown"


def test_recoding_changes_the_tactic_rows_and_is_audited(org_a) -> None:
    client = staff_client(org_a.analyst)
    pk = created_pk(post(client, "/staff/incidents/new/", incident_data(summary="first text")))
    edit = client.get(f"/staff/incidents/{iid(pk)}/edit/")
    assert edit.status_code == 200
    assert "first text" in edit.content.decode()  # the form is prefilled, decrypted
    data = incident_data(tactics=["detention"], stage="stage2", summary="second text")
    response = post(client, f"/staff/incidents/{iid(pk)}/edit/", data)
    assert response.status_code == 302
    assert list(IncidentTactic.objects.filter(incident_id=pk).values_list("code", flat=True)) == [
        "detention"
    ]
    entry = AuditEntry.objects.filter(tag="casework:incident:update").get()
    assert "stage" in entry.payload["changed"]
    assert "tactics" in entry.payload["changed"]
    assert "second text" in client.get(f"/staff/incidents/{iid(pk)}/").content.decode()


def test_the_list_filters_by_verification_status_and_tactic(org_a) -> None:
    client = staff_client(org_a.analyst)
    first = created_pk(post(client, "/staff/incidents/new/", incident_data()))
    second = created_pk(
        post(client, "/staff/incidents/new/", incident_data(tactics=["hacking_spyware"]))
    )
    page = client.get("/staff/incidents/?tactic=hacking_spyware").content.decode()
    assert f"/staff/incidents/{iid(second)}/" in page
    assert f"/staff/incidents/{iid(first)}/" not in page
    page = client.get("/staff/incidents/?status=verified").content.decode()
    assert "No incidents." in page
    page = client.get("/staff/incidents/?status=unverified").content.decode()
    assert f"/staff/incidents/{iid(first)}/" in page


def test_the_list_runs_a_fixed_number_of_queries(org_a, django_assert_max_num_queries) -> None:
    client = staff_client(org_a.analyst)
    created_pk(post(client, "/staff/incidents/new/", incident_data()))
    reset_queries()  # Django's query log is a bounded deque: start it empty
    with django_assert_max_num_queries(100) as one:
        client.get("/staff/incidents/")
    baseline = len(one)
    assert baseline > 0
    for _ in range(4):
        created_pk(post(client, "/staff/incidents/new/", incident_data()))
    reset_queries()
    with django_assert_max_num_queries(baseline):
        response = client.get("/staff/incidents/")
    assert response.content.decode().count('<tr><td><a href="/staff/incidents/') == 5


def test_the_staff_menu_links_to_incidents(org_a) -> None:
    client = staff_client(org_a.researcher)
    page = client.get("/staff/").content.decode()
    assert 'href="/staff/incidents/"' in page


def test_a_report_of_another_organisation_cannot_be_preloaded(org_a, org_b) -> None:
    foreign = report_for(org_b.organisation, "elsewhere")
    client = staff_client(org_a.analyst)
    assert client.get(f"/staff/incidents/new/?report={foreign.public_id}").status_code == 404
    response = post(client, f"/staff/incidents/new/?report={foreign.public_id}", incident_data())
    assert response.status_code == 404
    assert not Incident.objects.exists()

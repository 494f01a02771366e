"""C01/C26/C27 after staff work: reading, replying and deleting leave nothing readable behind."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection
from django.test import Client

from amanat.incidents.models import Incident
from amanat.intake.models import Report
from amanat.intake.tests.conftest import csrf_token, png_with_text, submit, upload
from amanat.testing.factories import canary
from amanat.testing.incidents import created_pk, iid, incident_data
from amanat.testing.staff_login import _token, staff_client
from amanat.testing.sweep import files_under, read_if_present, sweep
from amanat.testing.web import post

pytestmark = pytest.mark.django_db(transaction=True)


def flush_to_disk() -> list[Path]:
    """Checkpoint so every write is in the main files, and list the places to search."""
    places = [Path(settings.DATA_DIR)]
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        else:
            cursor.execute("CHECKPOINT")
            if os.environ.get("AMANAT_PG_DATA"):
                places.append(Path(os.environ["AMANAT_PG_DATA"]))
    return places


@pytest.fixture
def worked_report(org_a):
    """A report with canaries that staff read and answered, and the reporter answered back."""
    marks = {
        n: canary(n)
        for n in (
            "narrative",
            "contact",
            "reply",
            "answer",
            "meta",
            "file",
            "summary",
            "evidence",
            "relative",
            "relative_contact",
        )
    }
    reporter = Client(enforce_csrf_checks=True)
    _, receipt = submit(
        reporter,
        what_happened=marks["narrative"],
        contact=marks["contact"],
        files=[upload(f"{marks['file']}.png", png_with_text(marks["meta"]))],
    )
    report = Report.objects.get()
    staff = staff_client(org_a.analyst)
    staff.get(f"/staff/reports/{report.public_id}/")
    staff.post(
        f"/staff/reports/{report.public_id}/reply/",
        {"csrfmiddlewaretoken": _token(staff, "/staff/"), "text": marks["reply"]},
    )
    reporter.post(
        "/return/", {"csrfmiddlewaretoken": csrf_token(reporter, "/return/"), "receipt": receipt}
    )
    reporter.post(
        "/status/",
        {"csrfmiddlewaretoken": csrf_token(reporter, "/status/"), "message": marks["answer"]},
    )
    html = staff.get(f"/staff/reports/{report.public_id}/").content.decode()
    assert marks["answer"] in html and marks["reply"] in html  # noqa: PT018 - both decrypt
    code_incident(staff, report, marks)
    return report, marks, receipt


def code_incident(staff: Client, report: Report, marks: dict[str, str]) -> None:
    """The analyst codes an incident from the report, naming the threatened mother."""
    response = post(
        staff,
        f"/staff/incidents/new/?report={report.public_id}",
        incident_data(summary=marks["summary"], perpetrator_evidence=marks["evidence"]),
    )
    pk = created_pk(response)
    post(
        staff,
        f"/staff/incidents/{iid(pk)}/people/add/",
        {
            "role": "relative",
            "relationship": "parent",
            "name": marks["relative"],
            "contact": marks["relative_contact"],
            "location": "",
            "notes": "",
            "age_band": "",
        },
    )
    detail = staff.get(f"/staff/incidents/{iid(pk)}/").content.decode()
    assert marks["relative"] in detail  # decrypts for the analyst
    assert Incident.objects.get(pk=pk).people.count() == 1


def test_after_reading_and_replying_no_canary_is_at_rest(worked_report) -> None:
    _report, marks, receipt = worked_report
    hits = sweep(flush_to_disk(), [*marks.values(), receipt.replace(" ", "")])
    assert [(str(h.path), h.marker, h.encoding) for h in hits] == []


def test_deleting_on_request_removes_the_ciphertext_everywhere(org_a, worked_report) -> None:
    report, _marks, _receipt = worked_report
    sample = bytes(report.body)[30:62]

    def files_holding_sample() -> list[Path]:
        return [p for p in files_under(flush_to_disk()) if sample in read_if_present(p)]

    assert files_holding_sample(), "the search must find the ciphertext before deletion"
    coordinator = staff_client(org_a.coordinator)
    response = coordinator.post(
        f"/staff/reports/{report.public_id}/delete/",
        {"csrfmiddlewaretoken": _token(coordinator, "/staff/"), "confirm": "DELETE"},
    )
    assert response.status_code == 302
    assert not Report.objects.exists()
    if connection.vendor == "postgresql":
        pytest.skip("PostgreSQL keeps dead tuples until VACUUM: documented limit (C27)")
    assert files_holding_sample() == []


def test_deletion_needs_the_typed_confirmation(org_a, worked_report) -> None:
    report, _marks, _receipt = worked_report
    coordinator = staff_client(org_a.coordinator)
    response = coordinator.post(
        f"/staff/reports/{report.public_id}/delete/",
        {"csrfmiddlewaretoken": _token(coordinator, "/staff/"), "confirm": "delete"},
    )
    assert response.status_code == 400
    assert "Type DELETE in capitals" in response.content.decode()
    assert Report.objects.filter(pk=report.pk).exists()


def test_deletion_scrubs_audit_payloads_about_the_report(org_a, worked_report) -> None:
    from amanat.audit.models import AuditEntry

    report, _marks, _receipt = worked_report
    pk = str(report.pk)
    coordinator = staff_client(org_a.coordinator)
    coordinator.post(
        f"/staff/reports/{report.public_id}/delete/",
        {"csrfmiddlewaretoken": _token(coordinator, "/staff/"), "confirm": "DELETE"},
    )
    about = AuditEntry.objects.filter(subject_type="intake.report", subject_id=pk)
    assert about.exists()
    assert all(entry.payload == {} for entry in about)
    assert AuditEntry.objects.filter(tag="casework:report:delete").count() == 1

"""Reading a report (audited), replying (sealed to the reporter), files, status, assignment."""

from __future__ import annotations

import hashlib

import pytest
from django.test import Client

from amanat.audit.models import AuditEntry
from amanat.intake.models import Attachment, Author, Message, Report
from amanat.intake.tests.conftest import csrf_token
from amanat.testing.staff_login import _token, staff_client

pytestmark = pytest.mark.django_db


def test_an_analyst_reads_the_decrypted_report_and_it_is_audited(org_a, report_a) -> None:
    client = staff_client(org_a.analyst)
    html = client.get(f"/staff/reports/{report_a.public_id}/").content.decode()
    assert "My mother was questioned by police in Kashgar." in html
    assert "signal: AMN-contact" in html
    entry = AuditEntry.objects.get(tag="casework:report:decrypt")
    assert entry.actor == org_a.analyst.user
    assert entry.subject_id == str(report_a.pk)


def test_the_inbox_lists_reports_without_decrypting(org_a, report_a) -> None:
    client = staff_client(org_a.analyst)
    html = client.get("/staff/").content.decode()
    assert f"#{report_a.public_id}" in html
    assert "Kashgar" not in html
    assert not AuditEntry.objects.filter(tag="casework:report:decrypt").exists()


def test_a_reply_reaches_the_reporter_and_reads_as_a_conversation(org_a, report_a) -> None:
    staff = staff_client(org_a.analyst)
    token = _token(staff, f"/staff/reports/{report_a.public_id}/")
    staff.post(
        f"/staff/reports/{report_a.public_id}/reply/",
        {"csrfmiddlewaretoken": token, "text": "Which city is your mother in?"},
    )
    reporter = Client(enforce_csrf_checks=True)
    reporter.post(
        "/return/",
        {"csrfmiddlewaretoken": csrf_token(reporter, "/return/"), "receipt": report_a.receipt},
    )
    assert "Which city is your mother in?" in reporter.get("/status/").content.decode()
    reporter.post(
        "/status/",
        {
            "csrfmiddlewaretoken": csrf_token(reporter, "/status/"),
            "message": "Kashgar, since March.",
        },
    )
    html = staff.get(f"/staff/reports/{report_a.public_id}/").content.decode()
    assert html.index("Which city is your mother in?") < html.index("Kashgar, since March.")
    assert AuditEntry.objects.filter(tag="casework:message:reply").count() == 1


def test_an_empty_reply_is_refused_and_nothing_is_sent(org_a, report_a) -> None:
    staff = staff_client(org_a.analyst)
    token = _token(staff, f"/staff/reports/{report_a.public_id}/")
    response = staff.post(
        f"/staff/reports/{report_a.public_id}/reply/", {"csrfmiddlewaretoken": token, "text": "   "}
    )
    assert response.status_code == 400
    assert "The reply is empty" in response.content.decode()
    assert not Message.objects.filter(author=Author.STAFF).exists()


def test_a_cleaned_file_downloads_safely_with_its_hash(org_a, report_a) -> None:
    staff = staff_client(org_a.analyst)
    attachment = Attachment.objects.get()
    response = staff.get(f"/staff/files/{attachment.pk}/clean/")
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    assert "call.jpg" not in response["Content-Disposition"]  # no user-chosen names in headers
    assert response["Content-Security-Policy"].startswith("sandbox")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Amanat-SHA256"] == hashlib.sha256(response.content).hexdigest()
    assert response["X-Amanat-Integrity"] == "ok"
    assert b"AMN-artist" not in response.content
    assert AuditEntry.objects.filter(tag="casework:attachment:decrypt").count() == 1


def test_the_original_opens_only_with_its_own_audit_entry(org_a, report_a) -> None:
    staff = staff_client(org_a.analyst)
    attachment = Attachment.objects.get()
    response = staff.get(f"/staff/files/{attachment.pk}/original/")
    assert b"AMN-artist" in response.content
    assert AuditEntry.objects.filter(tag="casework:original:decrypt").count() == 1


def test_an_unknown_file_role_is_a_404(org_a, report_a) -> None:
    staff = staff_client(org_a.analyst)
    assert staff.get(f"/staff/files/{Attachment.objects.get().pk}/raw/").status_code == 404


def test_tampered_ciphertext_is_detected_and_audited(org_a, report_a) -> None:
    body = bytearray(report_a.body)
    body[40] ^= 0xFF
    Report.objects.filter(pk=report_a.pk).update(body=bytes(body))
    staff = staff_client(org_a.analyst)
    response = staff.get(f"/staff/reports/{report_a.public_id}/")
    assert response.status_code == 500
    assert "failed its integrity check" in response.content.decode()
    assert AuditEntry.objects.filter(tag="casework:ciphertext:tampered").count() == 1


def test_status_and_assignment_are_changed_and_audited(org_a, report_a) -> None:
    staff = staff_client(org_a.coordinator)
    token = _token(staff, f"/staff/reports/{report_a.public_id}/")
    staff.post(
        f"/staff/reports/{report_a.public_id}/status/",
        {"csrfmiddlewaretoken": token, "status": "in_triage"},
    )
    staff.post(
        f"/staff/reports/{report_a.public_id}/assign/",
        {"csrfmiddlewaretoken": token, "member": org_a.analyst.pk},
    )
    report_a.refresh_from_db()
    assert report_a.status == "in_triage"
    assert report_a.assignment.member == org_a.analyst
    assert AuditEntry.objects.filter(tag="casework:report:status").count() == 1


def test_an_unknown_status_is_refused(org_a, report_a) -> None:
    staff = staff_client(org_a.coordinator)
    token = _token(staff, f"/staff/reports/{report_a.public_id}/")
    response = staff.post(
        f"/staff/reports/{report_a.public_id}/status/",
        {"csrfmiddlewaretoken": token, "status": "burned"},
    )
    assert response.status_code == 400
    report_a.refresh_from_db()
    assert report_a.status == "read"  # opened by the coordinator, not changed by the refusal


def test_assigning_a_researcher_is_refused(org_a, report_a) -> None:
    staff = staff_client(org_a.coordinator)
    token = _token(staff, f"/staff/reports/{report_a.public_id}/")
    response = staff.post(
        f"/staff/reports/{report_a.public_id}/assign/",
        {"csrfmiddlewaretoken": token, "member": org_a.researcher.pk},
    )
    assert response.status_code == 400


def test_the_inbox_shows_fifty_reports_a_page(org_a, django_assert_max_num_queries) -> None:
    from amanat.testing.reports import report_for

    for number in range(55):
        report_for(org_a.organisation, f"report {number}")
    staff = staff_client(org_a.analyst)
    with django_assert_max_num_queries(12):
        first = staff.get("/staff/").content.decode()
    assert first.count('href="/staff/reports/') == 50
    assert "Page 1 of 2" in first
    second = staff.get("/staff/?page=2").content.decode()
    assert second.count('href="/staff/reports/') == 5

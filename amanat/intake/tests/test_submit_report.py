"""Submitting a report: receipt shown after commit, content encrypted for staff and recovery."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from amanat.audit.models import AuditEntry
from amanat.intake.models import Attachment, Blob, Report, ReportStatus
from amanat.intake.tests.conftest import jpeg_with_exif, submit, upload
from amanat.testing.staff import read_attachment, read_report

pytestmark = pytest.mark.django_db


def test_it_shows_a_28_digit_receipt_after_submitting(hotline, org_a) -> None:
    response, receipt = submit(hotline, what_happened="They called my mother.")
    assert response.status_code == 200
    assert receipt is not None
    assert re.fullmatch(r"(\d{4} ){6}\d{4}", receipt)
    assert Report.objects.count() == 1


def test_staff_and_recovery_key_can_read_the_report(hotline, org_a) -> None:
    submit(
        hotline,
        what_happened="Police visited my brother.",
        country="TR",
        channels=["phone", "relatives"],
        when_precision="month",
        when_year="2024",
        when_month="3",
    )
    report = Report.objects.get()
    as_analyst = read_report(report, member=org_a.analyst)
    assert as_analyst["fields"]["what_happened"] == "Police visited my brother."
    assert as_analyst["fields"]["country"] == "TR"
    assert as_analyst["fields"]["channels"] == ["phone", "relatives"]
    assert as_analyst["fields"]["when_year"] == 2024
    assert as_analyst["language"] == "en"
    assert read_report(report, recovery_private=org_a.recovery_private) == as_analyst
    assert read_report(report, member=org_a.coordinator) == as_analyst


def test_researchers_get_no_key_to_report_content(hotline, org_a) -> None:
    from amanat.keys.keyring import NotARecipient

    submit(hotline, what_happened="x")
    with pytest.raises(NotARecipient):
        read_report(Report.objects.get(), member=org_a.researcher)


def test_it_stores_only_the_day_and_a_new_status(hotline, org_a) -> None:
    submit(hotline, what_happened="x")
    report = Report.objects.get()
    assert report.status == ReportStatus.NEW
    assert isinstance(report.received_on, dt.date)
    assert not isinstance(report.received_on, dt.datetime)


def test_it_writes_an_audit_entry_without_content(hotline, org_a) -> None:
    submit(hotline, what_happened="AMN-audit-canary")
    entry = AuditEntry.objects.get(tag="intake:report:create")
    assert entry.actor is None
    assert "AMN-audit-canary" not in str(entry.payload)


def test_it_keeps_a_cleaned_attachment_and_tells_what_was_removed(hotline, org_a) -> None:
    response, receipt = submit(
        hotline,
        what_happened="screenshot attached",
        files=[upload("threat.jpg", jpeg_with_exif("AMN-artist-1"))],
    )
    assert receipt is not None
    assert "Names of people or organisations" in response.content.decode()  # reporter's view
    attachment = Attachment.objects.get()
    meta, clean = read_attachment(attachment, member=org_a.analyst)
    assert "Artist" in meta["removed"]  # staff keep the precise name
    assert meta["name"] == "threat.jpg"
    assert meta["kind"] == "image"
    assert meta["original_sha256"] is None
    assert b"AMN-artist-1" not in clean
    assert Blob.objects.filter(attachment=attachment).count() == 1


def test_it_keeps_the_original_only_when_the_reporter_asks(hotline, org_a) -> None:
    original = jpeg_with_exif("AMN-artist-2")
    submit(
        hotline, what_happened="keep it", keep_original="on", files=[upload("photo.jpg", original)]
    )
    attachment = Attachment.objects.get()
    meta, kept = read_attachment(attachment, role="original", member=org_a.analyst)
    assert kept == original
    assert meta["original_sha256"] is not None


def test_the_receipt_page_warns_that_visible_content_cannot_be_cleaned(hotline, org_a) -> None:
    response, _ = submit(hotline, what_happened="x", files=[upload("a.jpg", jpeg_with_exif("m"))])
    assert "cannot be removed by us" in response.content.decode()


def test_a_reload_of_the_receipt_page_does_not_create_a_duplicate(hotline, org_a) -> None:
    from amanat.intake.tests.conftest import csrf_token

    token = csrf_token(hotline)
    data = {"csrfmiddlewaretoken": token, "what_happened": "once", "when_precision": "unknown"}
    assert hotline.post("/report/", data).status_code == 200
    assert hotline.post("/report/", data).status_code == 403  # the token was rotated
    assert Report.objects.count() == 1


def test_it_works_in_every_language(hotline, org_a) -> None:
    for prefix in ("/ug", "/tr", "/zh-hans"):
        _, receipt = submit(hotline, lang_prefix=prefix, what_happened=f"report in {prefix}")
        assert receipt is not None
    languages = sorted(
        read_report(r, member=org_a.analyst)["language"] for r in Report.objects.all()
    )
    assert languages == ["tr", "ug", "zh-hans"]

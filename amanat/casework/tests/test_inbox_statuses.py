"""The inbox shows what needs action without opening reports; statuses move by themselves."""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from amanat.audit.models import AuditEntry
from amanat.casework import actions
from amanat.core.time import today
from amanat.intake.actions import NewReport, add_follow_up, submit_report
from amanat.intake.models import Report, ReportStatus
from amanat.intake.tests.conftest import csrf_token
from amanat.testing.reports import evidence_file, report_for
from amanat.testing.staff_login import _token, staff_client

pytestmark = pytest.mark.django_db


def _reply(staff: Client, report: Report, text: str = "Which city?") -> object:
    token = _token(staff, f"/staff/reports/{report.public_id}/")
    return staff.post(
        f"/staff/reports/{report.public_id}/reply/", {"csrfmiddlewaretoken": token, "text": text}
    )


def _status(report: Report) -> str:
    report.refresh_from_db()
    return report.status


def test_a_new_report_becomes_read_when_a_content_member_opens_it(org_a) -> None:
    report = report_for(org_a.organisation, "My brother was called by the police.")
    assert report.status == ReportStatus.NEW
    staff_client(org_a.analyst).get(f"/staff/reports/{report.public_id}/")
    assert _status(report) == ReportStatus.READ


def test_opening_does_not_undo_a_status_set_by_hand(org_a) -> None:
    report = report_for(org_a.organisation, "text")
    actions.set_status(report, ReportStatus.IN_TRIAGE, actor=org_a.coordinator)
    staff_client(org_a.analyst).get(f"/staff/reports/{report.public_id}/")
    assert _status(report) == ReportStatus.IN_TRIAGE


def test_a_reply_awaits_the_reporter_and_says_it_was_sent(org_a) -> None:
    report = report_for(org_a.organisation, "text")
    staff = staff_client(org_a.analyst)
    response = _reply(staff, report)
    assert response.status_code == 302
    assert response["Location"].endswith(f"/staff/reports/{report.public_id}/?sent=1")
    assert _status(report) == ReportStatus.AWAITING_REPORTER
    page = staff.get(response["Location"]).content.decode()
    assert 'id="reply-sent"' in page
    assert (
        'id="reply-sent"' not in staff.get(f"/staff/reports/{report.public_id}/").content.decode()
    )


def test_a_refused_reply_leaves_the_status_alone(org_a) -> None:
    report = report_for(org_a.organisation, "text")
    staff = staff_client(org_a.analyst)
    response = _reply(staff, report, "   ")
    assert response.status_code == 400
    assert _status(report) == ReportStatus.READ


def test_the_reporter_answering_marks_the_report(org_a, report_a) -> None:
    _reply(staff_client(org_a.analyst), report_a)
    reporter = Client(enforce_csrf_checks=True)
    reporter.post(
        "/return/",
        {"csrfmiddlewaretoken": csrf_token(reporter, "/return/"), "receipt": report_a.receipt},
    )
    assert "We have a question for you" in reporter.get("/status/").content.decode()
    reporter.post(
        "/status/",
        {"csrfmiddlewaretoken": csrf_token(reporter, "/status/"), "message": "In Kashgar."},
    )
    assert _status(report_a) == ReportStatus.REPORTER_ANSWERED
    assert "Your answer was received" in reporter.get("/status/").content.decode()


def test_new_files_alone_count_as_an_answer_and_nothing_at_all_does_not(org_a) -> None:
    report = report_for(org_a.organisation, "text")
    add_follow_up(report, "", [], language="en")
    assert _status(report) == ReportStatus.NEW
    add_follow_up(report, "", [evidence_file(b"\x89PNG not really")], language="en")
    assert _status(report) == ReportStatus.REPORTER_ANSWERED


def test_an_answer_reopens_a_closed_report_but_not_spam(org_a) -> None:
    closed = report_for(org_a.organisation, "text")
    spam = report_for(org_a.organisation, "buy now")
    actions.set_status(closed, ReportStatus.CLOSED, actor=org_a.coordinator)
    actions.set_status(spam, ReportStatus.SPAM, actor=org_a.coordinator)
    add_follow_up(closed, "Something new happened.", [], language="en")
    add_follow_up(spam, "buy again", [], language="en")
    assert _status(closed) == ReportStatus.REPORTER_ANSWERED
    assert _status(spam) == ReportStatus.SPAM


def test_closing_is_by_hand_and_audited(org_a) -> None:
    report = report_for(org_a.organisation, "text")
    staff = staff_client(org_a.coordinator)
    token = _token(staff, f"/staff/reports/{report.public_id}/")
    staff.post(
        f"/staff/reports/{report.public_id}/status/",
        {"csrfmiddlewaretoken": token, "status": "closed"},
    )
    assert _status(report) == ReportStatus.CLOSED
    entry = AuditEntry.objects.get(tag="casework:report:status")
    assert entry.payload == {"from": "read", "to": "closed"}


def test_the_language_is_kept_in_clear_only_as_an_interface_language(org_a) -> None:
    fields = {"what_happened": "x", "when_precision": "unknown"}
    turkish, _ = submit_report(
        NewReport(fields=fields, language="tr", files=[]), organisation=org_a.organisation
    )
    odd, _ = submit_report(
        NewReport(fields=fields, language="xx-evil", files=[]), organisation=org_a.organisation
    )
    assert turkish.language == "tr"
    assert odd.language == ""


def test_the_inbox_shows_status_language_days_files_and_the_answer_marker(org_a) -> None:
    report = report_for(org_a.organisation, "text", files=[evidence_file(b"one")])
    Report.objects.filter(pk=report.pk).update(language="tr", updated_on=dt.date(2026, 11, 23))
    add_follow_up(report, "More.", [], language="tr")
    Report.objects.filter(pk=report.pk).update(updated_on=dt.date(2026, 11, 23))
    html = staff_client(org_a.analyst).get("/staff/").content.decode()
    row = html[html.index(f"#{report.public_id}</a>") :].split("</tr>")[0]
    assert "Reporter answered" in row
    assert "reporter answered</strong>" in row
    assert "Turkish" in row
    assert ">tr<" not in row
    days = (today() - dt.date(2026, 11, 23)).days
    assert f"<td>{days}</td>" in row
    assert "<td>1</td><td>1</td>" in row  # one message, one file


def test_filters_and_counts_per_status_and_language(org_a) -> None:
    first, second, third = (report_for(org_a.organisation, f"r{n}") for n in range(3))
    Report.objects.filter(pk=first.pk).update(status=ReportStatus.REPORTER_ANSWERED, language="ug")
    Report.objects.filter(pk=second.pk).update(status=ReportStatus.REPORTER_ANSWERED)
    staff = staff_client(org_a.analyst)
    html = staff.get("/staff/").content.decode()
    assert 'id="status-reporter_answered">Reporter answered (<span class="count">2</span>)' in html
    assert 'id="status-new">New (<span class="count">1</span>)' in html
    only = staff.get("/staff/?status=reporter_answered").content.decode()
    assert f"#{first.public_id}<" in only
    assert f"#{second.public_id}<" in only
    assert f"#{third.public_id}<" not in only
    uyghur = staff.get("/staff/?status=reporter_answered&language=ug").content.decode()
    assert f"#{first.public_id}<" in uyghur
    assert f"#{second.public_id}<" not in uyghur
    bad = staff.get("/staff/?status=burned&language=klingon").content.decode()
    assert all(f"#{r.public_id}<" in bad for r in (first, second, third))  # unknown filters: all


def test_listing_decrypts_nothing(org_a, monkeypatch) -> None:
    for n in range(3):
        report_for(org_a.organisation, f"AMN-secret-{n}", files=[evidence_file(b"f")])
    staff = staff_client(org_a.analyst)
    from amanat.keys import keyring

    def refuse(*args: object, **kwargs: object) -> bytes:
        raise AssertionError("the inbox opened an envelope")

    monkeypatch.setattr(keyring, "open_as_staff", refuse)
    html = staff.get("/staff/").content.decode()
    assert "AMN-secret" not in html
    assert not AuditEntry.objects.filter(tag__endswith=":decrypt").exists()


def _inbox_queries(client: Client) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get("/staff/").status_code == 200
    return len(captured)


def test_the_inbox_costs_the_same_queries_for_two_or_twenty_reports(org_a) -> None:
    staff = staff_client(org_a.analyst)
    for n in range(2):
        report_for(org_a.organisation, f"r{n}", files=[evidence_file(b"f")])
    few = _inbox_queries(staff)
    for n in range(18):
        report = report_for(org_a.organisation, f"more{n}", files=[evidence_file(b"f")])
        add_follow_up(report, "answer", [], language="en")
        actions.assign(report, org_a.analyst, actor=org_a.coordinator)
    assert _inbox_queries(staff) == few

"""The audit page: coordinators see who decrypted, replied, coded, granted and exported, by day,
filtered by person, report and action, as a page or CSV; looking is itself audited."""

from __future__ import annotations

import csv
import io

from amanat.audit.models import AuditEntry
from amanat.casework import audit_log
from amanat.testing.staff_login import staff_client


def _rows(response) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(response.content.decode())))


def test_a_coordinator_sees_who_read_a_report(org_a, report_a) -> None:
    staff_client(org_a.analyst).get(f"/staff/reports/{report_a.public_id}/")
    html = staff_client(org_a.coordinator).get("/staff/audit/").content.decode()
    assert "analyst-org-a" in html
    assert "casework · report · decrypt" in html
    assert "Kashgar" not in html


def test_filters_narrow_the_log_by_person_report_and_action(org_a, report_a) -> None:
    staff_client(org_a.analyst).get(f"/staff/reports/{report_a.public_id}/")
    coordinator = staff_client(org_a.coordinator)
    coordinator.get(f"/staff/reports/{report_a.public_id}/")
    query = {
        "person": org_a.analyst.pk,
        "report": report_a.public_id,
        "tag": "casework:report:decrypt",
    }
    rows = _rows(coordinator.get("/staff/audit.csv", query))
    assert [row["person"] for row in rows] == ["analyst-org-a"]
    assert rows[0]["subject_id"] == str(report_a.pk)
    every = _rows(coordinator.get("/staff/audit.csv", {"report": report_a.public_id}))
    assert {row["person"] for row in every} >= {"analyst-org-a", "coordinator-org-a", ""}


def test_viewing_and_exporting_the_log_are_audited(org_a) -> None:
    coordinator = staff_client(org_a.coordinator)
    coordinator.get("/staff/audit/", {"tag": "accounts:2fa:enrol"})
    coordinator.get("/staff/audit.csv")
    view = AuditEntry.objects.get(tag="casework:audit:view")
    assert view.actor == org_a.coordinator.user
    assert view.payload["tag"] == "accounts:2fa:enrol"
    assert AuditEntry.objects.filter(tag="casework:audit:export").count() == 1


def test_another_organisations_entries_are_never_shown(org_a, org_b, report_a) -> None:
    staff_client(org_a.analyst).get(f"/staff/reports/{report_a.public_id}/")
    rows = _rows(staff_client(org_b.coordinator).get("/staff/audit.csv"))
    assert "analyst-org-a" not in {row["person"] for row in rows}
    assert "intake.report" not in {row["subject_type"] for row in rows}
    org_a_subjects = {(audit_log.ORGANISATION_SUBJECT, str(org_a.organisation.pk))} | {
        (audit_log.MEMBER_SUBJECT, str(m.pk)) for m in (org_a.analyst, org_a.coordinator)
    }
    assert not org_a_subjects & {(row["subject_type"], row["subject_id"]) for row in rows}


def test_accounts_made_on_the_command_line_are_in_their_organisations_log(org_a, org_b) -> None:
    rows = _rows(staff_client(org_a.coordinator).get("/staff/audit.csv"))
    created = [row for row in rows if row["tag"] == "accounts:staff:create"]
    assert {row["subject_id"] for row in created} == {
        str(m.pk) for m in (org_a.coordinator, org_a.analyst, org_a.researcher)
    }


def test_a_person_or_report_of_another_organisation_is_a_404(org_a, org_b, report_a) -> None:
    coordinator_b = staff_client(org_b.coordinator)
    assert coordinator_b.get("/staff/audit/", {"report": report_a.public_id}).status_code == 404
    response = coordinator_b.get("/staff/audit/", {"person": org_a.analyst.pk})
    assert response.status_code == 400  # not among the choices offered: refused as invalid


def test_bad_filters_are_refused_with_their_reason(org_a) -> None:
    coordinator = staff_client(org_a.coordinator)
    response = coordinator.get("/staff/audit/", {"since": "2026-05-01", "until": "2026-04-01"})
    assert response.status_code == 400
    assert "The end day is before the start day." in response.content.decode()
    response = coordinator.get("/staff/audit/", {"since": "yesterday"})
    assert response.status_code == 400
    assert "Enter a valid date." in response.content.decode()
    assert coordinator.get("/staff/audit/", {"tag": "no:such:tag"}).status_code == 400


def test_analysts_and_researchers_are_refused(org_a) -> None:
    assert staff_client(org_a.analyst).get("/staff/audit/").status_code == 403
    assert staff_client(org_a.researcher).get("/staff/audit.csv").status_code == 403


def test_csv_cells_cannot_become_formulas(org_a) -> None:
    entry = AuditEntry(tag="=cmd|' /C calc'!A0", day=org_a.coordinator.user.date_joined.date())
    assert "'=cmd" in audit_log.as_csv([entry])

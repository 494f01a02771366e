"""Reports ↔ incidents are many to many; duplicates are marked and merged by a person, with
history kept."""

from __future__ import annotations

import pytest

from amanat.audit.models import AuditEntry
from amanat.core.time import today
from amanat.incidents.models import Incident, IncidentReport, Person, Source
from amanat.testing.incidents import created_pk, iid, incident_data
from amanat.testing.reports import report_for
from amanat.testing.staff_login import staff_client
from amanat.testing.web import post

pytestmark = pytest.mark.django_db


@pytest.fixture
def analyst(org_a):
    return staff_client(org_a.analyst)


def new_incident(client, **overrides) -> int:
    return created_pk(post(client, "/staff/incidents/new/", incident_data(**overrides)))


def test_several_reports_support_one_incident_and_one_report_several_incidents(
    org_a, analyst
) -> None:
    first, second = (report_for(org_a.organisation, text) for text in ("call", "visit"))
    one = created_pk(
        post(analyst, f"/staff/incidents/new/?report={first.public_id}", incident_data())
    )
    two = new_incident(analyst, tactics=["detention"])
    for incident, report in ((one, second), (two, first)):
        response = post(
            analyst, f"/staff/incidents/{iid(incident)}/reports/link/", {"report": report.public_id}
        )
        assert response.status_code == 302
    # Linking again changes nothing.
    post(analyst, f"/staff/incidents/{iid(one)}/reports/link/", {"report": second.public_id})

    assert sorted(Incident.objects.get(pk=one).reports.values_list("pk", flat=True)) == [
        first.pk,
        second.pk,
    ]
    assert sorted(first.incidents.values_list("pk", flat=True)) == sorted([one, two])
    assert IncidentReport.objects.count() == 3
    assert set(IncidentReport.objects.values_list("linked_on", flat=True)) == {today()}
    page = analyst.get(f"/staff/incidents/{iid(one)}/").content.decode()
    assert f'href="/staff/reports/{first.public_id}/"' in page
    assert f'href="/staff/reports/{second.public_id}/"' in page

    response = post(analyst, f"/staff/incidents/{iid(one)}/reports/{second.public_id}/unlink/", {})
    assert response.status_code == 302
    assert list(Incident.objects.get(pk=one).reports.all()) == [first]
    assert AuditEntry.objects.filter(tag="casework:incident:unlink").count() == 1


@pytest.fixture
def pair(org_a, analyst):
    """A (kept) and B (its duplicate), each with a report, a source and a victim V1."""
    report_a, report_b = report_for(org_a.organisation, "a"), report_for(org_a.organisation, "b")
    a = created_pk(
        post(analyst, f"/staff/incidents/new/?report={report_a.public_id}", incident_data())
    )
    b = created_pk(
        post(
            analyst,
            f"/staff/incidents/new/?report={report_b.public_id}",
            incident_data(tactics=["threat_to_family", "surveillance"], summary="B's story"),
        )
    )
    for pk, name in ((a, "Person in A"), (b, "Person in B")):
        post(analyst, f"/staff/incidents/{iid(pk)}/people/add/", {"role": "victim", "name": name})
    source = {
        "kind": "article",
        "citation": "https://example.org/b",
        "reliability": "B",
        "credibility": "2",
    }
    post(analyst, f"/staff/incidents/{iid(b)}/sources/add/", source)
    return a, b, report_b


def test_a_suspected_duplicate_is_marked_and_shown(analyst, pair) -> None:
    a, b, _report = pair
    assert (
        post(analyst, f"/staff/incidents/{iid(b)}/duplicate/", {"other": iid(a)}).status_code == 302
    )
    assert Incident.objects.get(pk=b).suspected_duplicate_of_id == a
    assert (
        f"Incident #{iid(b)} may be a duplicate of this one."
        in analyst.get(f"/staff/incidents/{iid(a)}/").content.decode()
    )
    form = analyst.get(f"/staff/incidents/{iid(b)}/").content.decode()
    assert f'name="target" value="{a}"' in form  # the merge form proposes it, a person decides
    assert Incident.objects.get(pk=b).merged_into_id is None


def test_merging_carries_everything_to_a_and_keeps_b_as_history(org_a, analyst, pair) -> None:
    a, b, report_b = pair
    response = post(
        analyst, f"/staff/incidents/{iid(b)}/merge/", {"target": iid(a), "confirm": "on"}
    )
    assert response.status_code == 302
    assert response["Location"] == f"/staff/incidents/{iid(a)}/"

    kept, merged = Incident.objects.get(pk=a), Incident.objects.get(pk=b)
    assert (merged.merged_into_id, merged.merged_on) == (a, today())
    assert report_b in kept.reports.all() and report_b in merged.reports.all()  # noqa: PT018 - two facts of one page, read together
    assert set(kept.tactics.values_list("code", flat=True)) == {
        "threat_to_family",
        "informant_recruitment",
        "surveillance",
    }
    assert set(merged.tactics.values_list("code", flat=True)) == {
        "threat_to_family",
        "surveillance",
    }
    assert Source.objects.filter(incident=kept, citation="https://example.org/b").exists()
    assert Source.objects.filter(incident=merged).exists()  # B's own record stays
    assert list(Person.objects.filter(incident=kept).values_list("pseudonym", flat=True)) == [
        "V1",
        "V2",
    ]
    entry = AuditEntry.objects.get(tag="casework:incident:merge")
    assert entry.actor == org_a.analyst.user
    assert (entry.subject_id, entry.payload["into"]) == (str(b), a)
    assert entry.payload["renamed"] == "V1>V2"
    assert AuditEntry.objects.get(tag="casework:incident:merged_from").subject_id == str(a)

    page = analyst.get(f"/staff/incidents/{iid(b)}/").content.decode()
    assert f"Merged into incident #{iid(a)}" in page and "B&#x27;s story" in page  # noqa: PT018 - two facts of one page, read together
    page = analyst.get(f"/staff/incidents/{iid(a)}/").content.decode()
    assert "Person in B" in page and "casework:incident:merged_from" in page  # noqa: PT018 - two facts of one page, read together
    assert f"/staff/incidents/{iid(b)}/" not in analyst.get("/staff/incidents/").content.decode()
    assert (
        f"/staff/incidents/{iid(b)}/" in analyst.get("/staff/incidents/?merged=1").content.decode()
    )


def test_a_merged_incident_can_no_longer_be_changed(analyst, pair) -> None:
    a, b, _report = pair
    post(analyst, f"/staff/incidents/{iid(b)}/merge/", {"target": iid(a), "confirm": "on"})
    response = post(analyst, f"/staff/incidents/{iid(b)}/edit/", incident_data())
    assert response.status_code == 400
    assert "can no longer be changed" in response.content.decode()
    again = post(analyst, f"/staff/incidents/{iid(b)}/merge/", {"target": iid(a), "confirm": "on"})
    assert again.status_code == 400


def merge_refused(client, source: int, data: dict, message: str) -> None:
    before = (
        AuditEntry.objects.filter(tag__startswith="casework:incident:merge").count(),
        Person.objects.filter(incident_id=source).count(),
    )
    response = post(client, f"/staff/incidents/{iid(source)}/merge/", data)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert Incident.objects.get(pk=source).merged_into_id is None
    after = (
        AuditEntry.objects.filter(tag__startswith="casework:incident:merge").count(),
        Person.objects.filter(incident_id=source).count(),
    )
    assert after == before


def test_a_merge_needs_the_persons_confirmation(analyst, pair) -> None:
    a, b, _report = pair
    merge_refused(analyst, b, {"target": iid(a)}, "Confirm that you compared both incidents.")


def test_an_incident_cannot_be_merged_into_itself(analyst, pair) -> None:
    _a, b, _report = pair
    merge_refused(
        analyst, b, {"target": iid(b), "confirm": "on"}, "cannot be a duplicate of itself"
    )


def test_an_incident_cannot_be_merged_across_organisations(org_b, analyst, pair) -> None:
    _a, b, _report = pair
    foreign = new_incident(staff_client(org_b.analyst))
    message = f"There is no incident #{iid(foreign)} in your organisation."
    merge_refused(analyst, b, {"target": iid(foreign), "confirm": "on"}, message)
    refused = post(analyst, f"/staff/incidents/{iid(b)}/duplicate/", {"other": iid(foreign)})
    assert refused.status_code == 400
    assert Incident.objects.get(pk=b).suspected_duplicate_of_id is None


def test_an_incident_cannot_be_merged_into_a_merged_one(analyst, pair) -> None:
    a, b, _report = pair
    c = new_incident(analyst)
    post(analyst, f"/staff/incidents/{iid(a)}/merge/", {"target": iid(c), "confirm": "on"})
    merge_refused(analyst, b, {"target": iid(a), "confirm": "on"}, "merge into that one")


def test_a_report_deleted_on_request_leaves_the_incident_and_says_so(org_a, analyst) -> None:
    report = report_for(org_a.organisation, "to be deleted")
    pk = created_pk(
        post(analyst, f"/staff/incidents/new/?report={report.public_id}", incident_data())
    )
    source = {"kind": "hotline_report", "report": report.pk, "reliability": "C", "credibility": "3"}
    assert post(analyst, f"/staff/incidents/{iid(pk)}/sources/add/", source).status_code == 302
    coordinator = staff_client(org_a.coordinator)
    response = post(
        coordinator, f"/staff/reports/{report.public_id}/delete/", {"confirm": "DELETE"}
    )
    assert response.status_code == 302
    assert not IncidentReport.objects.filter(incident_id=pk).exists()
    assert Source.objects.get(incident_id=pk).report_id is None
    page = analyst.get(f"/staff/incidents/{iid(pk)}/").content.decode()
    assert "report deleted on request" in page

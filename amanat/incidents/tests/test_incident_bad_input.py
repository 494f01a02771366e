"""Bad coding input is refused with a clear message and a 400, and nothing is written."""

from __future__ import annotations

import datetime as dt

import pytest

from amanat.audit.models import AuditEntry
from amanat.incidents.actions import CodingError, create_incident
from amanat.incidents.models import (
    Incident,
    IncidentReport,
    IncidentTactic,
    Person,
    Referral,
    Source,
)
from amanat.testing.incidents import coding, created_pk, iid, incident_data
from amanat.testing.reports import report_for
from amanat.testing.staff_login import staff_client
from amanat.testing.web import post

pytestmark = pytest.mark.django_db

WRITES = (
    "casework:incident:",
    "casework:source:",
    "casework:person:create",
    "casework:person:update",
    "casework:referral:create",
    "casework:referral:update",
)


def snapshot() -> tuple[int, ...]:
    writes = sum(AuditEntry.objects.filter(tag__startswith=tag).count() for tag in WRITES)
    decrypts = AuditEntry.objects.filter(tag="casework:incident:decrypt").count()
    models = (Incident, IncidentTactic, IncidentReport, Source, Person, Referral)
    return (*[model.objects.count() for model in models], writes - decrypts)


def refused(response, message: str) -> None:
    assert response.status_code == 400, response.status_code
    assert message in response.content.decode()


@pytest.fixture
def analyst(org_a):
    return staff_client(org_a.analyst)


@pytest.fixture
def incident_pk(analyst) -> int:
    return created_pk(post(analyst, "/staff/incidents/new/", incident_data()))


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        (
            {"tactics": ["threat_to_family", "mind_control"]},
            "“mind_control” is not a tactic of the codebook.",
        ),
        ({"tactics": []}, "Choose at least one tactic."),
        ({"stage": "stage9"}, "Select a valid choice"),
        ({"host_country": "XX"}, "“XX” is not an ISO 3166-1 country code."),
        ({"origin_state": "China"}, "“China” is not an ISO 3166-1 country code."),
        (
            {
                "date_start_precision": "day",
                "date_start": "2024-05-17",
                "date_end_precision": "day",
                "date_end": "2024-05-16",
            },
            "The end date is before the start date.",
        ),
        (
            {
                "date_start_precision": "month",
                "date_start": "2024-05",
                "date_end_precision": "year",
                "date_end": "2023",
            },
            "The end date is before the start date.",
        ),
        ({"date_start_precision": "day", "date_start": "2024-02-30"}, "This date does not exist."),
        ({"date_start_precision": "day", "date_start": "2024-05"}, "Write the date as YYYY-MM-DD."),
        (
            {"date_start_precision": "unknown", "date_start": "2024"},
            "Leave the date empty when it is unknown",
        ),
        (
            {
                "date_start_precision": "unknown",
                "date_start": "",
                "date_end_precision": "year",
                "date_end": "2024",
            },
            "A period needs a start date.",
        ),
        ({"verification": "corroborated"}, "this incident has 0."),
    ],
)
def test_bad_coding_is_refused_and_nothing_is_written(analyst, overrides, message) -> None:
    before = snapshot()
    response = post(analyst, "/staff/incidents/new/", incident_data(**overrides))
    refused(response, message)
    assert "nothing was saved" in response.content.decode()
    assert snapshot() == before


def test_corroborated_needs_two_independent_sources(org_a, analyst, incident_pk) -> None:
    report = report_for(org_a.organisation, "one account")
    post(
        analyst, f"/staff/incidents/{iid(incident_pk)}/reports/link/", {"report": report.public_id}
    )
    source = {"kind": "hotline_report", "report": report.pk, "reliability": "C", "credibility": "3"}
    assert (
        post(analyst, f"/staff/incidents/{iid(incident_pk)}/sources/add/", source).status_code
        == 302
    )
    # The same report cited twice is still one source.
    assert (
        post(analyst, f"/staff/incidents/{iid(incident_pk)}/sources/add/", source).status_code
        == 302
    )
    before = snapshot()
    response = post(
        analyst,
        f"/staff/incidents/{iid(incident_pk)}/edit/",
        incident_data(verification="corroborated"),
    )
    refused(response, "needs at least two independent sources; this incident has 1.")
    assert snapshot() == before
    assert Incident.objects.get(pk=incident_pk).verification == "unverified"

    article = {
        "kind": "article",
        "citation": "https://example.org/news/1",
        "reliability": "B",
        "credibility": "2",
    }
    assert (
        post(analyst, f"/staff/incidents/{iid(incident_pk)}/sources/add/", article).status_code
        == 302
    )
    response = post(
        analyst,
        f"/staff/incidents/{iid(incident_pk)}/edit/",
        incident_data(verification="corroborated"),
    )
    assert response.status_code == 302
    assert Incident.objects.get(pk=incident_pk).verification == "corroborated"


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ({"reliability": "G", "credibility": "3"}, "Source reliability is graded A to F."),
        ({"reliability": "a", "credibility": "3"}, "Source reliability is graded A to F."),
        ({"reliability": "B", "credibility": "7"}, "Information credibility is graded 1 to 6."),
        ({"reliability": "B", "credibility": "0"}, "Information credibility is graded 1 to 6."),
        ({"reliability": "B", "credibility": "2", "citation": ""}, "Cite the document"),
        (
            {"reliability": "B", "credibility": "2", "kind": "hotline_report", "citation": ""},
            "A hotline source must be a report linked to this incident.",
        ),
        ({"reliability": "B", "credibility": "2", "kind": "rumour"}, "Select a valid choice"),
    ],
)
def test_bad_sources_are_refused(analyst, incident_pk, source, message) -> None:
    data = {"kind": "article", "citation": "Court ruling 2024/17", **source}
    before = snapshot()
    refused(post(analyst, f"/staff/incidents/{iid(incident_pk)}/sources/add/", data), message)
    assert snapshot() == before


def test_a_bad_person_is_refused(analyst, incident_pk) -> None:
    before = snapshot()
    data = {"role": "victim", "relationship": "cousin_twice_removed", "name": "AMN-name"}
    refused(
        post(analyst, f"/staff/incidents/{iid(incident_pk)}/people/add/", data), "Select a valid"
    )
    refused(
        post(analyst, f"/staff/incidents/{iid(incident_pk)}/people/add/", {"role": "spy"}),
        "Select a valid",
    )
    assert snapshot() == before


@pytest.mark.parametrize(
    ("referral", "message"),
    [
        ({"status": "sent", "referred_on": ""}, "Give the day the referral was sent."),
        ({"status": "sent", "referred_on": "2999-01-01"}, "cannot be in the future"),
        ({"recipient_kind": "the_press"}, "Select a valid choice"),
        ({"recipient_name": ""}, "This field is required"),
    ],
)
def test_bad_referrals_are_refused(analyst, incident_pk, referral, message) -> None:
    data = {
        "recipient_kind": "police",
        "recipient_name": "Metropolitan Police",
        "status": "draft",
        **referral,
    }
    before = snapshot()
    refused(post(analyst, f"/staff/incidents/{iid(incident_pk)}/referrals/add/", data), message)
    assert snapshot() == before


def test_linking_a_report_the_member_cannot_see_is_refused(org_b, analyst, incident_pk) -> None:
    foreign = report_for(org_b.organisation, "elsewhere")
    before = snapshot()
    response = post(
        analyst, f"/staff/incidents/{iid(incident_pk)}/reports/link/", {"report": foreign.public_id}
    )
    refused(response, f"There is no report #{foreign.public_id} in your inbox.")
    assert snapshot() == before


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"tactics": ("threat_to_family", "mind_control")}, "tactics"),
        ({"host_country": "XX"}, "host_country"),
        ({"stage": "stage9"}, "stage"),
        ({"date_end": dt.date(2024, 1, 1), "date_end_precision": "day"}, "date_end"),
        ({"verification": "corroborated"}, "verification"),
    ],
)
def test_the_action_refuses_bad_coding_without_a_form(org_a, change, field) -> None:
    """The CLI and the monitor call the action directly: it checks everything again."""
    before = snapshot()
    with pytest.raises(CodingError) as refused:
        create_incident(
            org_a.organisation,
            coding(perpetrator="unknown", response="unknown", **change),
            actor=org_a.analyst,
        )
    assert refused.value.field == field
    assert snapshot() == before


def test_the_merge_action_refuses_another_organisations_incident(org_a, org_b) -> None:
    from amanat.incidents.merge import merge_incidents

    coded = coding(
        date_start=None,
        date_start_precision="unknown",
        host_country="",
        origin_state="",
        community="other",
        perpetrator="unknown",
        response="unknown",
        tactics=("direct_threat",),
    )
    mine = create_incident(org_a.organisation, coded, actor=org_a.analyst)
    theirs = create_incident(org_b.organisation, coded, actor=org_b.analyst)
    with pytest.raises(CodingError, match="no incident"):
        merge_incidents(mine, theirs, actor=org_a.analyst)
    assert Incident.objects.get(pk=mine.pk).merged_into_id is None

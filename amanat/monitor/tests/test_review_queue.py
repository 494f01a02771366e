"""The review queue: analysts see pending proposals with their evidence; accepting codes an
incident with the article as a graded source; rejecting needs a reason; coordinators and
analysts of the organisation only (outsiders 404, researchers 403)."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from amanat.audit.models import AuditEntry
from amanat.incidents.models import Incident, IncidentTactic, Source
from amanat.monitor import actions
from amanat.monitor.models import Proposal, ProposalStatus
from amanat.monitor.tests.conftest import CORPUS, corpus_items
from amanat.testing.incidents import incident_data
from amanat.testing.staff_login import staff_client

pytestmark = pytest.mark.django_db
_TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


def _post(client: Any, path: str, data: dict[str, Any]) -> Any:
    page = client.get("/staff/monitor/").content.decode()
    return client.post(path, {"csrfmiddlewaretoken": _TOKEN.search(page).group(1), **data})


def _accept_data(**overrides: Any) -> dict[str, Any]:
    fields = {"tactics": ["threat_to_family", "silencing_demand"], "channels": [],
              "perpetrator": "police_public_security", "response": "unknown",
              "reliability": "B", "credibility": 2, **overrides}  # fmt: skip
    return incident_data(**fields)


def test_the_queue_shows_pending_proposals_with_their_evidence(org_a, teacher_story) -> None:
    page = staff_client(org_a.analyst).get("/staff/monitor/").content.decode()
    assert f'id="proposal-{teacher_story.pk}"' in page
    assert "Istanbul teacher says police in Hotan detained his father" in page
    assert "tactic: threat_to_family" in page
    assert "tactic.threat_to_family.en.1" in page
    assert "origin_state: CN" in page


def test_the_proposal_page_prefills_the_incident_form_from_the_tags(org_a, teacher_story) -> None:
    page = staff_client(org_a.coordinator).get(f"/staff/monitor/proposals/{teacher_story.pk}/")
    html = page.content.decode()
    assert page.status_code == 200
    assert re.search(r'value="threat_to_family"[^>]*checked', html)
    assert re.search(r'<option value="TR" selected>', html)
    assert "Hoten" in html  # the Turkish article of the same story is listed with its evidence


def test_accepting_codes_an_incident_with_the_article_as_a_graded_source(
    org_a, teacher_story
) -> None:
    client = staff_client(org_a.analyst)
    response = _post(client, f"/staff/monitor/proposals/{teacher_story.pk}/accept/", _accept_data())
    assert response.status_code == 302, response.content.decode()[:3000]
    incident = Incident.objects.get()
    assert response["Location"] == f"/staff/incidents/{incident.public_id}/"
    assert incident.organisation == org_a.organisation
    assert incident.host_country == "TR"
    assert set(IncidentTactic.objects.values_list("code", flat=True)) == {
        "threat_to_family", "silencing_demand"}  # fmt: skip
    source = Source.objects.get(incident=incident)
    assert (source.kind, source.reliability, source.credibility) == ("article", "B", 2)
    assert source.citation == "https://news.example.org/labelled/001.txt"
    teacher_story.refresh_from_db()
    assert teacher_story.status == ProposalStatus.ACCEPTED
    assert teacher_story.incident == incident
    assert teacher_story.decided_by == org_a.analyst
    entry = AuditEntry.objects.get(tag="monitor:proposal:accept")
    assert entry.payload["incident"] == incident.pk
    assert "perpetrator" in entry.payload["changed"]
    assert {"casework:incident:create", "casework:source:create"} <= set(
        AuditEntry.objects.values_list("tag", flat=True))  # fmt: skip


def test_an_invalid_coding_is_refused_and_nothing_is_saved(org_a, teacher_story) -> None:
    client = staff_client(org_a.analyst)
    response = _post(client, f"/staff/monitor/proposals/{teacher_story.pk}/accept/",
                     _accept_data(tactics=None, reliability="Z"))  # fmt: skip
    assert response.status_code == 400
    html = response.content.decode()
    assert "Choose at least one tactic." in html
    assert "Source reliability is graded A to F." in html
    assert Incident.objects.count() == 0
    teacher_story.refresh_from_db()
    assert teacher_story.status == ProposalStatus.PENDING


def test_rejecting_needs_a_reason_and_says_so(org_a, teacher_story) -> None:
    client = staff_client(org_a.analyst)
    path = f"/staff/monitor/proposals/{teacher_story.pk}/reject/"
    empty = _post(client, path, {"reason": "", "note": ""})
    assert empty.status_code == 400
    assert "Choose why this proposal is rejected." in empty.content.decode()
    other = _post(client, path, {"reason": "other", "note": "  "})
    assert other.status_code == 400
    assert "Explain the reason in the note" in other.content.decode()
    assert Proposal.objects.get().status == ProposalStatus.PENDING
    done = _post(client, path, {"reason": "not_tnr", "note": "A festival, no pressure."})
    assert done.status_code == 302
    assert done["Location"] == "/staff/monitor/"
    proposal = Proposal.objects.get()
    assert (proposal.status, proposal.reject_reason) == (ProposalStatus.REJECTED, "not_tnr")
    assert proposal.reject_note == "A festival, no pressure."
    entry = AuditEntry.objects.get(tag="monitor:proposal:reject")
    assert entry.payload == {"reason": "not_tnr", "rule_version": proposal.rule_version}


def test_a_decided_proposal_cannot_be_decided_again(org_a, teacher_story) -> None:
    actions.reject_proposal(teacher_story, "not_tnr", actor=org_a.analyst)
    client = staff_client(org_a.coordinator)
    again = _post(client, f"/staff/monitor/proposals/{teacher_story.pk}/accept/", _accept_data())
    assert again.status_code == 409
    assert "already decided" in again.content.decode()
    assert Incident.objects.count() == 0
    assert (
        "/accept/"
        not in client.get(f"/staff/monitor/proposals/{teacher_story.pk}/").content.decode()
    )


def test_another_organisation_gets_404_and_an_empty_queue(org_a, org_b, teacher_story) -> None:
    client = staff_client(org_b.analyst)
    base = f"/staff/monitor/proposals/{teacher_story.pk}/"
    assert client.get(base).status_code == 404
    assert _post(client, base + "accept/", _accept_data()).status_code == 404
    assert _post(client, base + "reject/", {"reason": "not_tnr"}).status_code == 404
    assert f"proposal-{teacher_story.pk}" not in client.get("/staff/monitor/").content.decode()
    assert Proposal.objects.get().status == ProposalStatus.PENDING
    denied = AuditEntry.objects.filter(tag="accounts:access:denied", actor=org_b.analyst.user)
    assert denied.count() == 3


def test_a_researcher_is_refused_with_403(org_a, teacher_story) -> None:
    client = staff_client(org_a.researcher)
    assert client.get("/staff/monitor/").status_code == 403
    assert client.get(f"/staff/monitor/proposals/{teacher_story.pk}/").status_code == 403


def test_anonymous_visitors_are_sent_to_sign_in(teacher_story) -> None:
    from django.test import Client

    response = Client().get("/staff/monitor/")
    assert response.status_code == 302
    assert response["Location"].startswith("/staff/login/")


def test_the_queue_costs_the_same_queries_for_one_or_many_proposals(org_a, teacher_story) -> None:
    client = staff_client(org_a.analyst)
    client.get("/staff/monitor/")
    with CaptureQueriesContext(connection) as one:
        assert client.get("/staff/monitor/").status_code == 200
    report = actions.ingest(org_a.organisation, corpus_items("006.txt", "012.txt", "014.txt"))
    actions.group_articles(org_a.organisation, report=report)
    actions.tag_articles(org_a.organisation, report=report)
    assert Proposal.objects.filter(status=ProposalStatus.PENDING).count() == 4
    with CaptureQueriesContext(connection) as many:
        assert client.get("/staff/monitor/").status_code == 200
    assert len(many) == len(one)


def test_a_javascript_url_from_a_feed_is_never_a_link(org_a) -> None:
    from amanat.monitor.sources import RawArticle

    text = (CORPUS / "labelled" / "001.txt").read_text(encoding="utf-8")
    actions.ingest(org_a.organisation, [RawArticle(url="javascript:alert(1)", text=text)])
    actions.group_articles(org_a.organisation)
    actions.tag_articles(org_a.organisation)
    proposal = Proposal.objects.get()
    html = staff_client(org_a.analyst).get(f"/staff/monitor/proposals/{proposal.pk}/")
    assert 'href="javascript:' not in html.content.decode()

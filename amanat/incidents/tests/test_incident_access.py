"""Every incident URL × every actor, generated from the URLconf: deny by default.

An incident URL without a row here fails the test. Expected: 200/302/400 allowed; 'login'
redirect; 403 role refused; 404 outsider (another organisation learns nothing).
"""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import URLPattern, get_resolver

from amanat.audit.models import AuditEntry
from amanat.incidents.models import Person, Referral
from amanat.testing.incidents import created_pk, iid, incident_data
from amanat.testing.reports import report_for
from amanat.testing.staff_login import staff_client
from amanat.testing.web import csrf_token, post

pytestmark = pytest.mark.django_db

ACTORS = ["anonymous", "analyst_a", "coordinator_a", "researcher_a", "analyst_b", "coordinator_b"]
OUTSIDERS = {"anonymous": "login", "analyst_b": 404, "coordinator_b": 404}
READ = {"analyst_a": 200, "coordinator_a": 200, "researcher_a": 403, **OUTSIDERS}
EVERYONE = {
    "analyst_a": 200,
    "coordinator_a": 200,
    "researcher_a": 200,
    "analyst_b": 200,
    "coordinator_b": 200,
    "anonymous": "login",
}


def posted(code: object) -> dict[str, object]:
    return {"analyst_a": code, "coordinator_a": code, "researcher_a": 403, **OUTSIDERS}


EXPECTED: dict[str, tuple[str, dict[str, object]]] = {
    "list": ("GET", EVERYONE),
    "new": ("GET", {**EVERYONE, "researcher_a": 403}),
    "detail": ("GET", {**READ, "researcher_a": 200}),
    "edit": ("GET", READ),
    "person_add": ("GET", READ),
    "person_edit": ("GET", READ),
    "source_add": ("GET", READ),
    "referral_add": ("GET", READ),
    "referral_edit": ("GET", READ),
    "packet": ("GET", {**READ, "analyst_a": 403}),
    "link_report": ("POST", posted(400)),
    "unlink_report": ("POST", posted(302)),
    "duplicate": ("POST", posted(302)),
    "merge": ("POST", posted(400)),
}


def incident_routes() -> dict[str, str]:
    """Every named route of the ``casework:incidents`` namespace, with <placeholders>."""
    casework = next(
        r for r in get_resolver().url_patterns if getattr(r, "namespace", None) == "casework"
    )
    incidents = next(
        r for r in casework.url_patterns if getattr(r, "namespace", None) == "incidents"
    )
    return {
        p.name: f"/staff/incidents/{p.pattern}"
        for p in incidents.url_patterns
        if isinstance(p, URLPattern) and p.name
    }


def test_every_incident_url_has_a_row() -> None:
    assert sorted(set(incident_routes()) - set(EXPECTED)) == []


@pytest.fixture
def objects(org_a) -> dict[str, str]:
    """An incident of org A (restricted, so researchers see it) with a report, a person and a
    referral; the values replace the route placeholders."""
    report = report_for(org_a.organisation, "text")
    client = staff_client(org_a.analyst)
    data = incident_data(sensitivity="restricted")
    pk = created_pk(post(client, f"/staff/incidents/new/?report={report.public_id}", data))
    post(client, f"/staff/incidents/{iid(pk)}/people/add/", {"role": "victim", "name": "AMN-x"})
    referral = {"recipient_kind": "police", "recipient_name": "Police", "status": "draft"}
    post(client, f"/staff/incidents/{iid(pk)}/referrals/add/", referral)
    return {
        "incident": iid(pk),
        "person": str(Person.objects.get().pk),
        "referral": str(Referral.objects.get().pk),
        "report": report.public_id,
    }


def fill(name: str, route: str, objects: dict[str, str]) -> str:
    kind = "incident"
    if route.startswith("/staff/incidents/people/"):
        kind = "person"
    elif route.startswith("/staff/incidents/referrals/"):
        kind = "referral"
    route = route.replace("<pid:pk>", objects[kind]).replace("<int:pk>", objects[kind])
    return route.replace("<pid:report_pk>", objects["report"])


def outcome(response) -> object:
    if response.status_code == 302 and response["Location"].startswith("/staff/login/"):
        return "login"
    return response.status_code


@pytest.mark.parametrize("actor", ACTORS)
def test_each_actor_gets_exactly_what_the_table_allows(actor, org_a, org_b, objects) -> None:
    members = {
        "analyst_a": org_a.analyst,
        "coordinator_a": org_a.coordinator,
        "researcher_a": org_a.researcher,
        "analyst_b": org_b.analyst,
        "coordinator_b": org_b.coordinator,
    }
    client = staff_client(members[actor]) if actor in members else Client(enforce_csrf_checks=True)
    page = "/staff/login/" if actor == "anonymous" else "/staff/incidents/"
    wrong = {}
    for name, route in sorted(incident_routes().items()):
        method, cells = EXPECTED[name]
        path = fill(name, route, objects)
        if method == "POST":
            # A fresh token each time: refusing an anonymous request ends its session.
            response = client.post(path, {"csrfmiddlewaretoken": csrf_token(client, page)})
        else:
            response = client.get(path)
        if outcome(response) != cells[actor]:
            wrong[name] = (path, outcome(response), cells[actor])
    assert wrong == {}


def test_another_organisations_lookup_is_a_404_and_audited(org_a, org_b, objects) -> None:
    outsider = staff_client(org_b.analyst)
    for path in (
        f"/staff/incidents/{iid(objects['incident'])}/",
        f"/staff/incidents/people/{objects['person']}/edit/",
        f"/staff/incidents/referrals/{objects['referral']}/edit/",
        f"/staff/incidents/referrals/{objects['referral']}/packet/",
    ):
        response = outsider.get(path)
        assert response.status_code == 404, path
        assert "AMN-x" not in response.content.decode()
    kinds = set(
        AuditEntry.objects.filter(
            tag="accounts:access:denied", actor=org_b.analyst.user
        ).values_list("payload__kind", flat=True)
    )
    assert kinds == {"incident", "person", "referral"}


def test_the_outsiders_list_does_not_show_the_incident(org_b, objects) -> None:
    page = staff_client(org_b.coordinator).get("/staff/incidents/").content.decode()
    assert f"/staff/incidents/{iid(objects['incident'])}/" not in page
    assert "No incidents." in page


def test_a_post_without_the_csrf_token_is_refused(org_a, objects) -> None:
    client = staff_client(org_a.analyst)
    response = client.post(
        f"/staff/incidents/{iid(objects['incident'])}/merge/", {"target": "1", "confirm": "on"}
    )
    assert response.status_code == 403
    response = client.post("/staff/incidents/new/", incident_data())
    assert response.status_code == 403

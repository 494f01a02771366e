"""C22/C23: every staff URL × every actor, generated from the URLconf, deny by default.

A staff URL without a row in ``EXPECTED`` fails the test: new views must state who may use them.
Expected codes: 200/302 allowed; 'login' and '2fa' redirects; 403 role refused; 404 outsider.
"""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver

from amanat.accounts.models import StaffMember
from amanat.intake.models import Attachment
from amanat.intake.tests.conftest import csrf_token
from amanat.testing.factories import PASSWORD, make_admin
from amanat.testing.staff_login import _token, staff_client

pytestmark = pytest.mark.django_db

# fmt: off  (a table reads better as a table)
ACTORS = [
    "anonymous",
    "reporter",
    "half",
    "analyst_a",
    "coordinator_a",
    "researcher_a",
    "admin_a",
    "analyst_b",
    "coordinator_b",
]
SIGNED_IN = ["analyst_a", "coordinator_a", "researcher_a", "analyst_b", "coordinator_b"]
# Administrators manage accounts only: no content, no dataset, and never read access (#11.1).
ANY_STAFF = [*SIGNED_IN, "admin_a"]
# (method, {actor: expected}); actors not named get DEFAULT, then 403.
DEFAULT = {
    "anonymous": "login",
    "reporter": "login",
    "half": "2fa",
    "analyst_b": 404,
    "coordinator_b": 404,
}
OK_CONTENT = {"analyst_a": 200, "coordinator_a": 200, "researcher_a": 403}
API_DENIED = {"anonymous": 401, "reporter": 401, "half": 401}  # answers, not redirects
EXPECTED: dict[str, tuple[str, dict[str, object]]] = {
    "health": ("GET", dict.fromkeys(ACTORS, 200)),
    "accounts:login": ("GET", dict.fromkeys(ACTORS, 200)),
    "accounts:second_factor": (
        "GET",
        {"anonymous": "login", "reporter": "login", "half": 200, **dict.fromkeys(ANY_STAFF, 302)},
    ),
    "accounts:password": ("GET", {"half": "login", **dict.fromkeys(ANY_STAFF, 200)}),
    "accounts:logout": ("POST", dict.fromkeys(ACTORS, 200)),
    "casework:inbox": ("GET", dict.fromkeys(ANY_STAFF, 200)),
    "casework:report": ("GET", OK_CONTENT),
    "casework:reply": ("POST", {**OK_CONTENT, "analyst_a": 400, "coordinator_a": 400}),
    "casework:status": ("POST", {**OK_CONTENT, "analyst_a": 400, "coordinator_a": 400}),
    "casework:assign": ("POST", {**OK_CONTENT, "analyst_a": 302, "coordinator_a": 302}),
    "casework:delete": ("GET", {"coordinator_a": 200, "analyst_b": 403}),
    "casework:download": ("GET", OK_CONTENT),
    "casework:team": ("GET", dict.fromkeys(ANY_STAFF, 200)),
    "casework:audit": ("GET", {"coordinator_a": 200, "coordinator_b": 200, "analyst_b": 403}),
    "casework:audit_csv": ("GET", {"coordinator_a": 200, "coordinator_b": 200, "analyst_b": 403}),
    "casework:add_colleague": (
        "POST",
        {"coordinator_a": 400, "admin_a": 400, "coordinator_b": 400, "analyst_b": 403},
    ),
    "casework:grant": ("POST", {"coordinator_a": 400, "analyst_b": 403}),
    "casework:revoke": ("POST", {"coordinator_a": 302, "admin_a": 302, "analyst_b": 403}),
    "casework:reset_2fa": ("POST", {"coordinator_a": 302, "admin_a": 302, "analyst_b": 403}),
    # approving a reader: only those who already read; no epoch posted here, hence 400.
    "casework:approve_reader": ("POST", {"analyst_a": 400, "coordinator_a": 400}),
    "casework:unlock": ("POST", {"coordinator_a": 302, "analyst_b": 403}),
    "casework:notices_seen": ("POST", dict.fromkeys(ANY_STAFF, 400)),  # no up_to posted
    # indicators: pages for content roles of any organisation; <pk> is the report's, which names
    # no indicator row, so org A gets 404 too (org-crossing cases: indicators/tests).
    "indicators:lookup": ("GET", {**OK_CONTENT, "analyst_b": 200, "coordinator_b": 200}),
    "indicators:campaigns": ("GET", {**OK_CONTENT, "analyst_b": 200, "coordinator_b": 200}),
    "indicators:export": ("GET", {**OK_CONTENT, "analyst_b": 200, "coordinator_b": 200}),
    "indicators:import": ("GET", {**OK_CONTENT, "analyst_b": 200, "coordinator_b": 200}),
    "indicators:detail": ("GET", {"analyst_a": 404, "coordinator_a": 404}),
    "indicators:add": ("GET", {"analyst_a": 404, "coordinator_a": 404}),
    "indicators:remove": ("POST", {"analyst_a": 404, "coordinator_a": 404}),
    "indicators:campaign": ("GET", {"analyst_a": 404, "coordinator_a": 404}),
    # dataset and stats: coded aggregates for every role that sees incidents; <pk> is the report's,
    # which names no release or upload, so org A gets 404 too (cross-org cases: dataset/tests).
    "dataset:dashboard": ("GET", dict.fromkeys(SIGNED_IN, 200)),
    "dataset:breakdown_csv": ("GET", dict.fromkeys(SIGNED_IN, 400)),  # no ?dimension=
    "dataset:export": ("GET", dict.fromkeys(SIGNED_IN, 400)),  # no ?format=
    "dataset:dictionary": ("GET", dict.fromkeys(SIGNED_IN, 200)),
    "dataset:releases": ("GET", dict.fromkeys(SIGNED_IN, 200)),
    "dataset:release_new": (
        "POST",
        {"coordinator_a": 400, "researcher_a": 400, "coordinator_b": 400, "analyst_b": 403},
    ),
    "dataset:release": ("GET", dict.fromkeys(SIGNED_IN, 404)),
    "dataset:release_download": ("GET", dict.fromkeys(SIGNED_IN, 404)),
    "dataset:import": ("GET", {**OK_CONTENT, "analyst_b": 200, "coordinator_b": 200}),
    "dataset:import_map": ("GET", {"analyst_a": 404, "coordinator_a": 404}),
    "dataset:import_errors": ("GET", {"analyst_a": 404, "coordinator_a": 404}),
    "stats_staff:publish": ("POST", {"coordinator_a": 404, "analyst_b": 403}),
    # translation review: one's own language for everyone; catalogue counts (no organisation's
    # data) for coordinators and admins of any organisation.
    "translations:language": ("GET", dict.fromkeys(ANY_STAFF, 200)),
    "translations:status": (
        "GET",
        {"coordinator_a": 200, "admin_a": 200, "coordinator_b": 200, "analyst_b": 403},
    ),
    "dataset-api:openapi-json": ("GET", dict.fromkeys(SIGNED_IN, 200)),
    "dataset-api:api-root": ("GET", dict.fromkeys(ACTORS, 404)),
    "dataset-api:incidents": ("GET", {**API_DENIED, **dict.fromkeys(SIGNED_IN, 200)}),
    "dataset-api:breakdowns": ("GET", {**API_DENIED, **dict.fromkeys(SIGNED_IN, 200)}),
    "dataset-api:releases": ("GET", {**API_DENIED, **dict.fromkeys(SIGNED_IN, 200)}),
    "dataset-api:release": ("GET", {**API_DENIED, **dict.fromkeys(SIGNED_IN, 422)}),  # "<pk>"
    "dataset-api:dictionary": ("GET", {**API_DENIED, **dict.fromkeys(SIGNED_IN, 200)}),
    "monitor:queue": ("GET", {**OK_CONTENT, "analyst_b": 200, "coordinator_b": 200}),
    "monitor:proposal": ("GET", {"analyst_a": 404, "coordinator_a": 404}),
    "monitor:accept": ("POST", {"analyst_a": 404, "coordinator_a": 404}),
    "monitor:reject": ("POST", {"analyst_a": 404, "coordinator_a": 404}),
}
# fmt: on


def staff_patterns() -> dict[str, str]:
    """Every named URL under /staff/, as name → route with <placeholders>."""
    found: dict[str, str] = {}

    def walk(patterns: list, prefix: str, namespace: str) -> None:
        for entry in patterns:
            if isinstance(entry, URLResolver):
                ns = f"{namespace}{entry.namespace}:" if entry.namespace else namespace
                walk(entry.url_patterns, prefix + str(entry.pattern), ns)
            elif isinstance(entry, URLPattern) and entry.name:
                found[f"{namespace}{entry.name}"] = prefix + str(entry.pattern)

    walk(get_resolver().url_patterns, "/", "")
    # Incident URLs have their own matrix in test_incident_access.py (same deny-by-default rule).
    return {
        name: route
        for name, route in found.items()
        if route.startswith("/staff/") and not name.startswith("casework:incidents:")
    }


def test_every_staff_url_has_a_row_in_the_matrix() -> None:
    missing = sorted(set(staff_patterns()) - set(EXPECTED))
    assert missing == [], f"state who may use these URLs: {missing}"


def actor_client(actor: str, org_a, org_b, report_a) -> Client:
    members = {
        "analyst_a": org_a.analyst,
        "coordinator_a": org_a.coordinator,
        "researcher_a": org_a.researcher,
        "analyst_b": org_b.analyst,
        "coordinator_b": org_b.coordinator,
    }
    if actor == "admin_a":
        members["admin_a"] = StaffMember.objects.filter(user__username="admin-org-a").first() or (
            make_admin(org_a)
        )
    if actor in members:
        return staff_client(members[actor])
    client = Client(enforce_csrf_checks=True)
    if actor == "reporter":
        client.post(
            "/return/",
            {"csrfmiddlewaretoken": csrf_token(client, "/return/"), "receipt": report_a.receipt},
        )
    if actor == "half":
        staff_client(org_a.analyst)  # enrolled; this client stops after the password
        client.post(
            "/staff/login/",
            {
                "csrfmiddlewaretoken": _token(client, "/staff/login/"),
                "username": "analyst-org-a",
                "password": PASSWORD,
            },
        )
    return client


def fill(route: str, org_a, report_a) -> str:
    values = {
        "<int:pk>": str(report_a.pk),
        "<pid:pk>": report_a.public_id,
        "<pid:report_pk>": report_a.public_id,
        "<str:role>": "clean",
    }
    if "files/" in route:
        values["<int:pk>"] = str(Attachment.objects.get(report=report_a).pk)
    if "team/<int:pk>" in route:
        values["<int:pk>"] = str(org_a.researcher.pk)
    for placeholder, value in values.items():
        route = route.replace(placeholder, value)
    return route


def outcome(response) -> object:
    if response.status_code == 302:
        location = response["Location"]
        if location.startswith("/staff/login/"):
            return "login"
        if location.startswith("/staff/2fa/"):
            return "2fa"
        return 302
    return response.status_code


@pytest.mark.parametrize("actor", ACTORS)
def test_each_actor_gets_exactly_what_the_matrix_allows(actor, org_a, org_b, report_a) -> None:
    client = actor_client(actor, org_a, org_b, report_a)
    results = {}
    for name, route in sorted(staff_patterns().items()):
        method, cells = EXPECTED[name]
        expected = cells.get(actor, DEFAULT.get(actor, 403))
        path = fill(route, org_a, report_a)
        if method == "POST":
            token = (
                _token(client, "/staff/login/")
                if actor != "half"
                else _token(client, "/staff/2fa/")
            )
            response = client.post(path, {"csrfmiddlewaretoken": token})
        else:
            response = client.get(path)
        if outcome(response) != expected:
            results[name] = (path, outcome(response), expected)
        if name == "accounts:logout":
            client = actor_client(actor, org_a, org_b, report_a)
    assert results == {}


def test_an_outsiders_refused_lookup_is_audited(org_a, org_b, report_a) -> None:
    from amanat.audit.models import AuditEntry

    staff_client(org_b.analyst).get(f"/staff/reports/{report_a.public_id}/")
    entry = AuditEntry.objects.get(tag="accounts:access:denied")
    assert entry.actor == org_b.analyst.user
    assert entry.payload == {"kind": "report", "pk": report_a.public_id}


def test_a_role_refusal_is_audited(org_a, report_a) -> None:
    from amanat.audit.models import AuditEntry

    staff_client(org_a.researcher).get(f"/staff/reports/{report_a.public_id}/")
    assert (
        AuditEntry.objects.filter(tag="accounts:access:denied", actor=org_a.researcher.user).count()
        == 1
    )

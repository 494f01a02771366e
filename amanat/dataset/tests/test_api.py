"""The read-only staff API: staff_required's rules, coded fields only, and conformance to its
own OpenAPI document (schemathesis, bounded examples)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
import schemathesis
from django.conf import settings
from django.core import signals
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from django.test import Client
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings

from amanat.accounts import actions
from amanat.audit.models import AuditEntry
from amanat.dataset.filters import DatasetFilter
from amanat.dataset.releases import versions as releases
from amanat.dataset.tests.conftest import make_incidents
from amanat.testing.factories import PASSWORD, canary
from amanat.testing.staff_login import _token, staff_client

pytestmark = pytest.mark.django_db


@pytest.fixture
def coded(org_a):
    make_incidents(
        org_a.organisation,
        [{"host_country": c} for c in ("TR", "TR", "KZ", "US", "DE")]
        + [{"sensitivity": "confidential", "host_country": "FR"}],
        summary=canary("api"),
    )
    return org_a


def test_it_refuses_anyone_not_fully_signed_in(coded) -> None:
    assert Client().get("/staff/api/incidents").status_code == 401
    half = Client(enforce_csrf_checks=True)
    staff_client(coded.analyst)  # enrolled; this client stops after the password
    half.post(
        "/staff/login/",
        {
            "csrfmiddlewaretoken": _token(half, "/staff/login/"),
            "username": "analyst-org-a",
            "password": PASSWORD,
        },
    )
    assert half.get("/staff/api/breakdowns").status_code == 401
    assert Client().get("/staff/api/openapi.json").status_code == 302  # to the sign-in page


def test_a_member_who_must_change_password_is_refused(coded) -> None:
    client = staff_client(coded.analyst)
    coded.analyst.must_change_password = True
    coded.analyst.save()
    assert client.get("/staff/api/incidents").status_code == 401


def test_an_administrator_is_refused_and_audited(org_a) -> None:
    admin = actions.create_staff_member(org_a.organisation, "adm", PASSWORD, "admin", actor=None)
    assert staff_client(admin).get("/staff/api/releases").status_code == 403
    assert AuditEntry.objects.filter(tag="accounts:access:denied", actor=admin.user).exists()


def test_a_researcher_reads_coded_incidents_page_by_page(coded) -> None:
    client = staff_client(coded.researcher)
    first = client.get("/staff/api/incidents?limit=3").json()
    assert len(first["incidents"]) == 3
    second = client.get(f"/staff/api/incidents?limit=3&cursor={first['next']}").json()
    assert second["next"] is None
    rows = first["incidents"] + second["incidents"]
    assert sorted(r["host_country"] for r in rows) == ["DE", "KZ", "TR", "TR", "US"]
    assert set(rows[0]) == {
        "incident_code",
        "year",
        "date_precision",
        "host_country",
        "origin_state",
        "community",
        "stage",
        "tactics",
        "perpetrator",
        "channels",
        "response",
        "verification",
        "sensitivity",
        "source_count",
        "codebook_version",
        "synthetic",
    }
    assert AuditEntry.objects.filter(tag="dataset:api:read", actor=coded.researcher.user).count()


def test_filters_and_bad_input_are_checked(coded) -> None:
    client = staff_client(coded.analyst)
    found = client.get("/staff/api/incidents?host_countries=TR&host_countries=KZ").json()
    assert len(found["incidents"]) == 3
    assert client.get("/staff/api/incidents?stages=stage9").status_code == 422
    assert client.get("/staff/api/incidents?cursor=forged").status_code == 422
    assert client.get("/staff/api/incidents?limit=0").status_code == 422
    assert client.get("/staff/api/incidents?year_from=2020&year_to=2010").status_code == 422


def test_breakdowns_match_the_dashboard(coded) -> None:
    data = staff_client(coded.coordinator).get("/staff/api/breakdowns").json()
    assert data["total"] == 6
    countries = {c["code"]: c["count"] for c in data["breakdowns"]["host_country"]["cells"]}
    assert countries == {"TR": 2, "KZ": 1, "US": 1, "DE": 1, "FR": 1}


def test_releases_are_listed_for_the_organisation_only(coded, org_b) -> None:
    release = releases.create_release(coded.researcher, DatasetFilter(), "API release")
    releases.build(release.pk)
    ours = staff_client(coded.analyst).get("/staff/api/releases").json()
    assert [r["title"] for r in ours] == ["API release"]
    detail = staff_client(coded.analyst).get(f"/staff/api/releases/{release.pk}").json()
    assert detail["row_count"] == 5
    assert all(len(f["sha256"]) == 64 for f in detail["files"])
    outsider = staff_client(org_b.analyst)
    assert outsider.get("/staff/api/releases").json() == []
    assert outsider.get(f"/staff/api/releases/{release.pk}").status_code == 404


def test_the_openapi_document_describes_a_read_only_api(coded) -> None:
    document = staff_client(coded.analyst).get("/staff/api/openapi.json").json()
    methods = {m for path in document["paths"].values() for m in path}
    assert methods == {"get"}
    assert document["components"]["securitySchemes"]["StaffSession"] == {
        "type": "apiKey",
        "in": "cookie",
        "name": settings.STAFF_SESSION_COOKIE,
    }


@contextmanager
def wsgi_in_test_transaction() -> Iterator[None]:
    """Requests through the real WSGI handler must not close the test's database connection.
    Django's test client disconnects the same handler for each of its requests (and connects it
    again after), so this wraps the WSGI calls only."""
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    try:
        yield
    finally:
        signals.request_started.connect(close_old_connections)
        signals.request_finished.connect(close_old_connections)


def test_the_api_conforms_to_its_openapi_document(coded) -> None:
    client = staff_client(coded.researcher)
    cookie = {settings.STAFF_SESSION_COOKIE: client.cookies[settings.STAFF_SESSION_COOKIE].value}
    # The document is fetched as a signed-in browser would (werkzeug's client, which
    # schemathesis.openapi.from_wsgi uses, drops a hand-set Cookie header); the calls then go
    # through the real WSGI application with the session cookie.
    schema = schemathesis.openapi.from_dict(client.get("/staff/api/openapi.json").json())
    schema.app = get_wsgi_application()
    # Codes are data (the codebook), so a schema-valid string may still be an unknown code (422):
    # "positive data acceptance" cannot hold for them and is left out.
    skipped = [schemathesis.checks.positive_data_acceptance]
    for result in schema.get_all_operations():
        operation = result.ok()

        @given(case=operation.as_strategy())
        @hypothesis_settings(
            max_examples=12,
            deadline=None,
            database=None,
            suppress_health_check=list(HealthCheck),
        )
        def conforms(case) -> None:
            with wsgi_in_test_transaction():
                case.call_and_validate(cookies=cookie, excluded_checks=skipped)

        conforms()

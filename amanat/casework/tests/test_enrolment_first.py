"""After a second-factor reset the password alone opens nothing (#11.6): every staff page leads
to enrolment first, exactly like a half-signed-in session, and the key needs approval again."""

from __future__ import annotations

import pytest
from django.test import Client

from amanat.accounts import auth
from amanat.casework.tests.test_access_matrix import (
    DEFAULT,
    EXPECTED,
    fill,
    outcome,
    staff_patterns,
)
from amanat.testing.factories import PASSWORD
from amanat.testing.staff_login import _token, staff_client

pytestmark = pytest.mark.django_db


def password_only(username: str) -> Client:
    client = Client(enforce_csrf_checks=True)
    client.post(
        "/staff/login/",
        {
            "csrfmiddlewaretoken": _token(client, "/staff/login/"),
            "username": username,
            "password": PASSWORD,
        },
    )
    return client


def test_after_a_reset_every_staff_page_leads_to_enrolment(org_a, report_a) -> None:
    staff_client(org_a.coordinator)  # enrolled once
    auth.reset_second_factor(org_a.coordinator, actor=None)
    client = password_only("coordinator-org-a")
    wrong = {}
    for name, route in sorted(staff_patterns().items()):
        method, cells = EXPECTED[name]
        expected = cells.get("half", DEFAULT["half"])
        path = fill(route, org_a, report_a)
        if method == "POST":
            response = client.post(path, {"csrfmiddlewaretoken": _token(client, "/staff/2fa/")})
        else:
            response = client.get(path)
        if outcome(response) != expected:
            wrong[name] = (path, outcome(response), expected)
        if name == "accounts:logout":
            client = password_only("coordinator-org-a")
    assert wrong == {}
    page = client.get("/staff/2fa/").content.decode()
    assert 'id="totp-secret"' in page  # the only thing it can do: enrol


def test_the_password_alone_reads_no_report_after_a_reset(org_a, report_a) -> None:
    staff_client(org_a.analyst)
    auth.reset_second_factor(org_a.analyst, actor=org_a.coordinator)
    client = password_only("analyst-org-a")
    response = client.get(f"/staff/reports/{report_a.public_id}/")
    assert response.status_code == 302
    assert response["Location"] == "/staff/2fa/"
    assert "My mother" not in client.get("/staff/2fa/").content.decode()

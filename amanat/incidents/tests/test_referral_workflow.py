"""Referrals: recorded as drafts, sent, answered; reference and outcome encrypted at rest."""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import connection

from amanat.audit.models import AuditEntry
from amanat.incidents.models import Referral
from amanat.testing.factories import canary
from amanat.testing.incidents import created_pk, iid, incident_data
from amanat.testing.staff_login import staff_client
from amanat.testing.web import post

pytestmark = pytest.mark.django_db


@pytest.fixture
def draft(org_a):
    client = staff_client(org_a.analyst)
    pk = created_pk(post(client, "/staff/incidents/new/", incident_data()))
    marks = {"reference": canary("reference"), "outcome": canary("outcome")}
    data = {
        "recipient_kind": "un_mechanism",
        "recipient_name": "UN WGEID",
        "status": "draft",
        **marks,
    }
    assert post(client, f"/staff/incidents/{iid(pk)}/referrals/add/", data).status_code == 302
    return client, pk, Referral.objects.get(), marks


def test_a_draft_referral_is_recorded_without_a_date(draft) -> None:
    client, pk, referral, _marks = draft
    assert (referral.status, referral.referred_on) == ("draft", None)
    page = client.get(f"/staff/incidents/{iid(pk)}/").content.decode()
    assert "UN mechanism" in page and "UN WGEID" in page and "Draft" in page  # noqa: PT018 - two facts of one page, read together


def test_reference_and_outcome_are_encrypted_at_rest(draft) -> None:
    _client, _pk, referral, marks = draft
    with connection.cursor() as cursor:
        cursor.execute("SELECT * FROM casework_referral WHERE id = %s", [referral.pk])
        row = repr(cursor.fetchone())
    for mark in marks.values():
        assert mark not in row
    assert "UN WGEID" in row  # the recipient is an institution, kept in clear


def test_a_referral_moves_through_its_statuses_and_each_change_is_audited(draft) -> None:
    client, _pk, referral, marks = draft
    form = client.get(f"/staff/incidents/referrals/{referral.pk}/edit/").content.decode()
    assert marks["reference"] in form and marks["outcome"] in form  # noqa: PT018 - two facts of one page, read together
    assert AuditEntry.objects.filter(tag="casework:referral:decrypt").count() == 1
    for status in ("sent", "acknowledged", "acted_on"):
        data = {
            "recipient_kind": "un_mechanism",
            "recipient_name": "UN WGEID",
            "status": status,
            "referred_on": "2024-06-01",
            "reference": "WGEID/2024/9",
            "outcome": "Communication sent to the state.",
        }
        response = post(client, f"/staff/incidents/referrals/{referral.pk}/edit/", data)
        assert response.status_code == 302
    referral.refresh_from_db()
    assert (referral.status, referral.referred_on) == ("acted_on", dt.date(2024, 6, 1))
    changes = AuditEntry.objects.filter(tag="casework:referral:update").order_by("pk")
    assert [(e.payload["from"], e.payload["to"]) for e in changes] == [
        ("draft", "sent"),
        ("sent", "acknowledged"),
        ("acknowledged", "acted_on"),
    ]
    page = client.get(f"/staff/incidents/referrals/{referral.pk}/edit/").content.decode()
    assert "WGEID/2024/9" in page

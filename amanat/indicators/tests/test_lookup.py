"""Looking up an identifier shows the incidents of the analyst's own organisation only."""

from __future__ import annotations

import pytest

from amanat.audit.models import AuditEntry
from amanat.indicators.tests.conftest import make_incident, post, record_on
from amanat.testing.staff_login import staff_client

pytestmark = pytest.mark.django_db

LOOKUP = "/staff/indicators/"
PHONE = {"kind": "phone", "value": "+86 138 0013 8000", "platform": "", "region": ""}


def test_lookup_shows_only_incidents_of_the_own_organisation(org_a, org_b) -> None:
    ours = [make_incident(org_a.analyst) for _ in range(2)]
    theirs = make_incident(org_b.analyst)
    for incident in ours:
        record_on(incident, org_a.analyst, "phone", "13800138000", region="CN")
    record_on(theirs, org_b.analyst, "phone", "+8613800138000")
    page = post(staff_client(org_a.analyst), LOOKUP, PHONE).content.decode()
    assert "2 incidents of your organisation share this identifier." in page
    for incident in ours:
        assert f'href="/staff/incidents/{incident.public_id}/"' in page
    assert f'href="/staff/incidents/{theirs.public_id}/"' not in page
    assert f"#{theirs.public_id}<" not in page


def test_lookup_of_an_unknown_identifier_says_so(org_a, org_b) -> None:
    record_on(make_incident(org_b.analyst), org_b.analyst, "phone", "+8613800138000")
    page = post(staff_client(org_a.analyst), LOOKUP, PHONE).content.decode()
    assert 'id="not-found"' in page


def test_lookup_shows_coded_fields_never_narratives(org_a) -> None:
    incident = make_incident(org_a.analyst, summary="AMN-narrative-should-not-appear")
    record_on(incident, org_a.analyst, "email", "agent@example.org")
    data = {"kind": "email", "value": "AGENT@example.org", "platform": "", "region": ""}
    page = post(staff_client(org_a.analyst), LOOKUP, data).content.decode()
    assert f'href="/staff/incidents/{incident.public_id}/"' in page
    assert "Türkiye (TR)" in page or "Turkey (TR)" in page
    assert "AMN-narrative" not in page


def test_a_lookup_is_audited_without_the_identifier(org_a) -> None:
    post(staff_client(org_a.analyst), LOOKUP, PHONE)
    entry = AuditEntry.objects.get(tag="indicators:indicator:lookup")
    assert entry.payload == {"kind": "phone", "found": False, "incidents": 0}


def test_an_invalid_lookup_says_why(org_a) -> None:
    data = {**PHONE, "value": "13800138000"}
    response = post(staff_client(org_a.analyst), LOOKUP, data)
    assert response.status_code == 400
    assert "choose the country it belongs to" in response.content.decode()


def test_the_identifier_never_travels_in_a_url(org_a) -> None:
    page = staff_client(org_a.analyst).get(LOOKUP).content.decode()
    assert '<form method="post">' in page

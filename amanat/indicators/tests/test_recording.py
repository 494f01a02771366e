"""Analysts record identifiers on incidents through the staff pages; values stay encrypted."""

from __future__ import annotations

import pytest

from amanat.audit.models import AuditEntry
from amanat.indicators.models import Indicator, IndicatorSighting
from amanat.indicators.tests.conftest import make_incident, post, record_on
from amanat.indicators.tests.test_normalisation import FIVE_WAYS
from amanat.keys.models import Envelope
from amanat.testing.staff_login import staff_client

pytestmark = pytest.mark.django_db


def add_url(incident) -> str:
    return f"/staff/indicators/incident/{incident.public_id}/add/"


def test_an_analyst_records_a_number_on_an_incident(org_a) -> None:
    incident = make_incident(org_a.analyst)
    client = staff_client(org_a.analyst)
    data = {"kind": "phone", "value": "0086-138-0013-8000", "platform": "", "region": ""}
    response = post(client, add_url(incident), data)
    assert response.status_code == 302
    indicator = Indicator.objects.get()
    assert (indicator.kind, indicator.organisation) == ("phone", org_a.organisation)
    assert b"8613800138000" not in bytes(indicator.value)
    page = client.get(add_url(incident)).content.decode()
    assert "+8613800138000" in page
    tags = list(AuditEntry.objects.values_list("tag", flat=True))
    assert "indicators:sighting:create" in tags
    assert "indicators:indicator:decrypt" in tags
    assert all("8000" not in str(p) for p in AuditEntry.objects.values_list("payload", flat=True))


def test_all_five_ways_of_writing_a_number_match_the_same_indicator(org_a) -> None:
    client = staff_client(org_a.analyst)
    incidents = [make_incident(org_a.analyst) for _ in FIVE_WAYS]
    for incident, (written, region) in zip(incidents, FIVE_WAYS, strict=True):
        data = {"kind": "phone", "value": written, "platform": "", "region": region}
        assert post(client, add_url(incident), data).status_code == 302
    indicator = Indicator.objects.get()
    assert indicator.sightings.count() == 5


def test_a_refused_identifier_shows_the_reason_and_saves_nothing(org_a) -> None:
    incident = make_incident(org_a.analyst)
    client = staff_client(org_a.analyst)
    data = {"kind": "phone", "value": "13800138000", "platform": "", "region": ""}
    response = post(client, add_url(incident), data)
    assert response.status_code == 400
    assert "choose the country it belongs to" in response.content.decode()
    assert Indicator.objects.count() == 0


def test_recording_the_same_identifier_twice_is_harmless(org_a) -> None:
    incident = make_incident(org_a.analyst)
    assert record_on(incident, org_a.analyst, "email", "X@Example.org").created
    assert not record_on(incident, org_a.analyst, "email", "x@example.ORG").created
    assert IndicatorSighting.objects.count() == 1


def test_removing_the_last_sighting_deletes_the_value_and_its_envelope(org_a) -> None:
    incident = make_incident(org_a.analyst)
    sighting = record_on(incident, org_a.analyst, "handle", "@someone_x", platform="telegram")
    envelope_id = sighting.sighting.indicator.envelope_id
    client = staff_client(org_a.analyst)
    response = post(client, f"/staff/indicators/sightings/{sighting.sighting.pk}/remove/", {})
    assert response.status_code == 302
    assert Indicator.objects.count() == 0
    assert not Envelope.objects.filter(pk=envelope_id).exists()
    assert AuditEntry.objects.filter(tag="indicators:sighting:delete").count() == 1


def test_first_and_last_seen_follow_the_incidents(org_a) -> None:
    from datetime import date

    early = make_incident(org_a.analyst, start=date(2022, 5, 1))
    late = make_incident(org_a.analyst, start=date(2024, 9, 1))
    record_on(late, org_a.analyst, "domain", "example.org")
    record_on(early, org_a.analyst, "domain", "EXAMPLE.org.")
    indicator = Indicator.objects.get()
    assert (indicator.first_seen_on, indicator.last_seen_on) == (date(2022, 5, 1), date(2024, 9, 1))


def test_without_a_key_file_the_pages_say_matching_is_not_configured(org_a, settings) -> None:
    incident = make_incident(org_a.analyst)
    client = staff_client(org_a.analyst)
    settings.INDICATOR_KEY_FILE = "/nonexistent/indicator-key"
    data = {"kind": "email", "value": "a@example.org", "platform": "", "region": ""}
    response = post(client, add_url(incident), data)
    assert response.status_code == 503
    assert "not configured" in response.content.decode()
    assert Indicator.objects.count() == 0

"""Matching a partner's STIX bundle: our matching incidents for the analyst only, nothing
written; a malformed file gets a clear refusal and changes nothing."""

from __future__ import annotations

import contextlib
import json
import uuid
from datetime import UTC, datetime

import pytest
import stix2
from django.core.files.uploadedfile import SimpleUploadedFile
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from amanat.audit.models import AuditEntry
from amanat.indicators import importing, stix
from amanat.indicators.models import Campaign, CampaignMember, Indicator, IndicatorSighting
from amanat.indicators.normalise import normalise
from amanat.indicators.tests.conftest import make_incident, post, record_on
from amanat.testing.staff_login import staff_client

pytestmark = pytest.mark.django_db

IMPORT = "/staff/indicators/import/"
JOINT_KEY = bytes(range(100, 132))


def partner_bundle(*identifiers, joint_key: bytes | None = None) -> bytes:
    items = [
        stix.ExportItem(normalise(*i[:2], **(i[2] if len(i) > 2 else {})), _day())
        for i in identifiers
    ]
    bundle = stix.build_bundle(
        name="Partner NGO",
        identity_uuid=uuid.UUID("5d1a8a44-93a5-4c0f-8f0e-2b8f7f4f5d11"),
        identity_created=datetime(2025, 1, 1, tzinfo=UTC),
        items=items,
        tlp="green",
        joint_key=joint_key,
    )
    return bundle.serialize().encode()


def _day():
    from datetime import date

    return date(2024, 1, 1)


def upload(client, content: bytes, **fields):
    file = SimpleUploadedFile("bundle.json", content, content_type="application/json")
    return post(client, IMPORT, {"bundle": file, "region": "", **fields})


def counts() -> tuple[int, ...]:
    return (
        Indicator.objects.count(),
        IndicatorSighting.objects.count(),
        Campaign.objects.count(),
        CampaignMember.objects.count(),
    )


def test_a_partner_bundle_shows_which_of_our_incidents_match(org_a, org_b) -> None:
    ours = make_incident(org_a.analyst)
    other_org = make_incident(org_b.analyst)
    record_on(ours, org_a.analyst, "phone", "13800138000", region="CN")
    record_on(other_org, org_b.analyst, "phone", "+8613800138000")
    before = counts()
    content = partner_bundle(("phone", "+86 138 0013 8000"), ("email", "nobody@example.org"))
    response = upload(staff_client(org_a.analyst), content)
    page = response.content.decode()
    assert response.status_code == 200
    assert "1 matched our identifiers, on 1 of our incidents" in page
    assert f'href="/staff/incidents/{ours.public_id}/"' in page
    assert f'href="/staff/incidents/{other_org.public_id}/"' not in page
    assert counts() == before
    entry = AuditEntry.objects.get(tag="indicators:bundle:import")
    assert entry.payload == {
        "ok": True, "indicators": 2, "values": 2, "hashes": 0, "matched": 1, "incidents": 1,
    }  # fmt: skip


def test_accounts_and_links_match_across_spellings(org_a) -> None:
    incident = make_incident(org_a.analyst)
    record_on(incident, org_a.analyst, "handle", "Agent_Wang", platform="wechat")
    record_on(incident, org_a.analyst, "url", "https://Example.org/x?utm_medium=y")
    content = partner_bundle(
        ("handle", "agent_wang", {"platform": "wechat"}), ("url", "https://example.org/x")
    )
    page = upload(staff_client(org_a.analyst), content).content.decode()
    assert "2 matched our identifiers, on 1 of our incidents" in page


def test_joint_key_hashes_match_only_with_the_same_key(org_a) -> None:
    incident = make_incident(org_a.analyst)
    record_on(incident, org_a.analyst, "phone", "+8613800138000")
    content = partner_bundle(("phone", "0086 138 0013 8000"), joint_key=JOINT_KEY)
    client = staff_client(org_a.analyst)
    matched = upload(client, content, joint_key=JOINT_KEY.hex()).content.decode()
    assert "1 matched our identifiers, on 1 of our incidents" in matched
    wrong = upload(client, content, joint_key=bytes(32).hex()).content.decode()
    assert "0 matched our identifiers" in wrong
    without = upload(client, content).content.decode()
    assert "give the joint key to compare them" in without


def test_a_bundle_from_a_partner_running_amanat_round_trips(org_a, org_b) -> None:
    """Org B exports with share values; org A imports the file it received."""
    record_on(make_incident(org_b.analyst), org_b.analyst, "email", "agent@example.org")
    theirs = Indicator.objects.get()
    export = post(
        staff_client(org_b.analyst),
        "/staff/indicators/export/",
        {"indicators": [theirs.pk], "tlp": "green", "fmt": "stix", "share_values": "on"},
    ).content
    ours = make_incident(org_a.analyst)
    record_on(ours, org_a.analyst, "email", "AGENT@example.org")
    page = upload(staff_client(org_a.analyst), export).content.decode()
    assert "1 matched our identifiers, on 1 of our incidents" in page


VALID_ID = "indicator--6f0d1d6a-1234-4b6e-9c1d-0f0c8d0a2a11"


def indicator_json(pattern: str) -> dict:
    return {
        "type": "indicator", "spec_version": "2.1", "id": VALID_ID,
        "created": "2024-01-01T00:00:00Z", "modified": "2024-01-01T00:00:00Z",
        "pattern": pattern, "pattern_type": "stix", "valid_from": "2024-01-01T00:00:00Z",
    }  # fmt: skip


def bundle_of(*objects) -> bytes:
    return json.dumps(
        {
            "type": "bundle",
            "id": "bundle--6f0d1d6a-1234-4b6e-9c1d-0f0c8d0a2a12",
            "objects": list(objects),
        }
    ).encode()


MALFORMED = [
    (b"this is not json", "not valid JSON"),
    (b"\xff\xfe\x00garbage", "not UTF-8"),
    (b"[1, 2, 3]", "not a JSON object"),
    (json.dumps({"type": "indicator"}).encode(), "its type is “indicator”"),
    (bundle_of(indicator_json("[phone-number:value = ")), "not valid STIX 2.1"),
    (bundle_of({**indicator_json("[url:value = 'x']"), "x_secret": 1}), "not valid STIX 2.1"),
    (bundle_of({"type": "x-unknown", "id": "x-unknown--6f0d1d6a-1234-4b6e-9c1d-0f0c8d0a2a11"}),
     "not valid STIX 2.1"),
    (json.dumps({"type": "bundle", "objects": "nope"}).encode(), "not valid STIX 2.1"),
]  # fmt: skip


@pytest.mark.parametrize(("content", "reason"), MALFORMED)
def test_a_malformed_bundle_gets_a_clear_error_and_changes_nothing(org_a, content, reason) -> None:
    record_on(make_incident(org_a.analyst), org_a.analyst, "phone", "+8613800138000")
    before = counts()
    response = upload(staff_client(org_a.analyst), content)
    assert response.status_code == 400
    page = response.content.decode()
    assert reason in page
    assert "nothing was changed" in page
    assert counts() == before
    entry = AuditEntry.objects.get(tag="indicators:bundle:import")
    assert entry.payload == {"ok": False, "reason": "invalid-bundle"}


def test_patterns_we_do_not_understand_are_counted_not_guessed(org_a) -> None:
    content = bundle_of(
        indicator_json(f"[file:hashes.'SHA-256' = '{'ab' * 32}']"),
        {**indicator_json("[user-account:account_login = 'someone']"),
         "id": "indicator--6f0d1d6a-1234-4b6e-9c1d-0f0c8d0a2a13"},
    )  # fmt: skip
    page = upload(staff_client(org_a.analyst), content).content.decode()
    assert "2 indicators with patterns not understood" in page


def test_invalid_values_in_a_valid_bundle_are_listed(org_a) -> None:
    content = bundle_of(indicator_json("[phone-number:value = '12345']"))
    page = upload(staff_client(org_a.analyst), content).content.decode()
    assert 'id="rejected"' in page
    assert "no valid country code" in page


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(max_size=20),
        lambda children: (
            st.lists(children, max_size=4)
            | st.dictionaries(st.sampled_from(["type", "objects", "id", "pattern", "x"]), children)
        ),
        max_leaves=20,
    )
)
def test_any_json_is_either_read_or_refused_with_a_bundle_error(document) -> None:
    data = json.dumps({"type": "bundle", "objects": [document]}).encode()
    with contextlib.suppress(importing.BundleError):
        importing.read_bundle(data)


def test_a_valid_stix_bundle_from_another_tool_is_read(org_a) -> None:
    indicator = stix2.Indicator(
        pattern="[domain-name:value = 'Example.ORG'] OR [email-addr:value = 'a@example.org']",
        pattern_type="stix",
        valid_from="2024-01-01T00:00:00Z",
    )
    parsed = importing.read_bundle(stix2.Bundle(indicator).serialize().encode())
    assert {i.value for i in parsed.identifiers} == {"example.org", "a@example.org"}

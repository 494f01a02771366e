"""Exports for partners: valid STIX 2.1 (checked with the stix2 library), MISP event JSON,
TLP markings, joint-key hashes instead of values, and never any victim data."""

from __future__ import annotations

import json

import pytest
import stix2
from stix2patterns.validator import run_validator

from amanat.audit.models import AuditEntry
from amanat.core import crypto
from amanat.incidents.people import PersonDetails, add_person
from amanat.indicators import keys, stix
from amanat.indicators.models import Indicator
from amanat.indicators.normalise import normalise
from amanat.indicators.tests.conftest import make_incident, post, record_on
from amanat.testing.staff_login import staff_client

pytestmark = pytest.mark.django_db

EXPORT = "/staff/indicators/export/"
JOINT_KEY = bytes(range(32))


@pytest.fixture
def recorded(org_a):
    analyst = org_a.analyst
    a = make_incident(analyst, summary="AMN-summary Mother questioned in Kashgar")
    b = make_incident(analyst)
    add_person(a, PersonDetails(role="victim", name="AMN-victim Aynur Tursun"), actor=analyst)
    record_on(a, analyst, "phone", "+86 138 0013 8000")
    record_on(b, analyst, "phone", "+86 138 0013 8000")
    record_on(b, analyst, "handle", "@agent_wang", platform="wechat")
    record_on(b, analyst, "email", "o'brien@example.org")
    record_on(a, analyst, "url", "https://example.org/threat?utm_source=x")
    record_on(a, analyst, "domain", "example.org")
    record_on(a, analyst, "social", "https://x.com/Some_One", platform="twitter")
    return list(Indicator.objects.values_list("pk", flat=True))


def download(org_a, ids, **fields):
    data = {"indicators": ids, "tlp": "amber", "fmt": "stix", **fields}
    response = post(staff_client(org_a.analyst), EXPORT, data)
    assert response.status_code == 200, response.content.decode()[:3000]
    assert response["Content-Disposition"].startswith("attachment;")
    assert response["Cache-Control"] == "no-store"
    return response.content.decode()


def test_a_stix_export_validates_with_the_stix2_library(org_a, recorded) -> None:
    text = download(org_a, recorded, share_values="on")
    bundle = stix2.parse(text, allow_custom=False, version="2.1")
    indicators = [o for o in bundle.objects if o.type == "indicator"]
    assert len(indicators) == 6
    for indicator in indicators:
        assert run_validator(indicator.pattern, stix_version="2.1") == []
        assert indicator.object_marking_refs == [stix2.TLP_AMBER.id]
    patterns = {i.pattern for i in indicators}
    phone = f"[user-account:extensions.'{stix.EXTENSION_ID}'.phone_number = '+8613800138000']"
    assert phone in patterns
    assert "[email-addr:value = 'o\\'brien@example.org']" in patterns
    assert (
        "[user-account:account_type = 'wechat' AND user-account:account_login = 'agent_wang']"
        in patterns
    )
    assert "[url:value = 'https://example.org/threat']" in patterns
    identity = next(o for o in bundle.objects if o.id == indicators[0].created_by_ref)
    assert (identity.name, identity.identity_class) == ("Org org-a", "organization")
    assert all(i.created_by_ref == identity.id for i in indicators)
    assert all(i.extensions[stix.EXTENSION_ID]["identifier_kind"] for i in indicators)
    relationships = [o for o in bundle.objects if o.type == "relationship"]
    campaign = next(o for o in bundle.objects if o.type == "campaign")
    assert {r.relationship_type for r in relationships} == {"indicates"}
    assert {r.target_ref for r in relationships} == {campaign.id}
    assert stix2.TLP_AMBER.id in {o.id for o in bundle.objects}


def test_an_export_holds_no_victim_data(org_a, recorded) -> None:
    for fmt in ("stix", "misp"):
        text = download(org_a, recorded, share_values="on", fmt=fmt)
        assert "AMN-" not in text
        assert "Aynur" not in text
        assert "Kashgar" not in text
        assert "incident" not in text.lower()


@pytest.mark.parametrize(
    ("tlp", "marking"),
    [("clear", stix2.TLP_WHITE), ("green", stix2.TLP_GREEN), ("red", stix2.TLP_RED)],
)
def test_the_chosen_tlp_marks_every_object(org_a, recorded, tlp, marking) -> None:
    bundle = stix2.parse(download(org_a, recorded[:1], share_values="on", tlp=tlp))
    assert marking.id in {o.id for o in bundle.objects}
    for obj in bundle.objects:
        if obj.type not in ("marking-definition", "identity", "extension-definition"):
            assert obj.object_marking_refs == [marking.id]


def test_without_share_values_only_joint_key_hashes_leave(org_a, recorded) -> None:
    text = download(org_a, recorded, joint_key=JOINT_KEY.hex())
    for value in ("8613800138000", "agent_wang"):
        assert value not in text
    assert "example.org" not in text
    bundle = stix2.parse(text, allow_custom=False, version="2.1")
    expected = keys.joint_digest(normalise("phone", "+8613800138000"), JOINT_KEY)
    assert f"[user-account:extensions.'{stix.EXTENSION_ID}'.joint_hash = '{expected}']" in {
        o.pattern for o in bundle.objects if o.type == "indicator"
    }
    assert (
        expected
        == crypto.keyed_hash(
            b"phone:+8613800138000", key=JOINT_KEY, person=b"amanat:ind-share"
        ).hex()
    )
    entry = AuditEntry.objects.get(tag="indicators:bundle:export")
    assert entry.payload["mode"] == "joint-hash"
    assert entry.payload["key"] == keys.fingerprint(JOINT_KEY)
    assert JOINT_KEY.hex() not in json.dumps(entry.payload)


def test_an_export_needs_values_or_a_joint_key_and_says_so(org_a, recorded) -> None:
    client = staff_client(org_a.analyst)
    response = post(client, EXPORT, {"indicators": recorded, "tlp": "amber", "fmt": "stix"})
    assert response.status_code == 400
    assert "tick “share the values”" in response.content.decode()
    bad = post(
        client,
        EXPORT,
        {"indicators": recorded, "tlp": "amber", "fmt": "stix", "joint_key": "zz"},
    )
    assert "64 to 128 hex digits" in bad.content.decode()
    assert not AuditEntry.objects.filter(tag="indicators:bundle:export").exists()


def test_every_exported_value_was_decrypted_with_an_audit_entry(org_a, recorded) -> None:
    download(org_a, recorded, share_values="on")
    assert AuditEntry.objects.filter(
        tag="indicators:indicator:decrypt", payload__purpose="export"
    ).count() == len(recorded)
    assert AuditEntry.objects.get(tag="indicators:bundle:export").payload["indicators"] == 6


def test_another_organisations_indicators_cannot_be_slipped_into_an_export(
    org_a, org_b, recorded
) -> None:
    client = staff_client(org_b.analyst)
    data = {"indicators": recorded, "tlp": "amber", "fmt": "stix", "share_values": "on"}
    response = post(client, EXPORT, data)
    assert response.status_code == 400
    assert "8613800138000" not in response.content.decode()


def test_a_misp_event_has_the_shape_misp_imports(org_a, recorded) -> None:
    event = json.loads(download(org_a, recorded, share_values="on", fmt="misp"))["Event"]
    assert {"uuid", "info", "date", "threat_level_id", "analysis", "distribution"} <= set(event)
    assert event["Orgc"]["name"] == "Org org-a"
    assert [tag["name"] for tag in event["Tag"]] == ["tlp:amber"]
    by_type = {(a["type"], a["category"], a["value"]) for a in event["Attribute"]}
    assert ("phone-number", "Person", "+8613800138000") in by_type
    assert ("email-src", "Payload delivery", "o'brien@example.org") in by_type
    assert ("domain", "Network activity", "example.org") in by_type
    assert not any(a["type"] == "text" for a in event["Attribute"])
    objects = {
        (o["name"], a["object_relation"], a["value"])
        for o in event["Object"]
        for a in o["Attribute"]
    }
    assert ("twitter-account", "name", "some_one") in objects
    assert ("user-account", "username", "agent_wang") in objects
    assert ("user-account", "account-type", "wechat") in objects
    every = event["Attribute"] + [a for o in event["Object"] for a in o["Attribute"]]
    assert all(a["to_ids"] is False for a in every)


def test_a_misp_event_with_a_joint_key_carries_hex_hashes(org_a, recorded) -> None:
    text = download(org_a, recorded, fmt="misp", joint_key=JOINT_KEY.hex())
    event = json.loads(text)["Event"]
    assert {a["type"] for a in event["Attribute"]} == {"hex"}
    assert "8613800138000" not in text

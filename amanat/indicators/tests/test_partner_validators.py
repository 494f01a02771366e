"""What partners run on our exports: stix2-validator in strict mode (no error, no warning) on
every kind of bundle, PyMISP's strict and lax event schemas and its loader, and our own reader
on what we wrote."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import jsonschema
import pymisp
import pytest
from pymisp import MISPEvent
from stix2validator import ValidationOptions, validate_string

from amanat.indicators import importing, stix
from amanat.indicators.models import SharingIdentity
from amanat.indicators.normalise import normalise
from amanat.indicators.tests.conftest import make_incident, post, record_on
from amanat.indicators.tests.test_export import EXPORT, JOINT_KEY
from amanat.testing.staff_login import staff_client

pytestmark = pytest.mark.django_db

STRICT = ValidationOptions(strict=True, strict_types=True, strict_properties=True, version="2.1")
SCHEMAS = Path(pymisp.__file__).parent / "data"
IDENTIFIERS = [
    ("phone", "+86 138 0013 8000", {}),
    ("email", "o'brien@example.org", {}),
    ("handle", "@agent_wang", {"platform": "wechat"}),
    ("handle", "agent_telegram", {"platform": "telegram"}),
    ("social", "https://x.com/Some_One", {"platform": "twitter"}),
    ("social", "some.page", {"platform": "facebook"}),
    ("url", "https://example.org/threat?utm_source=x", {}),
    ("domain", "example.org", {}),
]


@pytest.fixture
def recorded(org_a) -> list[int]:
    """Every kind of identifier, two of them on two incidents (so a campaign is exported)."""
    analyst = org_a.analyst
    first, second = make_incident(analyst), make_incident(analyst)
    for kind, value, options in IDENTIFIERS:
        record_on(first, analyst, kind, value, **options)
    record_on(second, analyst, "phone", "+86 138 0013 8000")
    record_on(second, analyst, "domain", "example.org")
    return [added for added in org_a.organisation.indicators.values_list("pk", flat=True)]


def export(org_a, ids: list[int], **fields: str) -> str:
    data = {"indicators": ids, "tlp": "amber", "fmt": "stix", **fields}
    response = post(staff_client(org_a.analyst), EXPORT, data)
    assert response.status_code == 200, response.content.decode()[:2000]
    return response.content.decode()


def strict_findings(text: str) -> list[str]:
    result = validate_string(text, STRICT)  # the bundle is one object: one result
    findings = [f"error {e}" for e in result.errors or []]
    findings += [f"warning {w}" for w in result.warnings or []]
    assert result.is_valid or findings, "invalid without a reason"
    return findings


BUNDLE_KINDS = {
    "values": {"share_values": "on"},
    "joint-key hashes": {"joint_key": JOINT_KEY.hex()},
    "values, TLP clear": {"share_values": "on", "tlp": "clear"},
    "values, TLP red": {"share_values": "on", "tlp": "red"},
}


@pytest.mark.parametrize("kind", list(BUNDLE_KINDS))
def test_every_bundle_kind_passes_the_strict_stix_validator(org_a, recorded, kind) -> None:
    text = export(org_a, recorded, **BUNDLE_KINDS[kind])
    assert strict_findings(text) == []
    assert '"campaign"' in text  # the clustered kind of bundle was the one checked


def test_a_bundle_with_one_identifier_and_no_campaign_passes_too(org_a, recorded) -> None:
    lone = make_incident(org_a.analyst)
    alone = record_on(lone, org_a.analyst, "email", "alone@example.net").sighting.indicator_id
    text = export(org_a, [alone], share_values="on")
    assert '"campaign"' not in text
    assert strict_findings(text) == []


def test_the_strict_validator_does_catch_what_we_used_to_write(org_a, recorded) -> None:
    """The check can fail: the old phone pattern and custom property are reported."""
    bundle = json.loads(export(org_a, recorded, share_values="on"))
    indicator = next(o for o in bundle["objects"] if o["type"] == "indicator")
    indicator["pattern"] = "[phone-number:value = '+8613800138000']"
    indicator["x_amanat_joint_hash"] = "0" * 64
    found = " ".join(strict_findings(json.dumps(bundle)))
    assert "'phone-number' is not a valid stix observable type" in found
    assert "x_amanat_joint_hash" in found


def test_the_producer_is_a_stored_random_uuid4_that_stays(org_a, recorded) -> None:
    first = json.loads(export(org_a, recorded[:1], share_values="on"))
    second = json.loads(export(org_a, recorded[:2], share_values="on"))
    stored = SharingIdentity.objects.get(organisation=org_a.organisation).uuid
    assert stored.version == 4
    producer = f"identity--{stored}"
    for bundle in (first, second):
        indicators = [o for o in bundle["objects"] if o["type"] == "indicator"]
        assert {o["created_by_ref"] for o in indicators} == {producer}
        assert producer in {o["id"] for o in bundle["objects"]}
    misp = json.loads(export(org_a, recorded[:1], share_values="on", fmt="misp"))
    assert misp["Event"]["Orgc"]["uuid"] == str(stored)


def test_other_organisations_get_other_identities(org_a, org_b, recorded) -> None:
    export(org_a, recorded[:1], share_values="on")
    theirs = make_incident(org_b.analyst)
    record_on(theirs, org_b.analyst, "email", "x@example.org")
    ids = list(org_b.organisation.indicators.values_list("pk", flat=True))
    data = {"indicators": ids, "tlp": "amber", "fmt": "stix", "share_values": "on"}
    assert post(staff_client(org_b.analyst), EXPORT, data).status_code == 200
    assert len(set(SharingIdentity.objects.values_list("uuid", flat=True))) == 2


def test_our_reader_reads_back_every_value_we_export(org_a, recorded) -> None:
    parsed = importing.read_bundle(export(org_a, recorded, share_values="on").encode())
    expected = {normalise(kind, value, **options) for kind, value, options in IDENTIFIERS}
    assert parsed.identifiers == expected
    assert parsed.unsupported == 0
    assert parsed.rejected == []


def test_our_reader_reads_back_joint_key_hashes(org_a, recorded) -> None:
    parsed = importing.read_bundle(export(org_a, recorded, joint_key=JOINT_KEY.hex()).encode())
    assert len(parsed.joint_hashes) == len(IDENTIFIERS)
    assert parsed.identifiers == set()
    assert parsed.unsupported == 0


def test_our_reader_still_reads_opencti_phone_numbers_and_old_hashes() -> None:
    old = stix.build_bundle(
        name="Partner",
        identity_uuid=uuid.uuid4(),
        identity_created=stix.DEFINED_ON,
        items=[],
        tlp="green",
        joint_key=None,
    )
    bundle = json.loads(old.serialize())
    template = {
        "type": "indicator", "spec_version": "2.1", "created": "2024-01-01T00:00:00.000Z",
        "modified": "2024-01-01T00:00:00.000Z", "pattern_type": "stix",
        "valid_from": "2024-01-01T00:00:00Z",
    }  # fmt: skip
    bundle["objects"] += [
        {**template, "id": f"indicator--{uuid.uuid4()}",
         "pattern": "[phone-number:value = '+8613800138000']"},
        {**template, "id": f"indicator--{uuid.uuid4()}",
         "pattern": f"[phone-number:x_amanat_joint_hash = '{'a' * 64}']"},
    ]  # fmt: skip
    parsed = importing.read_bundle(json.dumps(bundle).encode())
    assert parsed.identifiers == {normalise("phone", "+8613800138000")}
    assert parsed.joint_hashes == {"a" * 64}


@pytest.mark.parametrize("schema", ["schema.json", "schema-lax.json"])
@pytest.mark.parametrize("mode", ["values", "joint-key hashes"])
def test_a_misp_event_validates_against_pymisps_schemas(org_a, recorded, schema, mode) -> None:
    fields = {"fmt": "misp", **BUNDLE_KINDS[mode]}
    event = json.loads(export(org_a, recorded, **fields))
    loaded = json.loads((SCHEMAS / schema).read_text())
    if schema == "schema.json":  # MISP format 2.4 predates objects: those are checked against
        event["Event"].pop("Object", None)  # their templates (below), the rest against the schema
    jsonschema.validate(event, loaded)


def test_the_misp_schema_check_can_fail(org_a, recorded) -> None:
    event = json.loads(export(org_a, recorded, share_values="on", fmt="misp"))
    del event["Event"]["info"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(event, json.loads((SCHEMAS / "schema.json").read_text()))


def test_pymisp_loads_the_event_with_accounts_as_template_objects(org_a, recorded) -> None:
    text = export(org_a, recorded, share_values="on", fmt="misp")
    event = MISPEvent()
    event.load(text)
    names = sorted(o.name for o in event.objects)
    assert names == ["facebook-account", "telegram-account", "twitter-account", "user-account"]
    for obj in event.objects:
        template = json.loads(
            (SCHEMAS / "misp-objects" / "objects" / obj.name / "definition.json").read_text()
        )
        assert obj.template_uuid == template["uuid"]
        assert {a.object_relation for a in obj.attributes} <= set(template["attributes"])
        assert set(template.get("requiredOneOf", [])) & {a.object_relation for a in obj.attributes}
    telegram = next(o for o in event.objects if o.name == "telegram-account")
    assert telegram.get_attributes_by_relation("username")[0].value == "agent_telegram"
    types = {a.type for a in event.attributes}
    assert types == {"phone-number", "email-src", "url", "domain"}
    assert [t.name for t in event.tags] == ["tlp:amber"]

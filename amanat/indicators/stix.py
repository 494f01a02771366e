"""STIX 2.1 bundles of identifiers: built with the ``stix2`` library, read back with it.

Strict validators (``stix2-validator --strict --strict-types --strict-properties``) accept only
the object types and properties the specification defines; anything of ours travels through
STIX 2.1's extension mechanism instead: one ``extension-definition`` (a property extension,
:data:`EXTENSION_ID`) whose properties appear under ``extensions`` on the objects, and in
patterns as ``extensions.'<its id>'.<property>``. A new observable type (``new-sco``) is not
used: ``--strict-types`` refuses any type outside the specification, in a bundle or a pattern,
so a phone number is a ``user-account`` carrying the extension's ``phone_number``.

The mapping (docs/indicators.md, "STIX mapping"), the same both ways (``EXT`` is
:data:`EXTENSION_ID`):

=================  ================================================================
phone number       ``[user-account:extensions.'EXT'.phone_number = '+8613800138000']``
e-mail             ``[email-addr:value = 'a@example.org']``
messaging/social   ``[user-account:account_type = 'wechat' AND
                   user-account:account_login = 'name']``
link / domain      ``[url:value = '…']`` / ``[domain-name:value = 'example.org']``
joint-key hash     ``[<same object type>:extensions.'EXT'.joint_hash = '<64 hex digits>']``
=================  ================================================================

Read back too: OpenCTI's ``[phone-number:value = …]`` and our earlier
``x_amanat_joint_hash`` patterns, so older files still match.

A bundle holds: the TLP marking, the extension definition and its author (the Amanat project),
the producing organisation as an ``identity`` (a random UUIDv4 stored per organisation), one
``indicator`` per identifier (its kind, and the joint key's fingerprint, in the extension), and
— when identifiers were seen together — one ``campaign`` per cluster with ``indicates``
relationships. Never an incident, a person, a narrative or a count.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

import stix2
import stix2.v21 as sx

from amanat.indicators import keys
from amanat.indicators.normalise import (
    DOMAIN,
    EMAIL,
    HANDLE,
    PHONE,
    SOCIAL,
    URL,
    Normalised,
)

TLP = {"clear": sx.TLP_WHITE, "green": sx.TLP_GREEN, "amber": sx.TLP_AMBER, "red": sx.TLP_RED}
OBJECT_TYPE = {
    PHONE: "user-account",
    EMAIL: "email-addr",
    URL: "url",
    DOMAIN: "domain-name",
    HANDLE: "user-account",
    SOCIAL: "user-account",
}
# Fixed random UUIDv4s: one extension and one author for every deployment, so partners who
# meet our bundles from several organisations see the same definition each time.
EXTENSION_ID = "extension-definition--a559c790-0421-41b7-9c47-991d0c820903"
PROJECT_IDENTITY_ID = "identity--cea020f9-2ba8-4ac4-834e-11c8eaf74c37"
EXTENSION_VERSION = "1.0.0"
PHONE_PROPERTY = "phone_number"
JOINT_PROPERTY = "joint_hash"
LEGACY_JOINT_PROPERTY = "x_amanat_joint_hash"  # read only: bundles written before the extension
DEFINED_ON = datetime(2026, 12, 1, tzinfo=UTC)  # fixed: one definition object, not versions
SCHEMA = (
    "Amanat identifiers (property extension). On user-account: phone_number (string, E.164, "
    "e.g. +442079460000), a phone number used to call or message, or the login of an account "
    "tied to it. On user-account, email-addr, url and domain-name: joint_hash (string, 64 "
    "lowercase hex digits), BLAKE2b-256 keyed with a key both partners agreed out of band "
    "(personalisation 'amanat:ind-share') over '<kind>:<normalised value>', where kind is "
    "phone, email, handle, social, url or domain. On indicator: identifier_kind (one of those "
    "kinds) and joint_key_fingerprint (string, present when the pattern holds a joint_hash)."
)
NAMES = {
    PHONE: "Phone number",
    EMAIL: "E-mail address",
    HANDLE: "Messaging account",
    SOCIAL: "Social media account",
    URL: "Link",
    DOMAIN: "Domain name",
}
DESCRIPTION = (
    "An identifier used to harass or intimidate members of a diaspora community "
    "(transnational repression). No information about the people targeted is included."
)


@dataclass(frozen=True)
class ExportItem:
    identifier: Normalised
    first_seen: date
    group: int | None = None  # identifiers seen together share a group (a campaign)


def quote(value: str) -> str:
    """A STIX pattern string literal: backslash and quote escaped."""
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def _extension_path(object_type: str, prop: str) -> str:
    return f"{object_type}:extensions.'{EXTENSION_ID}'.{prop}"


def pattern_for(identifier: Normalised, joint_key: bytes | None = None) -> str:
    object_type = OBJECT_TYPE[identifier.kind]
    if joint_key is not None:
        digest = keys.joint_digest(identifier, joint_key)
        return f"[{_extension_path(object_type, JOINT_PROPERTY)} = {quote(digest)}]"
    if identifier.kind == PHONE:
        return f"[{_extension_path(object_type, PHONE_PROPERTY)} = {quote(identifier.value)}]"
    if identifier.kind in (HANDLE, SOCIAL):
        platform, name = identifier.value.split(":", 1)
        return (
            f"[user-account:account_type = {quote(platform)} AND "
            f"user-account:account_login = {quote(name)}]"
        )
    return f"[{object_type}:value = {quote(identifier.value)}]"


def project_identity() -> sx.Identity:
    """The extension definition's author: the software, the same in every deployment."""
    return sx.Identity(
        id=PROJECT_IDENTITY_ID,
        name="Amanat project",
        identity_class="organization",
        description="Authors of the Amanat software, which defines the extension used here.",
        created=DEFINED_ON,
        modified=DEFINED_ON,
    )


def extension_definition() -> sx.ExtensionDefinition:
    return sx.ExtensionDefinition(
        id=EXTENSION_ID,
        created_by_ref=PROJECT_IDENTITY_ID,
        name="Amanat identifiers",
        description="Phone numbers and joint-key hashes of identifiers used in harassment.",
        schema=SCHEMA,
        version=EXTENSION_VERSION,
        extension_types=["property-extension"],
        created=DEFINED_ON,
        modified=DEFINED_ON,
    )


def identity_for(name: str, identity_uuid: uuid.UUID, created: datetime) -> sx.Identity:
    """The producing organisation; its id is the random UUIDv4 stored for it."""
    return sx.Identity(
        id=f"identity--{identity_uuid}",
        name=name,
        identity_class="organization",
        created=created,
        modified=created,
    )


def _month(day: date) -> datetime:
    """Validity starts at the month: a day could be lined up with one reported call."""
    return datetime(day.year, day.month, 1, tzinfo=UTC)


def _extension(identifier: Normalised, joint_key: bytes | None) -> dict[str, Any]:
    values = {"extension_type": "property-extension", "identifier_kind": identifier.kind}
    if joint_key is not None:
        values["joint_key_fingerprint"] = keys.fingerprint(joint_key)
    return {EXTENSION_ID: values}


def build_bundle(
    *,
    name: str,
    identity_uuid: uuid.UUID,
    identity_created: datetime,
    items: list[ExportItem],
    tlp: str,
    joint_key: bytes | None,
) -> stix2.Bundle:
    marking = TLP[tlp]
    producer = identity_for(name, identity_uuid, identity_created)
    common: dict[str, Any] = {"created_by_ref": producer.id, "object_marking_refs": [marking.id]}
    suffix = f" (joint-key hash, key {keys.fingerprint(joint_key)})" if joint_key else ""
    objects: list[Any] = [marking, project_identity(), extension_definition(), producer]
    campaigns: dict[int, sx.Campaign] = {}
    for item in items:
        indicator = sx.Indicator(
            name=NAMES[item.identifier.kind] + suffix,
            description=DESCRIPTION,
            indicator_types=["malicious-activity"],
            pattern=pattern_for(item.identifier, joint_key),
            pattern_type="stix",
            valid_from=_month(item.first_seen),
            extensions=_extension(item.identifier, joint_key),
            **common,
        )
        objects.append(indicator)
        if item.group is None:
            continue
        if item.group not in campaigns:
            campaigns[item.group] = sx.Campaign(
                name=f"{name}: identifiers seen together ({len(campaigns) + 1})",
                description="Identifiers linked because they were used on the same cases.",
                **common,
            )
            objects.append(campaigns[item.group])
        objects.append(sx.Relationship(indicator, "indicates", campaigns[item.group], **common))
    return stix2.Bundle(objects=objects, allow_custom=False)


# --- reading a partner's bundle -------------------------------------------------------------

_ESCAPE = re.compile(r"\\(.)")
_HEX64 = re.compile(r"^[0-9a-f]{64}$")
EXTENDED = "ext:"  # a property of our extension, as comparisons() names it
VALUE_PATHS = {
    ("phone-number", "value"): PHONE,  # OpenCTI's custom observable
    ("user-account", EXTENDED + PHONE_PROPERTY): PHONE,
    ("email-addr", "value"): EMAIL,
    ("url", "value"): URL,
    ("domain-name", "value"): DOMAIN,
}


@dataclass(frozen=True)
class Found:
    """One identifier a partner's indicator names: a value (kind, text, platform) or a hash."""

    kind: str
    text: str
    platform: str = ""
    joint_hash: str = ""


def _children(node: Any) -> Iterator[Any]:
    for name in ("operands", "operand", "observation_expression", "expression"):
        child = getattr(node, name, None)
        if isinstance(child, list):
            yield from child
        elif child is not None:
            yield child


def observations(node: Any) -> Iterator[Any]:
    """Each ``[…]`` of a parsed pattern (through OR, AND, FOLLOWEDBY, qualifiers)."""
    if type(node).__name__ == "ObservationExpression":
        yield node
        return
    for child in _children(node):
        yield from observations(child)


def comparisons(node: Any) -> Iterator[tuple[str, str, str]]:
    """(object type, property, value) of each positive ``=`` on a string inside an observation."""
    if hasattr(node, "lhs") and hasattr(node, "rhs"):
        path = node.lhs
        value = getattr(node.rhs, "value", None)
        steps = [getattr(step, "property_name", "") for step in path.property_path]
        if steps[:2] == ["extensions", EXTENSION_ID] and len(steps) == 3:
            steps = [EXTENDED + steps[2]]
        if node.operator == "=" and not node.negated and isinstance(value, str) and len(steps) == 1:
            yield path.object_type_name, steps[0], _ESCAPE.sub(r"\1", value)
        return
    for child in _children(node):
        yield from comparisons(child)


def found_in(observation: Any) -> list[Found]:
    """What one observation names, following the mapping above; [] when not understood."""
    found = []
    terms = list(comparisons(observation))
    accounts = {prop: value for kind, prop, value in terms if kind == "user-account"}
    for object_type, prop, value in terms:
        if prop in (EXTENDED + JOINT_PROPERTY, LEGACY_JOINT_PROPERTY):
            found.append(Found("", "", joint_hash=value.lower()))
        elif (object_type, prop) in VALUE_PATHS:
            found.append(Found(VALUE_PATHS[object_type, prop], value))
    if "account_login" in accounts and "account_type" in accounts:
        found.append(Found("account", accounts["account_login"], accounts["account_type"]))
    return found


def valid_joint_hash(text: str) -> bool:
    return bool(_HEX64.match(text))

"""STIX 2.1 bundles of identifiers: built with the ``stix2`` library, read back with it.

The mapping (docs/indicators.md, "STIX mapping"), the same both ways:

=================  ================================================================
phone number       ``[phone-number:value = '+8613800138000']`` (STIX 2.1 has no phone
                   object; ``phone-number`` is the type OpenCTI uses)
e-mail             ``[email-addr:value = 'a@example.org']``
messaging/social   ``[user-account:account_type = 'wechat' AND
                   user-account:account_login = 'name']``
link / domain      ``[url:value = '…']`` / ``[domain-name:value = 'example.org']``
joint-key hash     ``[<same object type>:x_amanat_joint_hash = '<64 hex digits>']``
=================  ================================================================

A bundle holds: the TLP marking, the producing organisation as an ``identity``, one
``indicator`` per identifier, and — when identifiers were seen together — one ``campaign`` per
cluster with ``indicates`` relationships. Never an incident, a person, a narrative or a count.
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
    PHONE: "phone-number",
    EMAIL: "email-addr",
    URL: "url",
    DOMAIN: "domain-name",
    HANDLE: "user-account",
    SOCIAL: "user-account",
}
JOINT_PROPERTY = "x_amanat_joint_hash"
NAMESPACE = uuid.UUID("0f6d5cf0-5d1e-4a43-9a3e-6a6d616e6174")  # Amanat's, for identity ids
IDENTITY_CREATED = datetime(2024, 1, 1, tzinfo=UTC)  # fixed: one identity object, not versions
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


def pattern_for(identifier: Normalised, joint_key: bytes | None = None) -> str:
    object_type = OBJECT_TYPE[identifier.kind]
    if joint_key is not None:
        digest = keys.joint_digest(identifier, joint_key)
        return f"[{object_type}:{JOINT_PROPERTY} = {quote(digest)}]"
    if identifier.kind in (HANDLE, SOCIAL):
        platform, name = identifier.value.split(":", 1)
        return (
            f"[user-account:account_type = {quote(platform)} AND "
            f"user-account:account_login = {quote(name)}]"
        )
    return f"[{object_type}:value = {quote(identifier.value)}]"


def identity_for(name: str, slug: str) -> sx.Identity:
    return sx.Identity(
        id=f"identity--{uuid.uuid5(NAMESPACE, f'amanat-organisation:{slug}')}",
        name=name,
        identity_class="organization",
        created=IDENTITY_CREATED,
        modified=IDENTITY_CREATED,
    )


def _month(day: date) -> datetime:
    """Validity starts at the month: a day could be lined up with one reported call."""
    return datetime(day.year, day.month, 1, tzinfo=UTC)


def build_bundle(
    *, name: str, slug: str, items: list[ExportItem], tlp: str, joint_key: bytes | None
) -> stix2.Bundle:
    marking = TLP[tlp]
    producer = identity_for(name, slug)
    common: dict[str, Any] = {"created_by_ref": producer.id, "object_marking_refs": [marking.id]}
    suffix = f" (joint-key hash, key {keys.fingerprint(joint_key)})" if joint_key else ""
    objects: list[Any] = [marking, producer]
    campaigns: dict[int, sx.Campaign] = {}
    for item in items:
        indicator = sx.Indicator(
            name=NAMES[item.identifier.kind] + suffix,
            description=DESCRIPTION,
            indicator_types=["malicious-activity"],
            pattern=pattern_for(item.identifier, joint_key),
            pattern_type="stix",
            valid_from=_month(item.first_seen),
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
VALUE_PATHS = {
    ("phone-number", "value"): PHONE,
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
        if prop == JOINT_PROPERTY:
            found.append(Found("", "", joint_hash=value.lower()))
        elif (object_type, prop) in VALUE_PATHS:
            found.append(Found(VALUE_PATHS[object_type, prop], value))
    if "account_login" in accounts and "account_type" in accounts:
        found.append(Found("account", accounts["account_login"], accounts["account_type"]))
    return found


def valid_joint_hash(text: str) -> bool:
    return bool(_HEX64.match(text))

"""Exports for partners and matching of a partner's file: decrypt (audited), build, audit.

An export holds identifiers only — in clear when the analyst ticks "share values", otherwise
as keyed hashes under a joint key both partners agreed out of band (never stored here). An
import sends nothing back: the partner's file learns nothing, and only the analyst sees which
of our incidents match. The protocol and its limits: docs/indicators.md.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from amanat.accounts.access import SignedIn
from amanat.audit.actions import record
from amanat.audit.tags import EventTag
from amanat.core.time import today
from amanat.incidents.queries import Coded
from amanat.indicators import keys, misp, queries, stix
from amanat.indicators.access import indicators_visible_to
from amanat.indicators.importing import Parsed
from amanat.indicators.models import CampaignMember, Indicator, SharingIdentity
from amanat.indicators.normalise import Normalised
from amanat.indicators.reading import open_many
from amanat.keys.models import Organisation

STIX, MISP = "stix", "misp"


@dataclass(frozen=True)
class ExportChoice:
    indicator_ids: list[int]
    tlp: str
    fmt: str
    joint_key: bytes | None  # None: values in clear (the analyst ticked "share values")


@dataclass(frozen=True)
class ExportFile:
    name: str
    content: bytes
    content_type: str
    count: int
    locked: int  # chosen identifiers this analyst holds no key to (left out)


def _groups(indicator_ids: list[int]) -> dict[int, int]:
    """indicator → campaign, for identifiers that are clustered (not too common)."""
    rows = CampaignMember.objects.filter(
        incident__indicator_sightings__indicator_id__in=indicator_ids,
        incident__indicator_sightings__indicator__too_common=False,
    ).values_list("incident__indicator_sightings__indicator_id", "campaign_id")
    return dict(sorted(rows, reverse=True))


def sharing_identity(org: Organisation) -> SharingIdentity:
    """The organisation's stored random UUIDv4, drawn on its first export."""
    identity, _created = SharingIdentity.objects.get_or_create(
        organisation=org, defaults={"created_at": datetime.now(UTC).replace(microsecond=0)}
    )
    return identity


def export(signed: SignedIn, choice: ExportChoice) -> ExportFile:
    member = signed.member
    chosen = list(
        indicators_visible_to(member)
        .filter(pk__in=choice.indicator_ids)
        .select_related("envelope")
        .order_by("pk")
    )
    opened = open_many(chosen, signed, purpose="export")
    groups = _groups([o.indicator.pk for o in opened if o.identifier is not None])
    items = [
        stix.ExportItem(o.identifier, o.indicator.first_seen_on, groups.get(o.indicator.pk))
        for o in opened
        if o.identifier is not None
    ]
    org = member.organisation
    identity = sharing_identity(org)
    args: dict[str, Any] = {
        "name": org.name,
        "identity_uuid": identity.uuid,
        "tlp": choice.tlp,
        "joint_key": choice.joint_key,
    }
    if choice.fmt == STIX:
        bundle = stix.build_bundle(items=items, identity_created=identity.created_at, **args)
        content, suffix, ctype = (
            bundle.serialize(pretty=True).encode(),
            "stix.json",
            "application/stix+json",
        )
    else:
        event = misp.build_event(items=items, **args)
        content, suffix, ctype = (
            json.dumps(event, indent=2).encode(),
            "misp.json",
            "application/json",
        )
    record(
        EventTag.INDICATORS_EXPORT,
        actor=member,
        payload={
            "format": choice.fmt,
            "tlp": choice.tlp,
            "indicators": len(items),
            "mode": "values" if choice.joint_key is None else "joint-hash",
            "key": keys.fingerprint(choice.joint_key) if choice.joint_key else "",
        },
    )
    name = f"amanat-{org.slug}-{today():%Y%m%d}-{suffix}"
    return ExportFile(name, content, ctype, len(items), len(chosen) - len(items))


@dataclass
class Match:
    indicator: Indicator
    shown: str  # the partner's value as they wrote it, or the hash
    incidents: list[Coded]


@dataclass
class ImportReport:
    parsed: Parsed
    matches: list[Match] = field(default_factory=list)
    locked: int = 0  # our identifiers not compared (no key to them) in joint-hash mode

    @property
    def incident_count(self) -> int:
        return len({row.incident.pk for m in self.matches for row in m.incidents})


def _by_value(signed: SignedIn, identifiers: set[Normalised]) -> list[Match]:
    org = signed.member.organisation
    org_key = keys.organisation_key(org.slug)
    wanted = defaultdict(list)
    for identifier in identifiers:
        wanted[keys.digest(identifier, org_key)].append(identifier)
    found = indicators_visible_to(signed.member).filter(digest__in=list(wanted))
    matches = []
    for indicator in found:
        identifier = wanted[bytes(indicator.digest)][0]
        rows = queries.incidents_sharing(signed.member, indicator)
        matches.append(Match(indicator, identifier.value, rows))
    return matches


def _by_joint_hash(signed: SignedIn, hashes: set[str], joint_key: bytes) -> tuple[list[Match], int]:
    """Our identifiers hashed under the joint key (each opened, audited) and compared."""
    ours = indicators_visible_to(signed.member).select_related("envelope").order_by("pk")
    opened = open_many(ours, signed, purpose="joint-key-match")
    matches = []
    for item in opened:
        if item.identifier is None:
            continue
        digest = keys.joint_digest(item.identifier, joint_key)
        if digest in hashes:
            rows = queries.incidents_sharing(signed.member, item.indicator)
            matches.append(Match(item.indicator, digest, rows))
    return matches, sum(1 for item in opened if item.identifier is None)


def match(signed: SignedIn, parsed: Parsed, joint_key: bytes | None) -> ImportReport:
    """Which of our incidents share the file's identifiers; audited, nothing else written."""
    report = ImportReport(parsed, _by_value(signed, parsed.identifiers))
    if parsed.joint_hashes and joint_key is not None:
        hashed, report.locked = _by_joint_hash(signed, parsed.joint_hashes, joint_key)
        report.matches += hashed
    record(
        EventTag.INDICATORS_IMPORT,
        actor=signed.member,
        payload={
            "ok": True,
            "indicators": parsed.indicators,
            "values": len(parsed.identifiers),
            "hashes": len(parsed.joint_hashes),
            "matched": len(report.matches),
            "incidents": report.incident_count,
        },
    )
    return report


def refused(signed: SignedIn, reason: str) -> None:
    """A file we could not read is audited too (who tried, not what it held)."""
    record(
        EventTag.INDICATORS_IMPORT,
        actor=signed.member,
        payload={"ok": False, "reason": reason},
    )

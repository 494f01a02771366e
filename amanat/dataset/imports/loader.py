"""Writing many coded incidents at once (imports and the synthetic generator).

Each incident gets its own envelope (the model's one-to-one) and its summary is encrypted under
it, exactly as casework stores a coded incident; sources, tactics, channels and the
:class:`ImportedRow` that records where it came from are written in the same transaction as
multi-row INSERTs (``bulk.py``). Imported incidents get one fresh data key each, sealed to the
organisation's readers; a synthetic batch shares one key sealed once (see ``demo.py``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from amanat.core import crypto
from amanat.core.ids import new_public_id
from amanat.dataset.imports import bulk
from amanat.dataset.models import ImportBatch, ImportedRow
from amanat.incidents.models import (
    CODED_FIELDS,
    ENCRYPTED_TEXTS,
    Incident,
    IncidentChannel,
    IncidentTactic,
    Source,
)
from amanat.keys import keyring
from amanat.keys.models import Envelope, Organisation, SealedKey

SOURCE_KIND = "other"
SOURCE_GRADE = ("F", 6)  # an imported citation's reliability cannot be judged here
CODED = CODED_FIELDS
_INCIDENT_FIELDS = (
    "organisation",
    "codebook",
    "envelope",
    *ENCRYPTED_TEXTS,
    "created_on",
    "updated_on",
    *CODED,
    "public_id",  # the ORM's default does not run for bulk rows: each gets its own here
)


@dataclass
class NewIncident:
    fields: dict[str, Any]  # every name in CODED
    tactics: list[str]
    channels: list[str] = field(default_factory=list)
    citations: list[str] = field(default_factory=list)
    summary: str = ""
    row_number: int = 0
    row_key: str = ""
    synthetic: bool = False  # generated demo data: its batch says so (import keeps the mark)


@dataclass
class Sealing:
    """A data key sealed once to each reader (one per incident, or one per synthetic batch)."""

    data_key: bytes
    sealed: list[tuple[keyring.SealTarget, bytes]]

    @classmethod
    def fresh(cls, targets: list[keyring.SealTarget]) -> Sealing:
        data_key = crypto.new_data_key()
        return cls(data_key, [(t, crypto.seal(t.public_key, data_key)) for t in targets])


def _sealed_keys(envelopes: list[int], sealings: list[Sealing]) -> list[tuple[Any, ...]]:
    return [
        (env, target.recipient, target.staff_member_id, blob)
        for env, sealing in zip(envelopes, sealings, strict=True)
        for target, blob in sealing.sealed
    ]


def _incident_row(
    org: int, codebook_id: int, envelope: int, item: NewIncident, sealing: Sealing, day: Any
) -> tuple[Any, ...]:
    aad = f"amanat:incident:{envelope}:"  # keyring.aad_for(envelope, name), without a query
    values = dict(item.fields)
    for name in ("date_start", "date_end"):
        values[name] = bulk.day(values[name]) if values.get(name) else None
    summary = crypto.encrypt(
        sealing.data_key, item.summary.encode(), aad=(aad + "summary").encode()
    )
    evidence = crypto.encrypt(sealing.data_key, b"", aad=(aad + "perpetrator_evidence").encode())
    return (
        org,
        codebook_id,
        envelope,
        summary,
        evidence,
        day,
        day,
        *(values[name] for name in CODED),
        new_public_id(),
    )


def load(
    organisation: Organisation,
    batch: ImportBatch,
    items: list[NewIncident],
    *,
    codebook_id: int,
    day: Any,
    shared: Sealing | None = None,
) -> list[int]:
    """Insert the incidents (caller's transaction); their new ids, in order."""
    if not items:
        return []
    org, when = organisation.pk, bulk.day(day)
    targets = keyring.content_targets(organisation) if shared is None else []
    sealings = [shared or Sealing.fresh(targets) for _ in items]
    envelopes = bulk.insert(
        Envelope, ("organisation", "purpose"), [(org, "incident")] * len(items), returning=True
    )
    bulk.insert(
        SealedKey,
        ("envelope", "recipient", "staff_member", "sealed"),
        _sealed_keys(envelopes, sealings),
    )
    rows = [
        _incident_row(org, codebook_id, env, item, sealing, when)
        for env, item, sealing in zip(envelopes, items, sealings, strict=True)
    ]
    ids = bulk.insert(Incident, _INCIDENT_FIELDS, rows, returning=True)
    pairs = list(zip(ids, items, strict=True))
    bulk.insert(
        IncidentTactic,
        ("incident", "code"),
        [(i, code) for i, item in pairs for code in dict.fromkeys(item.tactics)],
    )
    bulk.insert(
        IncidentChannel,
        ("incident", "code"),
        [(i, code) for i, item in pairs for code in dict.fromkeys(item.channels)],
    )
    bulk.insert(
        Source,
        ("incident", "kind", "citation", "reliability", "credibility", "added_on"),
        [
            (i, SOURCE_KIND, citation[:500], *SOURCE_GRADE, when)
            for i, item in pairs
            for citation in item.citations
        ],
    )
    bulk.insert(
        ImportedRow,
        ("organisation", "batch", "incident", "row_number", "row_key"),
        [(org, batch.pk, i, item.row_number, item.row_key) for i, item in pairs],
    )
    return ids

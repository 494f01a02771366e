"""Dataset rows read from the database in constant memory, for exports and releases.

Incidents are read in primary-key order, a chunk at a time (keyset pagination: ``pk > last``,
so each chunk is an index range scan however deep the export is), with their tactics, channels,
source counts and synthetic flags fetched for that chunk only: five queries per chunk, memory
bounded by the chunk size whatever the number of rows. Only coded columns are selected; the
encrypted fields are never read.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

from django.db.models import Count, Q, QuerySet

from amanat.core import crypto
from amanat.core.time import today
from amanat.dataset.models import DatasetKey, ImportedRow
from amanat.incidents import models as incident_models
from amanat.incidents.models import (
    Codebook,
    Incident,
    IncidentChannel,
    IncidentTactic,
    Source,
)
from amanat.keys.models import Organisation

CHUNK = 2000
# The incident's coded fields without the end date (rows carry the start), with the row id and
# codebook for the server side; the order is the order ``CodedRow`` is built in.
CODED_FIELDS = (
    "pk",
    *(name for name in incident_models.CODED_FIELDS if not name.startswith("date_end")),
    "codebook_id",
)


@dataclass(frozen=True, slots=True)
class CodedRow:
    """One incident's coded fields; ``pk`` stays on the server (manifests, never files)."""

    pk: int
    incident_code: str
    year: int | None
    date_precision: str
    host_country: str
    origin_state: str
    community: str
    stage: str
    tactics: tuple[str, ...]
    perpetrator: str
    channels: tuple[str, ...]
    response: str
    verification: str
    sensitivity: str
    source_count: int
    codebook_version: str
    synthetic: bool


def organisation_key(organisation: Organisation | int) -> bytes:
    """The organisation's pseudonym key, created on first use."""
    org_id = organisation if isinstance(organisation, int) else organisation.pk
    found, _created = DatasetKey.objects.get_or_create(
        organisation_id=org_id,
        defaults={"key": crypto.random_bytes(32), "created_on": today()},
    )
    return bytes(found.key)


def row_key(key: bytes, text: str) -> str:
    """The keyed hash that identifies an imported source row (hex; never the row itself)."""
    return crypto.keyed_hash(text.encode(), person=b"amanat:row-key", key=key).hex()


CODE_PERSON = b"amanat:incident"


def incident_code(key: bytes, pk: int) -> str:
    """A stable pseudonym: the same incident has the same code in every release.

    BLAKE2b keyed with the organisation's key, personalised — ``crypto.keyed_hash`` exactly
    (a test checks it), through hashlib's C implementation: a million-row export calls it a
    million times and the binding's per-call argument checks cost twenty times the hash.
    """
    digest = hashlib.blake2b(str(pk).encode(), digest_size=8, key=key, person=CODE_PERSON)
    return "I" + digest.hexdigest().upper()


def _grouped(pairs: Iterator[tuple[int, str]]) -> dict[int, list[str]]:
    grouped: dict[int, list[str]] = defaultdict(list)
    for pk, code in pairs:
        grouped[pk].append(code)
    return grouped


def _chunk_filter(pks: list[int]) -> Q:
    """Rows of these incidents: an id range when the chunk is dense (one index range scan, no
    thousands of bound parameters), the ids themselves when a filter made it sparse. Rows of
    other incidents in the range are simply never looked up."""
    if pks[-1] - pks[0] < 2 * len(pks):
        return Q(incident_id__gte=pks[0], incident_id__lte=pks[-1])
    return Q(incident_id__in=pks)


def coded_rows(
    incidents: QuerySet[Incident], key: bytes, *, chunk: int = CHUNK, limit: int | None = None
) -> Iterator[CodedRow]:
    """Every incident of the queryset (at most ``limit``) as a :class:`CodedRow`, in primary-key
    order."""
    versions = dict(Codebook.objects.values_list("pk", "version"))
    ordered = incidents.order_by("pk").values_list(*CODED_FIELDS)
    last, left = 0, limit if limit is not None else -1
    while left != 0:
        size = chunk if left < 0 else min(chunk, left)
        batch = list(ordered.filter(pk__gt=last)[:size])
        if not batch:
            return
        left -= len(batch) if left > 0 else 0
        pks = [row[0] for row in batch]
        last = pks[-1]
        chunk_of = _chunk_filter(pks)
        tactics = _grouped(
            IncidentTactic.objects.filter(chunk_of)
            .order_by("pk")
            .values_list("incident_id", "code")
            .iterator()
        )
        channels = _grouped(
            IncidentChannel.objects.filter(chunk_of)
            .order_by("pk")
            .values_list("incident_id", "code")
            .iterator()
        )
        sources = dict(
            Source.objects.filter(chunk_of)
            .order_by()
            .values("incident_id")
            .annotate(n=Count("pk"))
            .values_list("incident_id", "n")
        )
        synthetic = set(
            ImportedRow.objects.filter(chunk_of, batch__synthetic=True).values_list(
                "incident_id", flat=True
            )
        )
        for pk, start, precision, host, origin, community, stage, *rest in batch:
            perpetrator, response, verification, sensitivity, codebook_id = rest
            yield CodedRow(
                pk=pk,
                incident_code=incident_code(key, pk),
                year=start.year if start is not None else None,
                date_precision=precision,
                host_country=host,
                origin_state=origin,
                community=community,
                stage=stage,
                tactics=tuple(tactics.get(pk, ())),
                perpetrator=perpetrator,
                channels=tuple(channels.get(pk, ())),
                response=response,
                verification=verification,
                sensitivity=sensitivity,
                source_count=sources.get(pk, 0),
                codebook_version=versions.get(codebook_id, ""),
                synthetic=pk in synthetic,
            )

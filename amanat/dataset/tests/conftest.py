"""Dataset fixtures: coded incidents made by the real writers, release files in a temporary
data directory, and a fresh analytics cache for every test."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest

from amanat.core.time import today
from amanat.dataset.analytics import snapshot
from amanat.dataset.imports.loader import NewIncident, load
from amanat.dataset.models import ImportBatch, ImportFormat
from amanat.dataset.releases.rows import organisation_key, row_key
from amanat.incidents import codebook
from amanat.keys.models import Organisation

CODED: dict[str, Any] = {
    "date_start": date(2019, 5, 1),
    "date_start_precision": "month",
    "date_end": None,
    "date_end_precision": "",
    "host_country": "TR",
    "origin_state": "CN",
    "community": "uyghur",
    "stage": "stage1",
    "perpetrator": "state_security",
    "response": "refused",
    "verification": "corroborated",
    "sensitivity": "public",
}


@pytest.fixture(autouse=True)
def _fresh_analytics(settings, tmp_path) -> Iterator[None]:
    """Release files in this test's own folder; no snapshot carried over from another test
    (test transactions roll back, so data versions repeat across tests)."""
    settings.DATA_DIR = tmp_path
    snapshot.clear()
    yield
    snapshot.clear()


def make_incidents(
    organisation: Organisation,
    rows: list[dict[str, Any]],
    *,
    synthetic: bool = False,
    summary: str = "",
) -> list[int]:
    """Coded incidents through the dataset's loader (the path imports use), one per row.

    A row holds coded fields to override, plus ``tactics``, ``channels`` and ``sources``.
    Corroborated rows get two independent sources unless ``sources`` is given.
    """
    book = codebook.current()
    batch = ImportBatch.objects.create(
        organisation=organisation,
        created_on=today(),
        source_format=ImportFormat.SYNTHETIC if synthetic else ImportFormat.CSV,
        synthetic=synthetic,
    )
    key = organisation_key(organisation)
    items = []
    for number, row in enumerate(rows, start=1):
        fields = {**CODED, **{k: v for k, v in row.items() if k in CODED}}
        default_sources = 2 if fields["verification"] == "corroborated" else 0
        sources = row.get(
            "sources", [f"Report {n} of row {number}" for n in range(default_sources)]
        )
        items.append(
            NewIncident(
                fields=fields,
                tactics=list(row.get("tactics", ["threat_to_family"])),
                channels=list(row.get("channels", [])),
                citations=sources,
                summary=row.get("summary", summary),
                row_number=number,
                row_key=row_key(key, f"test:{batch.pk}:{number}"),
            )
        )
    return load(organisation, batch, items, codebook_id=book.pk, day=today())

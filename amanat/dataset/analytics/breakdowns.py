"""Counts of coded incidents by year, host country, tactic and stage, over an Arrow snapshot.

An incident counts once in each breakdown, except by tactic, where it counts once per tactic it
involves (so the tactic counts add up to more than the total; the table says so). Unknown years
and countries are their own row, never dropped silently.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from amanat.core.names import collated
from amanat.dataset.analytics.snapshot import Snapshot
from amanat.dataset.filters import DatasetFilter
from amanat.incidents import codebook
from amanat.incidents.codebook import Book

UNKNOWN = ""
DIMENSIONS = {
    "year": gettext_lazy("Incidents by year"),
    "host_country": gettext_lazy("Incidents by host country"),
    "tactic": gettext_lazy("Incidents by tactic"),
    "stage": gettext_lazy("Incidents by stage"),
}


@dataclass(frozen=True)
class Cell:
    code: str
    label: str
    count: int


@dataclass
class Breakdown:
    key: str
    title: str
    cells: list[Cell] = field(default_factory=list)
    note: str = ""

    @property
    def peak(self) -> int:
        return max((cell.count for cell in self.cells), default=0)

    def as_json(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "title": self.title,
            "cells": [{"code": c.code, "label": c.label, "count": c.count} for c in self.cells],
        }


@dataclass
class Dashboard:
    total: int
    synthetic: int
    breakdowns: dict[str, Breakdown]


def _counts(values: pa.Array) -> dict[Any, int]:
    counted = pc.value_counts(values)
    keys = counted.field("values")
    if pa.types.is_dictionary(keys.type):
        keys = keys.cast(keys.type.value_type)
    return dict(zip(keys.to_pylist(), counted.field("counts").to_pylist(), strict=True))


def _years(counts: dict[Any, int]) -> list[Cell]:
    known = sorted(year for year in counts if year is not None)
    cells = []
    if known:
        cells = [Cell(str(y), str(y), counts.get(y, 0)) for y in range(known[0], known[-1] + 1)]
    if counts.get(None):
        cells.append(Cell(UNKNOWN, _("unknown"), counts[None]))
    return cells


def _countries(counts: dict[Any, int]) -> list[Cell]:
    cells = [
        Cell(iso, codebook.country_name(iso) if iso else _("unknown"), n)
        for iso, n in counts.items()
    ]
    named = collated(cells, lambda cell: cell.label)  # ties in the reader's alphabetical order
    return sorted(named, key=lambda cell: -cell.count)


def _coded(counts: dict[Any, int], book: Book, name: str) -> list[Cell]:
    """Codebook order, every code shown (zero included), then codes of other versions."""
    cells = [Cell(e.code, e.label(), counts.get(e.code, 0)) for e in book.entries(name)]
    listed = {cell.code for cell in cells}
    cells += [
        Cell(code, code, n) for code, n in sorted(counts.items()) if code and code not in listed
    ]
    if counts.get(UNKNOWN):  # left "not stated" by the analyst: its own row, never a code's
        cells.append(Cell(UNKNOWN, _("not stated"), counts[UNKNOWN]))
    return cells


def compute(snapshot: Snapshot, selection: DatasetFilter, book: Book) -> Dashboard:
    """Every breakdown of the dashboard for one filter: one mask, four counts."""
    keep = selection.mask(snapshot)
    table = snapshot.table.filter(keep)
    tactic_keep = pc.take(keep, snapshot.tactic_rows)
    tactics = pc.filter(snapshot.tactic_codes, tactic_keep)
    breakdowns = {
        "year": Breakdown("year", str(DIMENSIONS["year"]), _years(_counts(table["year"]))),
        "host_country": Breakdown(
            "host_country",
            str(DIMENSIONS["host_country"]),
            _countries(_counts(table["host_country"])),
        ),
        "tactic": Breakdown(
            "tactic",
            str(DIMENSIONS["tactic"]),
            _coded(_counts(tactics), book, codebook.TACTIC),
            _("An incident with several tactics counts once under each of them."),
        ),
        "stage": Breakdown(
            "stage", str(DIMENSIONS["stage"]), _coded(_counts(table["stage"]), book, codebook.STAGE)
        ),
    }
    synthetic = int(pc.sum(table["synthetic"]).as_py() or 0)
    return Dashboard(total=table.num_rows, synthetic=synthetic, breakdowns=breakdowns)

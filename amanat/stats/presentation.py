"""Published tables as pages and JSON: labels in the reader's language, suppressed cells marked.

Only what was stored at publication is shown, labels included (``PublishedTable.labels``, in
every interface language): nothing here reads incidents or the codebook.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _

from amanat.dataset.breakdowns import Cell
from amanat.dataset.charts import BarChart, bars
from amanat.dataset.models import Release
from amanat.stats.models import PublishedTable

TITLES = {
    "by_year": gettext_lazy("Incidents by year"),
    "by_host_country": gettext_lazy("Incidents by host country"),
    "by_stage": gettext_lazy("Incidents by stage"),
    "by_tactic": gettext_lazy("Incidents by tactic (each incident under at most 3 tactics)"),
    "year_by_stage": gettext_lazy("Incidents by year and stage"),
}


def _stored(table: PublishedTable, dimension: str, code: str) -> str:
    """The label stored at publication, in the reader's language, its base language or English."""
    wanted = (get_language() or "en").lower().replace("_", "-")
    labels = table.labels
    found = labels.get(wanted) or labels.get(wanted.split("-")[0]) or labels.get("en", {})
    return str(found.get(dimension, {}).get(code) or code)


def label(table: PublishedTable, dimension: str, code: str) -> str:
    if dimension == "year":
        if code == "unknown":
            return _("unknown")
        if code.startswith("<"):
            return _("before %(year)s") % {"year": code[1:]}
        if code.startswith(">"):
            return _("after %(year)s") % {"year": code[1:]}
        return code
    if dimension == "host_country" and not code:
        return _("unknown")
    if not code:
        return _("not stated")
    return _stored(table, dimension, code)


@dataclass
class Line:
    code: str
    label: str
    value: int | None
    values: list[int | None] = field(default_factory=list)


@dataclass
class TableView:
    table: PublishedTable
    title: str
    lines: list[Line]
    columns: list[str]
    chart: BarChart | None
    hidden: int


def view(table: PublishedTable) -> TableView:
    title = str(TITLES.get(table.key, table.key))
    row_labels = [label(table, table.row_dimension, code) for code in table.row_codes]
    if table.column_dimension:
        columns = [label(table, table.column_dimension, code) for code in table.column_codes]
        lines = [
            Line(code, name, total, values)
            for code, name, values, total in zip(
                table.row_codes, row_labels, table.cells, table.row_totals, strict=True
            )
        ]
        hidden = sum(value is None for line in lines for value in line.values)
        return TableView(table, title, lines, columns, None, hidden)
    all_lines = [
        Line(code, name, value)
        for code, name, value in zip(table.row_codes, row_labels, table.cells, strict=True)
    ]
    lines = [line for line in all_lines if line.value is not None]
    if table.row_dimension in ("host_country",):
        lines.sort(key=lambda line: -(line.value or 0))
    cells = [Cell(line.code, line.label, line.value or 0) for line in lines]
    hidden = len(all_lines) - len(lines)
    return TableView(table, title, lines, [], bars(title, cells, limit=30), hidden)


def release_json(release: Release, spent: float, total: float) -> dict[str, Any]:
    return {
        "id": release.pk,
        "organisation": release.organisation.name,
        "number": release.number,
        "title": release.title,
        "published_on": release.published_on.isoformat() if release.published_on else None,
        "codebook_version": release.codebook.version,
        "licence": release.licence,
        "synthetic_rows_in_release": release.synthetic_rows,
        "privacy": {"unit": "incident", "epsilon_total": total, "epsilon_spent": spent},
        "url": f"/stats/api/releases/{release.pk}.json",
    }


def table_json(table: PublishedTable) -> dict[str, Any]:
    return {
        "key": table.key,
        "rows": table.row_dimension,
        "columns": table.column_dimension or None,
        "row_codes": table.row_codes,
        "column_codes": table.column_codes or None,
        "cells": table.cells,
        "row_totals": table.row_totals or None,
        "column_totals": table.column_totals or None,
        "total": table.total,
        "suppressed": "null marks a suppressed cell (below the minimum, or protecting one)",
        "min_cell": table.min_cell,
        "noise": {
            "mechanism": table.mechanism,
            "epsilon": table.epsilon,
            "scale": table.scale,
            "l1_sensitivity": table.sensitivity,
            "accuracy_95": table.accuracy,
        },
    }

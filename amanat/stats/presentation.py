"""Published tables as pages and JSON: labels in the reader's language, suppressed cells marked.

Only what was stored at publication is shown, labels included (``PublishedTable.labels``, in
every interface language): nothing here reads incidents or the codebook.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.utils.translation import get_language, get_language_bidi, gettext_lazy
from django.utils.translation import gettext as _

from amanat.dataset.analytics.breakdowns import Cell
from amanat.dataset.analytics.charts import BarChart, bars
from amanat.dataset.models import Release
from amanat.stats.models import PublishedTable

TITLES = {
    "by_year": gettext_lazy("Incidents by year"),
    "by_host_country": gettext_lazy("Incidents by host country"),
    "by_stage": gettext_lazy("Incidents by stage"),
    "by_tactic": gettext_lazy(
        "Incidents by tactic (an incident with several tactics is shared equally between them)"
    ),
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
        return _("no tactic coded") if dimension == "tactic" else _("not stated")
    return _stored(table, dimension, code)


@dataclass
class Line:
    code: str
    label: str
    value: int | None
    values: list[int | None] = field(default_factory=list)
    interval: list[int] | None = None
    intervals: list[list[int] | None] = field(default_factory=list)


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
        rows = zip(table.row_codes, row_labels, table.cells, table.row_totals,
                   table.intervals, table.row_intervals, strict=True)  # fmt: skip
        lines = [
            Line(code, name, total, values, interval, intervals)
            for code, name, values, total, intervals, interval in rows
        ]
        hidden = sum(value is None for line in lines for value in line.values)
        return TableView(table, title, lines, columns, None, hidden)
    all_lines = [
        Line(code, name, value, interval=interval)
        for code, name, value, interval in zip(
            table.row_codes, row_labels, table.cells, table.intervals, strict=True
        )
    ]
    lines = [line for line in all_lines if line.value is not None]
    if table.row_dimension in ("host_country",):
        lines.sort(key=lambda line: -(line.value or 0))
    cells = [Cell(line.code, line.label, line.value or 0) for line in lines]
    hidden = len(all_lines) - len(lines)
    return TableView(
        table, title, lines, [], bars(title, cells, limit=30, rtl=get_language_bidi()), hidden
    )


def release_json(release: Release, spent: float, total: float) -> dict[str, Any]:
    """``spent``/``total``: this release's epsilon; the organisation's ledger is added by the
    view (``budget_json``)."""
    return {
        "id": release.pk,
        "organisation": release.organisation.name,
        "number": release.number,
        "title": release.title,
        "published_on": release.published_on.isoformat() if release.published_on else None,
        "codebook_version": release.codebook.version,
        "licence": release.licence,
        "synthetic_rows_in_release": release.synthetic_rows,
        "privacy": {"unit": "incident", "epsilon_release": total, "epsilon_spent": spent},
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
        "intervals_95": table.intervals,
        "row_totals": table.row_totals or None,
        "row_intervals_95": table.row_intervals or None,
        "column_totals": table.column_totals or None,
        "column_intervals_95": table.column_intervals or None,
        "total": table.total,
        "total_interval_95": table.total_interval,
        "suppressed": table.suppressed,
        "adds_up": "the non-null cells plus `suppressed` equal `total`, the release total "
        "shared by every table; null marks a suppressed cell; a release total below "
        "`min_cell` is withheld: then `total`, `suppressed` and every cell are null",
        "min_cell": table.min_cell,
        "phantom_threshold": table.threshold,
        "measurement": table.measurement,
        "noise": {
            "mechanism": table.mechanism,
            "epsilon": table.epsilon,
            "scale": table.scale,
            "l1_sensitivity": table.sensitivity,
            "accuracy_95": table.accuracy,
        },
    }


def budget_json(lifetime: float, entries: list[tuple[Release, float]]) -> dict[str, Any]:
    """The organisation's lifetime ledger: every release that spent epsilon, and what remains."""
    spent = sum(epsilon for _release, epsilon in entries)
    return {
        "epsilon_lifetime": lifetime,
        "epsilon_spent": spent,
        "epsilon_remaining": max(0.0, lifetime - spent),
        "releases": [
            {
                "number": r.number,
                "title": r.title,
                "epsilon": e,
                "published_on": r.published_on.isoformat() if r.published_on else None,
            }
            for r, e in entries
        ],
    }

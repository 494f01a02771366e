"""A release as a Frictionless data package: ``datapackage.json`` beside the files.

Readers get each column's type from the table schema instead of guessing: ``year`` is an
integer, tactic flags and ``synthetic`` are booleans written ``1``/``0``, codebook columns list
their codes as an ``enum``, countries must match ``^[A-Z]{2}$``. Only the empty cell is missing
(``missingValues: [""]``), so Namibia's code ``NA`` stays a country: pandas's default reading
treats ``NA`` as missing, which is why dictionary.md gives the reading options to use.

``frictionless validate datapackage.json`` checks every cell against the schema and each file
against its recorded SHA-256 and size, so a tampered cell fails either way.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

from amanat.dataset.models import Release
from amanat.dataset.releases.licences import licence
from amanat.dataset.schema import CHANNEL_SEPARATOR, Column, Schema

NAME = "datapackage.json"
COUNTRY_PATTERN = "^[A-Z]{2}$"
CODE_PATTERN = "^I[0-9A-F]{16}$"
MISSING = [""]
FLAG = {"type": "boolean", "trueValues": ["1"], "falseValues": ["0"]}
# Tables: (file, what it is); formats without a table reader here travel as plain files.
TABLES = {
    "incidents.csv": "One coded incident per row.",
    "dictionary.csv": "The data dictionary: one line per column, then one per allowed code.",
}
FILES = {
    "incidents.json": ("json", "application/json", "The same incidents, tactics as one list."),
    "incidents.parquet": ("parquet", "application/vnd.apache.parquet", "The same, as Parquet."),
    "incidents.xlsx": (
        "xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "The same, as a spreadsheet (releases up to 100,000 rows).",
    ),
    "dictionary.json": ("json", "application/json", "The data dictionary with every label."),
    "dictionary.md": ("md", "text/markdown", "The data dictionary, to read."),
    "changelog.json": ("json", "application/json", "Changes since the previous release."),
}


def _english(description: Any) -> str:
    return str(description.get("en", "")) if isinstance(description, dict) else str(description)


def _field(column: Column) -> dict[str, Any]:
    entry: dict[str, Any] = {"name": column.name, "description": _english(column.description)}
    constraints: dict[str, Any] = {}
    if column.kind == "flag":
        entry.update(FLAG)
    elif column.kind == "integer":
        entry["type"] = "integer"
        constraints["minimum"] = 0
    else:
        entry["type"] = "string"
    codes = [re.escape(code) for code, _labels in column.values]
    if codes and column.kind == "codes":  # several codes in one cell, separated by ";"
        one = "(?:" + "|".join(codes) + ")"
        constraints["pattern"] = f"^{one}(?:{re.escape(CHANNEL_SEPARATOR)}{one})*$"
    elif codes:
        constraints["enum"] = [code for code, _labels in column.values]
    if column.name in ("host_country", "origin_state"):
        constraints["pattern"] = COUNTRY_PATTERN
    if column.name == "incident_code":
        constraints.update(required=True, unique=True, pattern=CODE_PATTERN)
    if column.name == "channels":
        entry["description"] += " Split on “;” to get the codes."
    if constraints:
        entry["constraints"] = constraints
    return entry


def incidents_schema(schema: Schema) -> dict[str, Any]:
    fields = [_field(column) for column in schema.columns()]
    precision = next(f for f in fields if f["name"] == "date_precision")
    precision["constraints"] = {"enum": ["day", "month", "year", "unknown"]}
    return {"fields": fields, "primaryKey": ["incident_code"], "missingValues": MISSING}


DICTIONARY_SCHEMA = {
    "fields": [
        {"name": name, "type": "string"}
        for name in ("column", "type", "code", "label (en)", "description (en)")
    ],
    "missingValues": MISSING,
}


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "organisation"


def citation(release: Release) -> str:
    year = release.created_on.year
    return (
        f"{release.organisation.name} ({year}). {release.title}, release {release.number} "
        f"[data set]. Amanat coded incidents of transnational repression."
    )


def descriptor(
    release: Release, schema: Schema, files: list[dict[str, Any]], *, created: datetime
) -> dict[str, Any]:
    """The package: one resource per file written, each with its hash and size."""
    chosen = licence(release.licence)
    resources = []
    for entry in files:
        name = entry["name"]
        common = {
            "name": name.replace(".", "-"),
            "path": name,
            "bytes": entry["bytes"],
            "hash": f"sha256:{entry['sha256']}",
        }
        if name in TABLES:
            incidents = name == "incidents.csv"
            table_schema = incidents_schema(schema) if incidents else DICTIONARY_SCHEMA
            resources.append({
                **common, "type": "table", "profile": "tabular-data-resource", "format": "csv",
                "mediatype": "text/csv", "encoding": "utf-8", "description": TABLES[name],
                "schema": table_schema,
            })  # fmt: skip
        elif name in FILES:
            fmt, mediatype, description = FILES[name]
            resources.append({
                **common, "type": "file", "format": fmt, "mediatype": mediatype,
                "description": description,
            })  # fmt: skip
    return {
        "name": f"amanat-{_slug(release.organisation.name)}-release-{release.number}",
        "title": f"{release.organisation.name}: {release.title}",
        "description": (
            "Coded incidents of transnational repression: coded fields only, never names, "
            "narratives or evidence. Only empty cells are missing values: read NA as Namibia."
        ),
        "version": f"{release.number}.0.0",
        "created": created.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z"),
        "licenses": [{"name": chosen.spdx, "title": chosen.title, "path": chosen.url}],
        "citation": citation(release),
        "contributors": [{"title": release.organisation.name, "roles": ["publisher"]}],
        "keywords": ["transnational repression", "human rights"],
        "amanat": {
            "release": release.number,
            "codebook_version": schema.version,
            "synthetic_column": "synthetic: 1 marks generated demo rows, never real events",
        },
        "resources": resources,
    }

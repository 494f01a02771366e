"""The dataset's columns and its data dictionary, both generated from the codebook.

A dataset row is an incident's coded fields and nothing else: never its summary, people,
evidence, report text or any ciphertext (architecture.md: coded fields in clear, identifying
fields encrypted). The list below is the single source of the export columns; the data
dictionary is generated from it and from the codebook, so the two cannot disagree.

Descriptions are English, like the codebook's reference labels: the dictionary is part of the
dataset files, read by researchers in any language with the codebook's labels beside it.

Tactic codes become one 0/1 column each (``tactic_<code>``) in CSV, XLSX and Parquet, and one
``tactics`` list in JSON. The tactic columns are the union of every loaded codebook version's
tactics, in version then codebook order, so an incident coded with an older version keeps its
codes.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from amanat.incidents import codebook
from amanat.incidents.codebook import Book
from amanat.incidents.models import DatePrecision, Sensitivity, Verification

TACTIC_PREFIX = "tactic_"
CHANNEL_SEPARATOR = ";"


@dataclass(frozen=True)
class Column:
    name: str
    kind: str  # string, integer, flag (0/1), codes (list of codes)
    description: Any
    field: str = ""  # the codebook field whose codes it holds, if any
    values: tuple[tuple[str, dict[str, str]], ...] = ()


def _choices(choices: Iterable[tuple[str, Any]]) -> tuple[tuple[str, dict[str, str]], ...]:
    return tuple((str(code), {"en": str(label)}) for code, label in choices)


# (name, kind, description, codebook field); tactics are inserted after "stage".
_HEAD = (
    ("incident_code", "string", "Stable pseudonymous code of the incident (not its id)."),
    ("year", "integer", "Year the incident began; empty when unknown."),
    ("date_precision", "string", "Precision of the start date: day, month, year or unknown."),
    ("host_country", "string", "Country where the targeted person lives (ISO 3166-1)."),
    ("origin_state", "string", "State held responsible (ISO 3166-1)."),
)
_TAIL = (
    ("perpetrator", "string", "Agency type of the perpetrator (codebook).", codebook.PERPETRATOR),
    ("channels", "codes", "Channels used, codes separated by “;”.", codebook.CHANNEL),
    ("response", "string", "Response of the targeted person (codebook).", codebook.RESPONSE),
    ("verification", "string", "Verification status.", ""),
    ("sensitivity", "string", "Sensitivity: who may see the incident.", ""),
    ("source_count", "integer", "Number of sources cited for the incident.", ""),
    ("codebook_version", "string", "Codebook version the incident was coded with.", ""),
    ("synthetic", "flag", "1 for generated demo data, never a real event.", ""),
)


@dataclass
class Schema:
    """Columns for a set of codebook versions, newest labels first."""

    books: list[Book]
    tactics: list[str] = field(default_factory=list)

    @classmethod
    def of(cls, books: Iterable[Book]) -> Schema:
        ordered = sorted(books, key=lambda b: (not b.version.isdigit(), int(b.version or 0)))
        tactics = list(dict.fromkeys(e.code for b in ordered for e in b.entries(codebook.TACTIC)))
        return cls(books=ordered, tactics=tactics)

    @property
    def version(self) -> str:
        return self.books[-1].version if self.books else ""

    def _values(self, name: str) -> tuple[tuple[str, dict[str, str]], ...]:
        found: dict[str, dict[str, str]] = {}
        for book in self.books:  # newest last, so newest labels win
            for entry in book.entries(name):
                found[entry.code] = dict(entry.labels)
        return tuple(found.items())

    def _tactic_entry(self, code: str) -> tuple[dict[str, str], str]:
        labels: dict[str, str] = {}
        family = ""
        for book in self.books:
            for entry in book.entries(codebook.TACTIC):
                if entry.code == code:
                    labels, family = dict(entry.labels), entry.family
        return labels, family

    def columns(self) -> list[Column]:
        """CSV, XLSX and Parquet columns, in order."""
        head = [Column(n, k, d) for n, k, d in _HEAD]
        head.append(
            Column(
                "community",
                "string",
                "Community targeted (codebook).",
                codebook.COMMUNITY,
                self._values(codebook.COMMUNITY),
            )
        )
        head.append(
            Column(
                "stage",
                "string",
                "Stage 1, 2 or 3 (codebook).",
                codebook.STAGE,
                self._values(codebook.STAGE),
            )
        )
        tactics = []
        for code in self.tactics:
            labels, family = self._tactic_entry(code)
            meaning = {"en": f"1 if the incident involved: {labels.get('en', code)}"}
            if family:
                meaning["family"] = family
            tactics.append(Column(TACTIC_PREFIX + code, "flag", meaning, codebook.TACTIC))
        tail = []
        for name, kind, description, field_name in _TAIL:
            values = self._values(field_name) if field_name else ()
            if name == "verification":
                values = _choices(Verification.choices)
            elif name == "sensitivity":
                values = _choices(Sensitivity.choices)
            tail.append(Column(name, kind, description, field_name, values))
        return [*head, *tactics, *tail]

    def names(self) -> list[str]:
        return [column.name for column in self.columns()]

    def json_names(self) -> list[str]:
        """JSON keys: the tactic flags become one ``tactics`` list."""
        names = [n for n in self.names() if not n.startswith(TACTIC_PREFIX)]
        names.insert(names.index("stage") + 1, "tactics")
        return names


def _text(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: str(text) for key, text in value.items()}
    return {"en": str(value)}


def dictionary(schema: Schema) -> dict[str, Any]:
    """The data dictionary as one JSON-ready object."""
    columns = []
    for column in schema.columns():
        entry: dict[str, Any] = {
            "name": column.name,
            "type": column.kind,
            "description": _text(column.description),
        }
        if column.field:
            entry["codebook_field"] = column.field
        if column.values:
            entry["values"] = [{"code": code, "labels": labels} for code, labels in column.values]
        if column.name == "date_precision":
            entry["values"] = [
                {"code": c, "labels": {"en": str(label)}} for c, label in DatePrecision.choices
            ]
        columns.append(entry)
    return {
        "dataset": "Amanat coded incidents",
        "codebook_versions": [book.version for book in schema.books],
        "codebook_version": schema.version,
        "unit": "one coded incident; merged incidents are counted once, in the one kept",
        "never_included": [
            "summary",
            "perpetrator evidence",
            "people",
            "referrals",
            "report text",
            "attachments",
            "any encrypted field",
            "internal ids",
        ],
        "json": "In JSON the tactic_* flags are one list, `tactics`, of tactic codes.",
        "columns": columns,
    }


def dictionary_rows(schema: Schema) -> list[list[str]]:
    """The dictionary as a table: one line per column, then one per allowed code."""
    rows = [["column", "type", "code", "label (en)", "description (en)"]]
    for entry in dictionary(schema)["columns"]:
        rows.append([entry["name"], entry["type"], "", "", entry["description"].get("en", "")])
        for value in entry.get("values", []):
            rows.append([entry["name"], "", value["code"], value["labels"].get("en", ""), ""])
    return rows


def dictionary_markdown(schema: Schema) -> str:
    lines = [
        f"# Data dictionary — Amanat coded incidents (codebook v{schema.version})",
        "",
        "One row per coded incident. Identifying fields (summary, people, evidence, report text)",
        "are never included. In JSON the `tactic_*` flags are one list, `tactics`.",
        "",
        "Reading the CSV: only an empty cell is missing; `NA` is Namibia, not a missing value.",
        "`datapackage.json` gives every column's type (Frictionless readers use it). With pandas:",
        "`pd.read_csv(path, keep_default_na=False, na_values=[''], dtype={'year': 'Int64'})`.",
        "Flags (`tactic_*`, `synthetic`) are 1 or 0.",
        "",
        "| column | type | description | codes |",
        "|---|---|---|---|",
    ]
    for entry in dictionary(schema)["columns"]:
        codes = ", ".join(f"`{v['code']}`" for v in entry.get("values", []))
        description = entry["description"].get("en", "").replace("|", "\\|")
        lines.append(f"| `{entry['name']}` | {entry['type']} | {description} | {codes} |")
    return "\n".join(lines) + "\n"

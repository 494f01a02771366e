"""Importing an existing dataset (CSV or XLSX) through a column mapping.

``read`` turns the file into a header and rows (within the configured limits); ``dry_run``
maps and checks every row against the codebook and casework's own coding rules
(``check_coding``), reporting each problem with its row number (as a spreadsheet shows it: the
header is row 1), source column and reason; ``run_import`` writes nothing unless every row is
valid or the user asked for the valid rows only.

Idempotence: each row's key is a keyed hash of its cells (and of how many identical rows came
before it in the file, so two identical rows stay two incidents); a key already imported in the
organisation is skipped as a duplicate, so importing the same file again adds nothing.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from amanat.accounts.models import StaffMember
from amanat.audit.actions import record
from amanat.audit.tags import EventTag
from amanat.core.time import today
from amanat.dataset.imports.files import ImportRefused, Table
from amanat.dataset.imports.loader import NewIncident, load
from amanat.dataset.imports.mapping import (
    FLAG_VALUES,
    MAX_STAND_INS,
    REQUIRED,
    STAND_IN,
    TARGETS,
    Mapping,
    flag_columns,
)
from amanat.dataset.models import ImportBatch, ImportedRow
from amanat.dataset.releases.rows import incident_code, organisation_key, row_key
from amanat.incidents import codebook, dates
from amanat.incidents.actions import Coding, CodingError, check_coding
from amanat.incidents.codebook import Book
from amanat.incidents.models import DatePrecision, Incident, Sensitivity, Verification
from amanat.keys.models import Organisation

LOAD_CHUNK = 1000


# Names datasets often use that CLDR spells otherwise ("Türkiye", "Hong Kong SAR China"…).
COUNTRY_ALIASES = {
    "turkey": "TR", "usa": "US", "united states of america": "US", "u.s.": "US", "uk": "GB",
    "britain": "GB", "great britain": "GB", "england": "GB", "russia": "RU",
    "south korea": "KR", "czech republic": "CZ", "holland": "NL", "burma": "MM",
    "hong kong": "HK", "macau": "MO", "macao": "MO", "taiwan": "TW", "vietnam": "VN",
    "ivory coast": "CI", "kyrgyzstan": "KG", "uae": "AE",
}  # fmt: skip
DEFAULTS = {
    "verification": Verification.UNVERIFIED,
    "sensitivity": Sensitivity.CONFIDENTIAL,  # fails closed, like a newly coded incident
    "perpetrator": "unknown",
    "response": "unknown",
}


@dataclass(frozen=True)
class RowError:
    row: int
    column: str
    reason: str


@dataclass
class DryRun:
    total: int
    ready: list[NewIncident] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    duplicates: int = 0

    @property
    def invalid_rows(self) -> int:
        return len({error.row for error in self.errors})


class _Lookup:
    """Codes by code or label (any language, any case); countries by code or name."""

    def __init__(self, book: Book) -> None:
        self.codes: dict[str, dict[str, str]] = {}
        for name in codebook.FIELDS:
            table: dict[str, str] = {}
            for entry in book.entries(name):
                for text in (entry.code, *entry.labels.values()):
                    table.setdefault(text.casefold(), entry.code)
            self.codes[name] = table
        self.codes["verification"] = self._choices(Verification.choices)
        self.codes["sensitivity"] = self._choices(Sensitivity.choices)
        countries = {iso.casefold(): iso for iso in codebook.COUNTRY_CODES}
        for language in codebook.LANGUAGES:
            for iso, name in codebook.country_choices(language):
                countries.setdefault(name.rsplit(" (", 1)[0].casefold(), iso)
        countries.update({alias: iso for alias, iso in COUNTRY_ALIASES.items()})
        self.codes["country"] = countries

    @staticmethod
    def _choices(choices: list[tuple[str, Any]]) -> dict[str, str]:
        table = {code.casefold(): code for code, _label in choices}
        table.update({str(label).casefold(): code for code, label in choices})
        return table

    def code(self, kind: str, text: str) -> str | None:
        return self.codes[kind].get(text.casefold())


def _date(value: Any) -> tuple[date | None, str]:
    """A cell as (first day, precision); raises BadDate with the reason."""
    if isinstance(value, datetime | date):
        day = value.date() if isinstance(value, datetime) else value
        return day, DatePrecision.DAY
    if isinstance(value, int | float) and not isinstance(value, bool):
        value = str(int(value))
    text = str(value).strip()
    if text.casefold() in ("", "unknown", "?"):
        return None, DatePrecision.UNKNOWN
    precision = {4: DatePrecision.YEAR, 7: DatePrecision.MONTH}.get(len(text), DatePrecision.DAY)
    return dates.parse(text, precision), precision


class _Row:
    """One source row being mapped; collects its errors."""

    def __init__(self, number: int, cells: list[Any], mapping: Mapping, headers: list[str]):
        self.number, self.cells, self.mapping, self.headers = number, cells, mapping, headers
        self.errors: list[RowError] = []

    def column(self, target: str) -> str:
        if target in self.mapping.columns:
            return self.headers[self.mapping.columns[target]]
        return _("(fixed value for %(field)s)") % {"field": target}

    def raw(self, target: str) -> Any:
        if target in self.mapping.columns:
            return self.cells[self.mapping.columns[target]]
        return self.mapping.fixed.get(target, "")

    def fail(self, target: str, reason: str) -> None:
        self.errors.append(RowError(self.number, self.column(target), reason))

    def translated(self, target: str, text: str) -> str:
        """The mapping's code for a source's own word, or the text unchanged."""
        return self.mapping.values.get(target, {}).get(text.casefold(), text)

    def flagged_tactics(self) -> list[str]:
        """Tactic codes whose ``tactic_<code>`` cell says 1; any other value is an error."""
        found = []
        for index, code in flag_columns(self.headers).items():
            cell = self.cells[index]
            text = str(int(cell) if isinstance(cell, float | bool) else cell).strip().casefold()
            if text in ("", "0", "false", "no"):
                continue
            if FLAG_VALUES.get(text) is None:
                self.errors.append(RowError(self.number, self.headers[index],
                                            _("A flag is 1 or 0, not “%(value)s”.")
                                            % {"value": text[:20]}))  # fmt: skip
            else:
                found.append(code)
        return found

    def items(self, target: str) -> list[str]:
        if target == "tactics" and self.mapping.tactic_flags and target not in self.mapping.columns:
            return self.flagged_tactics()
        text = str(self.raw(target))
        separators = "|\n" if target == "sources" else ";,|\n"
        for separator in separators[1:]:
            text = text.replace(separator, separators[0])
        return [part.strip() for part in text.split(separators[0]) if part.strip()]


def _code(row: _Row, lookup: _Lookup, target: str) -> str:
    text = str(row.raw(target)).strip()
    if not text:
        if target in DEFAULTS and lookup.code(TARGETS[target].field or target, DEFAULTS[target]):
            return DEFAULTS[target]
        row.fail(target, _("Empty: a value is required."))
        return ""
    found = lookup.code(TARGETS[target].field or target, row.translated(target, text))
    if found is None:
        row.fail(target, _("“%(value)s” is not a known code or label.") % {"value": text[:80]})
    return found or ""


def _codes(row: _Row, lookup: _Lookup, target: str) -> list[str]:
    if target in REQUIRED and not row.items(target):
        row.fail(target, _("Empty: a value is required."))
    found = []
    for text in row.items(target):
        code = lookup.code(TARGETS[target].field, row.translated(target, text))
        if code is None:
            row.fail(target, _("“%(value)s” is not a known code or label.") % {"value": text[:80]})
        else:
            found.append(code)
    return list(dict.fromkeys(found))


def _country(row: _Row, lookup: _Lookup, target: str) -> str:
    text = str(row.raw(target)).strip()
    if not text or text.casefold() in ("unknown", "?"):
        return ""
    found = lookup.code("country", row.translated(target, text))
    if found is None:
        row.fail(target, _("“%(value)s” is not a country code or name.") % {"value": text[:80]})
    return found or ""


def _when(row: _Row, target: str) -> tuple[date | None, str]:
    try:
        return _date(row.raw(target))
    except dates.BadDate as exc:
        row.fail(target, str(exc))
        return None, DatePrecision.UNKNOWN


def _coding(row: _Row, lookup: _Lookup) -> Coding:
    start, start_precision = _when(row, "date_start")
    end, end_precision = _when(row, "date_end")
    if end_precision == DatePrecision.UNKNOWN:
        end, end_precision = None, ""
    return Coding(
        date_start=start,
        date_start_precision=start_precision,
        date_end=end,
        date_end_precision=end_precision,
        host_country=_country(row, lookup, "host_country"),
        origin_state=_country(row, lookup, "origin_state"),
        community=_code(row, lookup, "community"),
        stage=_code(row, lookup, "stage"),
        perpetrator=_code(row, lookup, "perpetrator"),
        response=_code(row, lookup, "response"),
        verification=_code(row, lookup, "verification"),
        sensitivity=_code(row, lookup, "sensitivity"),
        tactics=tuple(_codes(row, lookup, "tactics")),
        channels=tuple(_codes(row, lookup, "channels")),
        summary=str(row.raw("summary")),
    )


def _check(row: _Row, book: Book, coding: Coding, citations: list[str]) -> None:
    """Casework's own rules, reported against the source column at fault."""
    if row.errors:
        return
    try:
        check_coding(book, coding)
    except CodingError as exc:
        target = {"tactics": "tactics", "date_end": "date_end"}.get(exc.field or "", exc.field)
        row.fail(target if target in TARGETS else "date_start", exc.message)
    independent = {" ".join(c.casefold().split()) for c in citations}
    if coding.verification == Verification.CORROBORATED and len(independent) < 2:
        row.fail("verification", _("“Corroborated” needs at least two independent sources."))


def _keys(table: Table, mapping: Mapping, key: bytes) -> list[str]:
    """Each row's key: its stable incident identifier when the file has one (so an edited
    row of a later release is still recognised), else a hash of its cells (two identical
    rows stay two incidents: the count of identical rows before it is part of the key)."""
    seen, keys = Counter[str](), []
    code_column = mapping.columns.get("incident_code")
    for cells in table.rows:
        code = str(cells[code_column]).strip() if code_column is not None else ""
        if code:
            keys.append(row_key(key, f"incident-code\x1f{code}"))
            continue
        text = "\x1f".join(str(cell) for cell in cells)
        seen[text] += 1
        keys.append(row_key(key, f"{text}\x1e{seen[text]}"))
    return keys


def _our_codes(table: Table, mapping: Mapping, organisation: Organisation, key: bytes) -> set[str]:
    """Codes in the file that are our own incidents' (a release of ours coming back)."""
    if "incident_code" not in mapping.columns:
        return set()
    column = mapping.columns["incident_code"]
    wanted = {str(cells[column]).strip() for cells in table.rows} - {""}
    pks = Incident.objects.filter(organisation=organisation).values_list("pk", flat=True)
    return wanted & {incident_code(key, pk) for pk in pks.iterator()}


def _flag(row: _Row, target: str) -> bool:
    cell = row.raw(target)
    text = str(int(cell) if isinstance(cell, float | bool) else cell).strip().casefold()
    found = FLAG_VALUES.get(text or "0")
    if found is None:
        row.fail(target, _("A flag is 1 or 0, not “%(value)s”.") % {"value": text[:20]})
    return bool(found)


def _citations(row: _Row) -> list[str]:
    """The row's citations; stand-ins when the file gives only how many there were."""
    citations = row.items("sources")
    count = str(row.raw("source_count")).strip()
    if citations or not count:
        return citations
    try:
        total = int(float(count))
    except ValueError:
        row.fail("source_count", _("“%(value)s” is not a number.") % {"value": count[:20]})
        return []
    if not 0 <= total <= MAX_STAND_INS:
        row.fail("source_count", _("Between 0 and %(n)d sources.") % {"n": MAX_STAND_INS})
        return []
    return [STAND_IN.format(n=n, total=total) for n in range(1, total + 1)]


def dry_run(table: Table, mapping: Mapping, organisation: Organisation) -> DryRun:
    """Map and check every row; write nothing."""
    book = codebook.current()
    lookup = _Lookup(book)
    org_key = organisation_key(organisation)
    keys = _keys(table, mapping, org_key)
    known = set(
        ImportedRow.objects.filter(organisation=organisation, row_key__in=keys).values_list(
            "row_key", flat=True
        )
    )
    ours = _our_codes(table, mapping, organisation, org_key)
    code_column = mapping.columns.get("incident_code")
    result = DryRun(total=len(table.rows))
    for index, (cells, key) in enumerate(zip(table.rows, keys, strict=True)):
        code = str(cells[code_column]).strip() if code_column is not None else ""
        if key in known or code in ours:
            result.duplicates += 1
            continue
        known.add(key)  # the same incident twice in one file is imported once
        row = _Row(index + 2, cells, mapping, table.headers)
        coding = _coding(row, lookup)
        citations = _citations(row)
        synthetic = _flag(row, "synthetic")
        _check(row, book, coding, citations)
        result.errors += row.errors
        if not row.errors:
            fields = {name: getattr(coding, name) for name in (
                "date_start", "date_start_precision", "date_end", "date_end_precision",
                "host_country", "origin_state", "community", "stage", "perpetrator", "response",
                "verification", "sensitivity")}  # fmt: skip
            result.ready.append(
                NewIncident(fields, list(coding.tactics), list(coding.channels), citations,
                            coding.summary, index + 2, key, synthetic=synthetic)
            )  # fmt: skip
    return result


def _load_batch(
    organisation: Organisation,
    items: list[NewIncident],
    mapping: Mapping,
    file_format: str,
    actor: StaffMember,
    result: DryRun,
    synthetic: bool,
) -> ImportBatch:
    """One batch: synthetic rows get a batch of their own, so the mark survives the import."""
    batch = ImportBatch.objects.create(
        organisation=organisation, created_by=actor.user, created_on=today(),
        source_format=file_format, synthetic=synthetic, mapping=mapping.to_json(),
        rows_total=result.total, rows_imported=len(items), rows_duplicate=result.duplicates,
        rows_invalid=result.invalid_rows,
    )  # fmt: skip
    book = codebook.current()
    for start in range(0, len(items), LOAD_CHUNK):
        load(organisation, batch, items[start : start + LOAD_CHUNK], codebook_id=book.pk,
             day=today())  # fmt: skip
    return batch


def run_import(
    organisation: Organisation,
    table: Table,
    mapping: Mapping,
    file_format: str,
    *,
    actor: StaffMember,
    valid_only: bool,
) -> tuple[ImportBatch, DryRun]:
    """Import every row, or (``valid_only``) the valid ones; one transaction, audited."""
    result = dry_run(table, mapping, organisation)
    if result.errors and not valid_only:
        raise ImportRefused(
            _("%(n)d rows cannot be imported; nothing was written. Fix them, or import the valid "
              "rows only.") % {"n": result.invalid_rows}
        )  # fmt: skip
    if not result.ready:
        raise ImportRefused(_("There is no new valid row to import."))
    synthetic = [item for item in result.ready if item.synthetic]
    real = [item for item in result.ready if not item.synthetic]
    try:
        with transaction.atomic():
            batches = [
                _load_batch(organisation, items, mapping, file_format, actor, result, marked)
                for items, marked in ((real, False), (synthetic, True))
                if items
            ]
            batch = batches[0]
            record(EventTag.DATASET_IMPORT_CREATE, actor=actor, subject=batch, payload={
                "format": file_format, "imported": len(result.ready), "synthetic": len(synthetic),
                "duplicates": result.duplicates, "invalid": result.invalid_rows})  # fmt: skip
    except IntegrityError as exc:
        raise ImportRefused(_("The same rows were imported at the same time; try again.")) from exc
    return batch, result

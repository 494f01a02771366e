"""Bring a filled-in review sheet back into the catalogue, one checked row at a time.

A refused row never blocks the good ones (unless asked for all-or-nothing) and never changes
anything; the dry run writes nothing at all. Accepted rows are written with the reviewer's name
as a ``Reviewed-by`` comment, which is what counts a message as reviewed.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from django.utils import timezone

from amanat.translations import catalogue, checks, pofile_edit, sheet
from amanat.translations.catalogue import Entry

ACCEPTED, APPROVED, REFUSED = "accepted", "approved unchanged", "refused"


@dataclass
class RowResult:
    number: int
    row_id: str
    english: str
    status: str
    reasons: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    text: str = ""
    reviewer: str = ""
    entry: Entry | None = None
    form: int = 0


@dataclass
class ImportReport:
    language: str
    results: list[RowResult]
    empty_rows: int
    written: bool = False

    @property
    def refused(self) -> list[RowResult]:
        return [result for result in self.results if result.status == REFUSED]

    @property
    def accepted(self) -> list[RowResult]:
        return [result for result in self.results if result.status != REFUSED]


def _same(a: str, b: str) -> bool:
    """Spreadsheets turn newlines into CRLF and drop trailing spaces; neither is a change."""
    return a.replace("\r\n", "\n").strip() == b.replace("\r\n", "\n").strip()


def _language_of(table: list[tuple[int, dict[str, str]]], path: Path) -> str:
    languages = {values.get("language", "").strip() for _, values in table} - {""}
    if len(languages) != 1:
        found = ", ".join(sorted(languages)) or "none"
        raise sheet.SheetError(f"{path.name}: one language per sheet, found: {found}")
    try:
        return catalogue.catalogue_language(languages.pop())
    except ValueError as exc:
        raise sheet.SheetError(f"{path.name}: {exc}") from exc


def _judge(
    number: int, values: dict[str, str], entries: dict[str, Entry], reviewer: str, language: str
) -> RowResult:
    row_id = values.get("id", "").strip()
    key, _, form_text = row_id.partition("#")
    result = RowResult(number, row_id, values.get("english", ""), REFUSED)
    entry = entries.get(key)
    form = int(form_text) if form_text.isdigit() else 0
    if entry is None:
        result.reasons.append(
            f"no message with id {row_id!r} in the {language} catalogue: its English changed "
            "since the export, or the id was edited; export a new sheet"
        )
        return result
    result.entry, result.form = entry, form
    if not _same(values.get("english", ""), entry.msgid):
        result.reasons.append("the English in this row is not the catalogue's; do not edit it")
    elif form >= len(entry.forms) or bool(form_text) != entry.plural:
        result.reasons.append(f"id {row_id!r} names a plural form this message does not have")
    elif not _same(values.get("current", ""), entry.forms[form]):
        result.reasons.append(
            "someone changed this translation since the sheet was exported "
            f"(it is now: {entry.forms[form]!r}); export again and compare"
        )
    result.reviewer = values.get("reviewer", "").strip() or reviewer
    if not result.reviewer:
        result.reasons.append("no reviewer name: fill the reviewer column or pass --reviewer")
    if result.reasons:
        return result
    verdict = checks.check(values["suggested"], list(entry.english), language, entry.python_format)
    result.reasons, result.notes, result.text = verdict.errors, verdict.notes, verdict.text
    if verdict.accepted:
        result.status = APPROVED if verdict.text == entry.forms[form] else ACCEPTED
    return result


def review(path: Path, reviewer: str = "") -> ImportReport:
    """Judge every filled-in row; writes nothing."""
    table = sheet.read(path)
    language = _language_of(table, path)
    entries = {entry.key: entry for entry in catalogue.entries(language)}
    results: list[RowResult] = []
    seen: dict[str, int] = {}
    empty = 0
    for number, values in table:
        if not values.get("suggested", "").strip():
            empty += 1
            continue
        result = _judge(number, values, entries, reviewer.strip(), language)
        if result.row_id in seen:
            result.status = REFUSED
            result.reasons = [f"row {seen[result.row_id]} already suggests a text for this message"]
        seen.setdefault(result.row_id, number)
        results.append(result)
    return ImportReport(language=language, results=results, empty_rows=empty)


def apply(report: ImportReport, reviewer: str, now: datetime | None = None) -> Path:
    """Write the accepted rows into the catalogue, recompile it, and reload it in this process."""
    moment = now or timezone.now()
    by_entry: dict[str, list[RowResult]] = defaultdict(list)
    for result in report.accepted:
        if result.entry is None:  # an accepted row always names its catalogue entry
            raise ValueError("an accepted row without its catalogue entry")
        by_entry[result.entry.key].append(result)
    changes: dict[pofile_edit.Key, pofile_edit.Change] = {}
    for results in by_entry.values():
        entry = results[0].entry
        if entry is None:
            raise ValueError("an accepted row without its catalogue entry")
        forms = list(entry.forms)
        for result in results:
            forms[result.form] = result.text
        names = ", ".join(dict.fromkeys(result.reviewer for result in results))
        changes[(entry.msgid, entry.context)] = pofile_edit.Change(
            forms=forms, reviewer=names, day=moment.date().isoformat()
        )
    header = {
        "PO-Revision-Date": moment.strftime("%Y-%m-%d %H:%M+0000"),
        "Last-Translator": reviewer
        or ", ".join(dict.fromkeys(r.reviewer for r in report.accepted)),
    }
    pofile_edit.apply(catalogue.po_path(report.language), changes, header)
    mo_path = catalogue.compile_one(report.language)
    catalogue.reload_translations(mo_path)
    report.written = True
    return mo_path

"""The review sheet: one row per message (per plural form), as XLSX and CSV.

Volunteers have a spreadsheet program, not a translation platform. Each row carries everything
needed to judge the words without the code: where the message appears, what it is for, which
placeholders and glossary terms it holds, and the current text; they type into "suggested".
"""

from __future__ import annotations

import csv
import gettext
import io
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from babel.messages.extract import DEFAULT_KEYWORDS, extract
from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Font, PatternFill

from amanat.translations import catalogue, checks, glossary
from amanat.translations.catalogue import Entry

APP_DIR = Path(__file__).resolve().parents[1]
COLUMNS = [
    "id",
    "language",
    "area",
    "english",
    "english_plural",
    "plural_form",
    "current",
    "suggested",
    "reviewer",
    "placeholders",
    "glossary",
    "where",
    "context",
    "status",
]
EDITABLE = {"suggested", "reviewer"}
# What each hotline source is, in words a volunteer who never saw the code understands.
PAGES = {
    "intake/templates/intake/base.html": "Every hotline page: header, red leave bar, footer",
    "intake/templates/intake/landing.html": "Hotline start page (/)",
    "intake/templates/intake/report.html": "Report form (/report/)",
    "intake/templates/intake/_field.html": "Report form: a field's error",
    "intake/templates/intake/receipt.html": "Shown once after sending a report: the receipt code",
    "intake/templates/intake/_outcome.html": "After sending: which files were accepted and cleaned",
    "intake/templates/intake/sign_in.html": "Return with a receipt code (/return/)",
    "intake/templates/intake/status.html": "The reporter's own report and conversation (/status/)",
    "intake/templates/intake/signed_out.html": "After signing out",
    "intake/templates/intake/leave.html": "The page the red leave bar opens",
    "intake/templates/intake/unavailable.html": "Hotline temporarily not accepting reports",
    "intake/forms.py": "Report form: questions, choices and errors",
    "intake/evidence.py": "Report form: why a file was refused",
    "intake/models.py": "Report status names shown to the reporter",
    "intake/views.py": "Hotline messages after sending",
    "core/views.py": "Error pages (hotline and staff)",
    "core/templates/core/base.html": "Every page: title",
    "core/templates/core/error.html": "Error pages (hotline and staff)",
    "core/templates/core/tor2web.html": "Page shown to visitors coming through a Tor2web proxy",
}
KEYWORDS = {
    **DEFAULT_KEYWORDS,
    "gettext_lazy": None,
    "gettext_noop": None,
    "ngettext_lazy": (1, 2),
    "pgettext_lazy": ((1, "c"), 2),
    "npgettext_lazy": ((1, "c"), 2, 3),
}


@dataclass(frozen=True)
class Row:
    values: dict[str, str]

    def __getitem__(self, column: str) -> str:
        return self.values.get(column, "")


def _where(entry: Entry) -> str:
    places: list[str] = []
    hotline_first = sorted(
        entry.locations, key=lambda place: not place.startswith(catalogue.HOTLINE_SOURCES)
    )
    for location in hotline_first:
        path = location.rsplit(":", 1)[0]
        label = PAGES.get(path) or f"Staff: {path}"
        if label not in places:
            places.append(label)
    return "; ".join(places)


def _source_of(path: Path) -> bytes | None:
    if path.suffix == ".py":
        return path.read_bytes()
    if path.suffix in {".html", ".txt"}:
        from django.utils.translation.template import templatize

        return templatize(path.read_text(encoding="utf-8"), origin=str(path)).encode()
    return None


@cache
def _notes_in(relative: str) -> dict[tuple[str, str | None], tuple[str, ...]]:
    """``Translators:`` comments of one source file, by (msgid, context)."""
    path = APP_DIR / relative
    source = _source_of(path) if path.is_file() else None
    if source is None:
        return {}
    found: dict[tuple[str, str | None], tuple[str, ...]] = {}
    for _line, msgid, comments, context in extract(
        "python",
        io.BytesIO(source),
        keywords=KEYWORDS,
        comment_tags=("Translators:",),
        strip_comment_tags=True,
    ):
        singular = msgid if isinstance(msgid, str) else msgid[0]
        if comments:
            found[(singular, context)] = tuple(comments)
    return found


def context_notes(entry: Entry) -> list[str]:
    """msgctxt, then comments in the catalogue, then ``Translators:`` comments in the sources."""
    notes = [f"context: {entry.context}"] if entry.context else []
    notes += list(entry.comments)
    for path in dict.fromkeys(location.rsplit(":", 1)[0] for location in entry.locations):
        for note in _notes_in(path).get((entry.msgid, entry.context), ()):
            if note not in notes:
                notes.append(note)
    return notes


def _form_labels(plural_expr: str, count: int) -> list[str]:
    """Which numbers each plural form is for, from the catalogue's (CLDR) Plural-Forms rule."""
    rule = gettext.c2py(plural_expr)
    samples: list[list[int]] = [[] for _ in range(count)]
    for number in range(0, 200):
        index = rule(number)
        if index < count and len(samples[index]) < 4:
            samples[index].append(number)
    return [
        "n = " + ", ".join(map(str, found)) + ("…" if len(found) > 3 else "") for found in samples
    ]


def rows(language: str, *, only_unreviewed: bool = False) -> list[Row]:
    """The sheet's rows: hotline messages first, then staff ones; plural forms one per row."""
    code = catalogue.catalogue_language(language)
    catalog = catalogue.read(code)
    labels = _form_labels(catalog.plural_expr, catalog.num_plurals)
    terms = glossary.load(code)
    result = []
    for entry in catalogue.entries(code):
        if only_unreviewed and entry.reviewed_by:
            continue
        used = glossary.terms_used(terms, list(entry.english))
        base = {
            "language": code,
            "area": "hotline" if entry.hotline else "staff",
            "english": entry.english[0],
            "english_plural": entry.english[1] if entry.plural else "",
            "placeholders": " ".join(
                sorted(set().union(*(checks.placeholders(text) for text in entry.english)))
            ),
            "glossary": "; ".join(f"{term.english} → {term.chosen}" for term in used),
            "where": _where(entry),
            "context": " / ".join(context_notes(entry)),
            "status": f"reviewed by {entry.reviewed_by}" if entry.reviewed_by else "unreviewed",
            "suggested": "",
            "reviewer": "",
        }
        for index, form in enumerate(entry.forms):
            row_id = f"{entry.key}#{index}" if entry.plural else entry.key
            label = labels[index] if entry.plural and index < len(labels) else ""
            values = {**base, "id": row_id, "plural_form": label, "current": form}
            result.append(Row(values))
    return result


def write_csv(path: Path, sheet_rows: Iterable[Row]) -> None:
    # utf-8-sig: spreadsheet programs otherwise open Uyghur and Chinese as mojibake.
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS)
        writer.writeheader()
        for row in sheet_rows:
            writer.writerow({column: row[column] for column in COLUMNS})


def write_xlsx(path: Path, sheet_rows: Iterable[Row], language: str) -> None:
    book = Workbook()
    sheet = book.active
    if sheet is None:  # a new openpyxl workbook always has an active sheet
        raise RuntimeError("openpyxl made a workbook without a sheet")
    sheet.title = f"review-{language}"
    sheet.append(COLUMNS)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    editable = PatternFill("solid", fgColor="FFF2CC")
    widths = {"english": 50, "english_plural": 30, "current": 50, "suggested": 50, "context": 40}
    for row in sheet_rows:
        sheet.append([row[column] for column in COLUMNS])
        for cell in sheet[sheet.max_row]:
            if isinstance(cell.value, str) and cell.value.startswith("="):
                cell.data_type = "s"  # text, never a formula the spreadsheet would run
    for index, column in enumerate(COLUMNS, start=1):
        letter = sheet.cell(row=1, column=index).column_letter
        sheet.column_dimensions[letter].width = widths.get(column, 18)
        for cell in sheet[letter][1:]:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            if column in EDITABLE:
                cell.fill = editable
    sheet.freeze_panes = "B2"
    book.save(path)


class SheetError(ValueError):
    """The file is not a review sheet this command wrote (wrong columns, unreadable)."""


def read(path: Path) -> list[tuple[int, dict[str, str]]]:
    """(spreadsheet row number, values) for each row, from the XLSX or CSV the export wrote."""
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        table = _read_xlsx(path)
    elif suffix == ".csv":
        with path.open(encoding="utf-8-sig", newline="") as handle:
            table = [list(line) for line in csv.reader(handle)]
    else:
        raise SheetError(f"{path.name}: expected a .xlsx or .csv review sheet")
    if not table:
        raise SheetError(f"{path.name}: the file is empty")
    header = [str(cell or "").strip() for cell in table[0]]
    missing = [
        column
        for column in ("id", "language", "english", "current", "suggested")
        if column not in header
    ]
    if missing:
        raise SheetError(f"{path.name}: not a review sheet (missing columns: {', '.join(missing)})")
    result = []
    for number, cells in enumerate(table[1:], start=2):
        values = {
            name: "" if cell is None else str(cell)
            for name, cell in zip(header, cells, strict=False)
        }
        if any(value.strip() for value in values.values()):
            result.append((number, values))
    return result


def _read_xlsx(path: Path) -> list[list[object]]:
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many types for a damaged or foreign file
        raise SheetError(f"{path.name}: not a readable XLSX file ({exc})") from exc
    sheet = book.worksheets[0]
    table = [list(row) for row in sheet.iter_rows(values_only=True)]
    book.close()
    return table

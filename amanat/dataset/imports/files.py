"""Reading an uploaded dataset file (CSV or XLSX) into a header and rows, within limits.

A CSV must be UTF-8 (a byte-order mark is fine); its delimiter (comma, semicolon or tab) is
detected. An XLSX is read from its first sheet in openpyxl's read-only mode, values not
formulas; the upload size is capped before this runs (``AMANAT_DATASET_IMPORT_MAX_MB``) and the
rows read are capped at ``AMANAT_DATASET_IMPORT_MAX_ROWS``.
"""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass
from itertools import islice
from typing import Any

from django.conf import settings
from django.utils.translation import gettext as _
from openpyxl import load_workbook

from amanat.dataset.models import ImportFormat

MAX_COLUMNS = 200


class ImportRefused(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass
class Table:
    headers: list[str]
    rows: list[list[Any]]


def _cell(value: Any) -> Any:
    if isinstance(value, str):
        return value.strip()
    return "" if value is None else value


def _csv(data: bytes) -> list[list[str]]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportRefused(_("The CSV file is not UTF-8 text.")) from exc
    try:
        dialect: Any = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    return list(csv.reader(io.StringIO(text), dialect))


def _xlsx(data: bytes) -> list[list[Any]]:
    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise ImportRefused(_("The file is not a readable XLSX workbook.")) from exc
    sheet = book.worksheets[0]
    limit = settings.DATASET_IMPORT_MAX_ROWS + 2
    rows = [list(row) for row in islice(sheet.iter_rows(values_only=True), limit)]
    book.close()
    return rows


def read(data: bytes, file_format: str) -> Table:
    """Header and data rows, or :class:`ImportRefused` saying what is wrong with the file."""
    raw = _xlsx(data) if file_format == ImportFormat.XLSX else _csv(data)
    raw = [[_cell(v) for v in row] for row in raw]
    if not raw or not any(raw[0]):
        raise ImportRefused(_("The file has no header row."))
    headers = [str(h) for h in raw[0]]
    if len(headers) > MAX_COLUMNS:
        raise ImportRefused(_("The file has more than %(n)d columns.") % {"n": MAX_COLUMNS})
    if any(not h for h in headers) or len(set(headers)) != len(headers):
        raise ImportRefused(_("Every column needs a name, and no two the same name."))
    rows = [row for row in raw[1:] if any(v != "" for v in row)]
    if len(rows) > settings.DATASET_IMPORT_MAX_ROWS:
        raise ImportRefused(
            _("The file has more than %(n)d rows; split it.")
            % {"n": settings.DATASET_IMPORT_MAX_ROWS}
        )
    width = len(headers)
    return Table(headers, [(row + [""] * width)[:width] for row in rows])

"""The issue's check, as a volunteer does it: export the Uyghur sheet, change three translations
(one breaking a placeholder), import with a dry run, then for real; the hotline shows the two
good changes and the broken one is refused with its reason."""

from __future__ import annotations

import io
from pathlib import Path

import openpyxl
import pytest
from django.core.management import CommandError, call_command
from django.test import Client

from amanat.translations.tests.conftest import po_text

pytestmark = pytest.mark.django_db

GOOD = {
    "Make a report": "مەلۇمات يوللاش",
    "Already made a report?": "بۇرۇن مەلۇمات يوللىغانمىدىڭىز؟",
}
BROKEN = ("Received on %(day)s.", "تاپشۇرۇۋېلىنغان ۋاقتى: بۈگۈن.")


def _fill_in(sheet_path: Path, edits: dict[str, str]) -> None:
    book = openpyxl.load_workbook(sheet_path)
    sheet = book.active
    assert sheet is not None
    column = {cell.value: cell.column for cell in sheet[1]}
    for row in range(2, sheet.max_row + 1):
        english = sheet.cell(row, column["english"]).value
        if english in edits:
            sheet.cell(row, column["suggested"]).value = edits[english]
    book.save(sheet_path)


def _import(sheet_path: Path, *extra: str) -> tuple[str, int]:
    out = io.StringIO()
    try:
        call_command(
            "translations", "import", str(sheet_path), "--reviewer", "Aynur", *extra, stdout=out
        )
    except CommandError as error:
        return out.getvalue() + str(error), error.returncode
    return out.getvalue(), 0


def test_a_volunteer_corrects_the_uyghur_hotline_with_a_spreadsheet(locale_copy, tmp_path) -> None:
    old_page = Client().get("/ug/").content.decode()
    assert "ئەھۋال مەلۇم قىلىش" in old_page  # today's "Make a report"

    call_command(
        "translations",
        "export",
        "--language",
        "ug",
        "--output",
        str(tmp_path),
        stdout=io.StringIO(),
    )
    sheet_path = tmp_path / "amanat-review-ug.xlsx"
    assert (tmp_path / "amanat-review-ug.csv").exists()
    _fill_in(sheet_path, {**GOOD, BROKEN[0]: BROKEN[1]})

    before = po_text(locale_copy, "ug")
    report, status = _import(sheet_path, "--dry-run")
    assert status == 2
    assert "3 suggestion(s), 2 accepted, 1 refused" in report
    assert "REFUSED — placeholder %(day)s is missing" in report
    assert "Dry run: nothing was written" in report
    assert po_text(locale_copy, "ug") == before

    report, status = _import(sheet_path)
    assert status == 2, report
    assert "REFUSED — placeholder %(day)s is missing" in report
    after = po_text(locale_copy, "ug")
    assert after.count("# Reviewed-by: Aynur,") == 2
    assert BROKEN[1] not in after

    page = Client().get("/ug/").content.decode()
    for new in GOOD.values():
        assert new in page
    assert "ئەھۋال مەلۇم قىلىش" not in page

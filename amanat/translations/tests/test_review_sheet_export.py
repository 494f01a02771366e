"""The review sheet holds what a volunteer needs to judge each message without the code."""

from __future__ import annotations

import io

import openpyxl
import pytest
from django.core.management import CommandError, call_command

from amanat.translations import importing, sheet


def _by_english(language: str, **options: bool) -> dict[str, list[sheet.Row]]:
    found: dict[str, list[sheet.Row]] = {}
    for row in sheet.rows(language, **options):
        found.setdefault(row["english"], []).append(row)
    return found


def test_hotline_messages_come_before_staff_messages(locale_copy) -> None:
    areas = [row["area"] for row in sheet.rows("ug")]
    first_staff = areas.index("staff")
    assert first_staff > 100
    assert set(areas[:first_staff]) == {"hotline"}
    assert set(areas[first_staff:]) == {"staff"}


def test_a_row_shows_page_context_placeholders_and_glossary_terms(locale_copy) -> None:
    rows = _by_english("ug")
    [received] = rows["Received on %(day)s."]
    assert received["placeholders"] == "%(day)s"
    assert received["where"] == "The reporter's own report and conversation (/status/)"
    assert "a date written in the page's language" in received["context"]
    assert received["suggested"] == received["reviewer"] == ""
    assert received["status"] == "unreviewed"
    [receipt] = rows["Enter your receipt code"]
    assert receipt["glossary"] == "receipt code → تالون كودى"
    assert receipt["current"] == "تالون كودىڭىزنى كىرگۈزۈڭ"
    assert receipt["where"] == "Hotline start page (/); Return with a receipt code (/return/)"


def test_plural_messages_get_one_row_per_cldr_form(locale_copy) -> None:
    english = "The file is larger than %(mb)d megabyte."
    turkish = _by_english("tr")[english]
    assert [row["plural_form"] for row in turkish] == ["n = 1", "n = 0, 2, 3, 4…"]
    assert turkish[0]["english_plural"] == "The file is larger than %(mb)d megabytes."
    assert [row["id"][-2:] for row in turkish] == ["#0", "#1"]
    chinese = _by_english("zh_Hans")[english]
    assert [row["plural_form"] for row in chinese] == ["n = 0, 1, 2, 3…"]


def test_only_unreviewed_leaves_out_reviewed_messages(locale_copy, tmp_path) -> None:
    rows = [row for row in sheet.rows("ug") if row["english"] == "Send"]
    rows[0].values["suggested"] = rows[0]["current"]
    path = tmp_path / "approve.csv"
    sheet.write_csv(path, rows)
    importing.apply(importing.review(path, "Aynur"), "Aynur")
    everything = _by_english("ug")
    assert everything["Send"][0]["status"].startswith("reviewed by Aynur")
    assert "Send" not in _by_english("ug", only_unreviewed=True)
    assert "Make a report" in _by_english("ug", only_unreviewed=True)


def test_the_export_command_writes_an_xlsx_with_editable_columns(locale_copy, tmp_path) -> None:
    out = io.StringIO()
    call_command(
        "translations", "export", "--language", "tr", "--output", str(tmp_path), stdout=out
    )
    assert "hotline" in out.getvalue()
    book = openpyxl.load_workbook(tmp_path / "amanat-review-tr.xlsx")
    sheet_ = book.active
    assert sheet_ is not None
    header = [cell.value for cell in sheet_[1]]
    assert header == sheet.COLUMNS
    assert sheet_.max_row - 1 == len(sheet.rows("tr"))


@pytest.mark.parametrize("language", ["fr", "en", ""])
def test_the_export_refuses_a_language_without_a_catalogue(locale_copy, tmp_path, language) -> None:
    with pytest.raises(CommandError, match="no catalogue for language"):
        call_command("translations", "export", "--language", language, "--output", str(tmp_path))


def test_the_export_refuses_a_missing_output_directory(locale_copy, tmp_path) -> None:
    with pytest.raises(CommandError, match="not a directory"):
        call_command(
            "translations", "export", "--language", "ug", "--output", str(tmp_path / "nope")
        )


def test_a_text_starting_with_equals_stays_text_in_the_xlsx(tmp_path) -> None:
    values = dict.fromkeys(sheet.COLUMNS, "")
    values.update(id="m1", language="tr", english="=1+1", current='=HYPERLINK("http://x")')
    path = tmp_path / "sheet.xlsx"
    sheet.write_xlsx(path, [sheet.Row(values)], "tr")
    book = openpyxl.load_workbook(path)
    row = [cell for cell in book.active[2]]  # type: ignore[index]  # openpyxl's worksheet is indexable
    assert {cell.data_type for cell in row if cell.value} == {"s"}
    [(_, read)] = sheet.read(path)
    assert read["current"] == '=HYPERLINK("http://x")'

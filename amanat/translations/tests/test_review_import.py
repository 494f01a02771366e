"""Importing a review sheet: each refusal is specific, and refused rows change nothing."""

from __future__ import annotations

import csv
import difflib
import io
import re
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from amanat.translations import catalogue, checks, importing, sheet
from amanat.translations.tests.conftest import po_text

RLM = "\u200f"


def _sheet(tmp_path: Path, lang: str, edits: dict[str, str], **columns: dict[str, str]) -> Path:
    """A CSV review sheet with ``suggested`` filled for the rows whose English is in ``edits``."""
    rows = []
    for row in sheet.rows(lang):
        values = dict(row.values)
        key = values["english"] + (f"#{values['id'].split('#')[1]}" if "#" in values["id"] else "")
        if key in edits:
            values["suggested"] = edits[key]
            for column, overrides in columns.items():
                values[column] = overrides.get(key, values[column])
            rows.append(sheet.Row(values))
    path = tmp_path / f"review-{lang}.csv"
    sheet.write_csv(path, rows)
    return path


def _reasons(tmp_path: Path, language: str, english: str, suggestion: str) -> list[str]:
    report = importing.review(_sheet(tmp_path, language, {english: suggestion}), "Tester")
    assert len(report.results) == 1
    return report.results[0].reasons


@pytest.mark.parametrize(
    ("english", "suggestion", "expected"),
    [
        ("Received on %(day)s.", "%(day)s كۈنى تاپشۇرۇۋېلىندى.", None),
        ("Received on %(day)s.", "تاپشۇرۇۋېلىندى.", "placeholder %(day)s is missing"),
        (
            "Received on %(day)s.",
            "%(day)s %(when)s كۈنى تاپشۇرۇۋېلىندى.",
            "%(when)s is not in the English",
        ),
        (
            "Received on %(day)s.",
            "%(day)s كۈنى {day} تاپشۇرۇۋېلىندى.",
            "{day} is not in the English",
        ),
        ("Received on %(day)s.", "%(day)s كۈنى 100% تاپشۇرۇۋېلىندى.", "a lone % sign"),
        ("Make a report", '<a href="https://evil.example">مەلۇمات</a>', "markup is not allowed"),
        ("Make a report", "مەلۇمات &nbsp;يوللاش", "markup is not allowed"),
        ("Make a report", "\u202eمەلۇمات يوللاش", "bidirectional override"),
        ("Make a report", "Make a report", "Arabic script"),
        ("Make a report", "مەلۇمات يوللاش \u06cc", "Arabic/Persian, not Uyghur"),
        ("Make a report", "م", "much shorter than the English"),
        ("Make a report", "مەلۇمات " * 12, "much longer than the English"),
        ("Make a report", "   ", None),  # blank: the row is skipped, not refused
    ],
)
def test_it_refuses_a_suggestion_with_a_specific_reason(
    locale_copy, tmp_path, english, suggestion, expected
) -> None:
    path = _sheet(tmp_path, "ug", {english: suggestion})
    report = importing.review(path, "Tester")
    if not suggestion.strip():
        assert report.results == []
        return
    reasons = report.results[0].reasons
    if expected is None:
        assert reasons == []
    else:
        assert any(expected in reason for reason in reasons), reasons


def test_it_adds_a_right_to_left_mark_before_an_uyghur_line_starting_with_digits(
    locale_copy, tmp_path
) -> None:
    english = "28 digits. Spaces do not matter."
    report = importing.review(
        _sheet(tmp_path, "ug", {english: "28 رەقەم.\nبوشلۇق مۇھىم ئەمەس."}), "T"
    )
    result = report.results[0]
    assert result.text == RLM + "28 رەقەم.\nبوشلۇق مۇھىم ئەمەس."
    assert any("right-to-left mark" in note for note in result.notes)


def test_turkish_lines_starting_with_a_placeholder_get_no_mark(locale_copy, tmp_path) -> None:
    report = importing.review(
        _sheet(tmp_path, "tr", {"Received on %(day)s.": "%(day)s günü alındı."}), "T"
    )
    assert report.results[0].text == "%(day)s günü alındı."


def test_it_notes_a_dropped_glossary_term_without_refusing(locale_copy, tmp_path) -> None:
    report = importing.review(
        _sheet(tmp_path, "tr", {"Enter your receipt code": "Kodunuzu girin"}), "T"
    )
    result = report.results[0]
    assert result.status == importing.ACCEPTED
    assert any("makbuz kodu" in note for note in result.notes)


def test_it_refuses_a_row_whose_english_was_edited(locale_copy, tmp_path) -> None:
    path = _sheet(
        tmp_path,
        "ug",
        {"Make a report": "مەلۇمات يوللاش"},
        english={"Make a report": "Make two reports"},
    )
    reasons = importing.review(path, "Tester").results[0].reasons
    assert reasons == ["the English in this row is not the catalogue's; do not edit it"]


def test_it_refuses_a_row_whose_translation_changed_since_the_export(locale_copy, tmp_path) -> None:
    path = _sheet(
        tmp_path, "ug", {"Make a report": "مەلۇمات يوللاش"}, current={"Make a report": "كونا"}
    )
    reasons = importing.review(path, "Tester").results[0].reasons
    assert "someone changed this translation since the sheet was exported" in reasons[0]


def test_it_refuses_an_unknown_id(locale_copy, tmp_path) -> None:
    path = _sheet(
        tmp_path, "ug", {"Make a report": "مەلۇمات يوللاش"}, id={"Make a report": "m0000000000"}
    )
    reasons = importing.review(path, "Tester").results[0].reasons
    assert "no message with id 'm0000000000'" in reasons[0]


def test_it_refuses_a_second_row_for_the_same_message(locale_copy, tmp_path) -> None:
    path = _sheet(tmp_path, "ug", {"Make a report": "مەلۇمات يوللاش"})
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    path.write_text("\n".join([*lines, lines[1]]) + "\n", encoding="utf-8")
    report = importing.review(path, "Tester")
    assert [result.status for result in report.results] == [importing.ACCEPTED, importing.REFUSED]
    assert report.results[1].reasons == ["row 2 already suggests a text for this message"]


def test_it_needs_a_reviewer_name(locale_copy, tmp_path) -> None:
    reasons = (
        importing.review(_sheet(tmp_path, "ug", {"Make a report": "مەلۇمات يوللاش"}), "")
        .results[0]
        .reasons
    )
    assert reasons == ["no reviewer name: fill the reviewer column or pass --reviewer"]


def test_the_reviewer_column_wins_over_the_option(locale_copy, tmp_path) -> None:
    path = _sheet(
        tmp_path, "ug", {"Make a report": "مەلۇمات يوللاش"}, reviewer={"Make a report": "Dilnur"}
    )
    call_command("translations", "import", str(path), "--reviewer", "Aynur", stdout=io.StringIO())
    assert "# Reviewed-by: Dilnur," in po_text(locale_copy, "ug")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            "id,english\nm1,Hello\n",
            "not a review sheet (missing columns: language, current, suggested)",
        ),
        ("", "the file is empty"),
    ],
)
def test_it_refuses_a_file_that_is_not_a_review_sheet(
    locale_copy, tmp_path, content, message
) -> None:
    path = tmp_path / "other.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(CommandError, match=re.escape(message)) as raised:
        call_command("translations", "import", str(path), "--reviewer", "A", stdout=io.StringIO())
    assert raised.value.returncode == 1


def test_it_refuses_a_damaged_xlsx(locale_copy, tmp_path) -> None:
    path = tmp_path / "sheet.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a workbook")
    with pytest.raises(CommandError, match="not a readable XLSX file"):
        call_command("translations", "import", str(path), "--reviewer", "A", stdout=io.StringIO())


def test_it_refuses_a_sheet_mixing_languages(locale_copy, tmp_path) -> None:
    path = _sheet(
        tmp_path,
        "ug",
        {"Make a report": "مەلۇمات يوللاش", "Send": "يوللاش"},
        language={"Send": "tr"},
    )
    with pytest.raises(sheet.SheetError, match="one language per sheet, found: tr, ug"):
        importing.review(path, "A")


def test_all_or_nothing_writes_nothing_when_a_row_is_refused(locale_copy, tmp_path) -> None:
    path = _sheet(
        tmp_path, "ug", {"Make a report": "مەلۇمات يوللاش", "Received on %(day)s.": "بۈگۈن"}
    )
    before = po_text(locale_copy, "ug")
    out = io.StringIO()
    with pytest.raises(CommandError) as raised:
        call_command(
            "translations", "import", str(path), "--reviewer", "A", "--all-or-nothing", stdout=out
        )
    assert raised.value.returncode == 2
    assert "nothing was written" in out.getvalue()
    assert po_text(locale_copy, "ug") == before


def test_an_import_changes_only_the_reviewed_entries_and_the_header(locale_copy, tmp_path) -> None:
    before = po_text(locale_copy, "ug")
    path = _sheet(tmp_path, "ug", {"Make a report": "مەلۇمات يوللاش"})
    call_command("translations", "import", str(path), "--reviewer", "Aynur", stdout=io.StringIO())
    diff = [
        line
        for line in difflib.unified_diff(
            before.splitlines(), po_text(locale_copy, "ug").splitlines(), n=0
        )
        if line[:1] in "+-" and not line.startswith(("+++", "---"))
    ]
    removed = [line[1:] for line in diff if line.startswith("-")]
    added = [line[1:] for line in diff if line.startswith("+")]
    assert removed == [
        '"PO-Revision-Date: 2026-11-24 12:29+0000\\n"',
        '"Last-Translator: Amanat project (first draft, awaiting native-speaker "',
        '"review)\\n"',
        'msgstr "ئەھۋال مەلۇم قىلىش"',
    ]
    assert len(added) == 4
    assert added[0].startswith('"PO-Revision-Date: ')
    assert added[1:3] == ['"Last-Translator: Aynur\\n"', added[2]]
    assert added[2].startswith("# Reviewed-by: Aynur, ")
    assert added[3] == 'msgstr "مەلۇمات يوللاش"'


def test_copying_the_current_text_approves_it_unchanged(locale_copy, tmp_path) -> None:
    path = _sheet(tmp_path, "ug", {"Make a report": "ئەھۋال مەلۇم قىلىش"})
    report = importing.review(path, "Aynur")
    assert report.results[0].status == importing.APPROVED
    importing.apply(report, "Aynur")
    reviewed = {entry.msgid: entry.reviewed_by for entry in catalogue.entries("ug")}
    assert reviewed["Make a report"].startswith("Aynur")
    assert reviewed["Send"] is None


def test_a_plural_form_row_changes_only_that_form(locale_copy, tmp_path) -> None:
    english = "The file is larger than %(mb)d megabyte."
    path = _sheet(tmp_path, "tr", {f"{english}#1": "Dosya %(mb)d megabayttan büyüktür."})
    report = importing.review(path, "Ayşe")
    assert report.results[0].reasons == []
    importing.apply(report, "Ayşe")
    entry = next(entry for entry in catalogue.entries("tr") if entry.msgid == english)
    assert entry.forms == ("Dosya %(mb)d megabayttan büyük.", "Dosya %(mb)d megabayttan büyüktür.")


def test_the_csv_and_xlsx_sheets_hold_the_same_rows(locale_copy, tmp_path) -> None:
    call_command(
        "translations",
        "export",
        "--language",
        "zh-hans",
        "--output",
        str(tmp_path),
        stdout=io.StringIO(),
    )
    from_csv = sheet.read(tmp_path / "amanat-review-zh_Hans.csv")
    from_xlsx = sheet.read(tmp_path / "amanat-review-zh_Hans.xlsx")
    assert [values["id"] for _, values in from_csv] == [values["id"] for _, values in from_xlsx]
    with (tmp_path / "amanat-review-zh_Hans.csv").open(encoding="utf-8-sig") as handle:
        assert next(csv.reader(handle))[:4] == ["id", "language", "area", "english"]


def test_the_amanat_command_exits_2_when_a_row_is_refused(tmp_path) -> None:
    """The real console command, as an administrator runs it (a dry run: nothing is written)."""
    import os
    import subprocess
    import sys

    path = _sheet(
        tmp_path, "ug", {"Make a report": "مەلۇمات يوللاش", "Received on %(day)s.": "بۈگۈن"}
    )
    env = {
        **os.environ,
        "AMANAT_SECRET_KEY": "test-only-not-a-secret-0123456789abcdef",
        "AMANAT_DATA_DIR": str(tmp_path),
    }
    command = [sys.executable, "-m", "amanat.cli.main", "translations", "import", str(path)]
    done = subprocess.run(
        [*command, "--dry-run", "--reviewer", "A"], env=env, capture_output=True, text=True
    )
    assert done.returncode == 2, done.stderr
    assert "1 accepted, 1 refused" in done.stdout
    assert "1 row(s) refused" in done.stderr


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Up to %(max_files)s files of %(mb)5.1f MB", ["%(max_files)s", "%(mb)5.1f"]),
        ("%d of %s", ["%d", "%s"]),
        ("Hello {name}, {0} and {count:>3}", ["{name}", "{0}", "{count:>3}"]),
        ("50% of them, 100 %% sure, {{not one}}", []),
    ],
)
def test_placeholders_are_found_in_both_styles(text, found) -> None:
    assert checks.placeholders(text) == found


def test_a_brace_placeholder_must_be_kept(locale_copy) -> None:
    verdict = checks.check("Merhaba", ["Hello {name}"], "tr", python_format=False)
    assert verdict.errors == [
        "placeholder {name} is missing: it must stay exactly as in the English "
        "(the page puts a number or a name there)"
    ]


def test_an_entry_gone_from_the_file_stops_the_write_before_anything_changes(locale_copy) -> None:
    from amanat.translations import pofile_edit

    path = locale_copy / "ug" / "LC_MESSAGES" / "django.po"
    before = path.read_bytes()
    changes = {
        ("Make a report", None): pofile_edit.Change(["يېڭى"], "A", "2026-12-03"),
        ("No such message", None): pofile_edit.Change(["يېڭى"], "A", "2026-12-03"),
    }
    with pytest.raises(KeyError, match="No such message"):
        pofile_edit.apply(path, changes, {"Last-Translator": "A"})
    assert path.read_bytes() == before

"""``amanat translations export|import|status``: native-speaker review with a spreadsheet.

Exit status: 0 when every filled-in row was accepted, 2 when any row was refused (the others are
still applied unless ``--all-or-nothing``), 1 for an unusable file or arguments.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from amanat.translations import catalogue, importing, sheet

REFUSED_EXIT = 2


class Command(BaseCommand):
    help = "Export a review sheet, import reviewed translations, or show review status."
    requires_system_checks: list[str] = []  # works on files; unrelated configuration warnings

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        export = sub.add_parser("export", help="write the XLSX and CSV review sheet")
        export.add_argument("--language", required=True, help="ug, tr or zh-hans")
        export.add_argument("--only-unreviewed", action="store_true")
        export.add_argument("--output", default=".", help="directory for the sheet files")
        bring = sub.add_parser("import", help="check a filled-in sheet and write accepted rows")
        bring.add_argument("file", help="the .xlsx or .csv review sheet")
        bring.add_argument("--reviewer", default="", help="name recorded for rows without one")
        bring.add_argument("--dry-run", action="store_true", help="report only; write nothing")
        bring.add_argument(
            "--all-or-nothing", action="store_true", help="write nothing if any row is refused"
        )
        sub.add_parser("status", help="reviewed / unreviewed messages per language")

    def handle(self, *args: Any, **options: Any) -> None:
        action = options["action"]
        if action == "export":
            self._export(options["language"], options["only_unreviewed"], Path(options["output"]))
        elif action == "import":
            self._import(Path(options["file"]), options)
        else:
            self._status()

    def _export(self, language: str, only_unreviewed: bool, output: Path) -> None:
        try:
            code = catalogue.catalogue_language(language)
        except ValueError as exc:
            raise CommandError(str(exc)) from exc
        if not output.is_dir():
            raise CommandError(f"{output}: not a directory")
        rows = sheet.rows(code, only_unreviewed=only_unreviewed)
        name = f"amanat-review-{code}{'-unreviewed' if only_unreviewed else ''}"
        xlsx, csv = output / f"{name}.xlsx", output / f"{name}.csv"
        sheet.write_xlsx(xlsx, rows, code)
        sheet.write_csv(csv, rows)
        hotline = sum(row["area"] == "hotline" for row in rows)
        self.stdout.write(
            f"{len(rows)} rows ({hotline} hotline, {len(rows) - hotline} staff) written to "
            f"{xlsx} and {csv}.\nFill in the 'suggested' column (and 'reviewer'); to confirm a "
            "translation as it is, copy it into 'suggested'."
        )

    def _import(self, path: Path, options: dict[str, Any]) -> None:
        if not path.is_file():
            raise CommandError(f"{path}: no such file")
        try:
            report = importing.review(path, options["reviewer"])
        except sheet.SheetError as exc:
            raise CommandError(str(exc)) from exc
        self._print_report(path, report)
        blocked = options["all_or_nothing"] and report.refused
        if options["dry_run"]:
            self.stdout.write(
                f"Dry run: nothing was written. {len(report.accepted)} row(s) would be applied."
            )
        elif blocked:
            self.stdout.write("--all-or-nothing: a row was refused, so nothing was written.")
        elif report.accepted:
            mo_path = importing.apply(report, options["reviewer"])
            self.stdout.write(
                f"Wrote {len(report.accepted)} row(s) to {catalogue.po_path(report.language)} and "
                f"compiled {mo_path.name}; restart the web service to show them."
            )
        if report.refused:
            raise CommandError(
                f"{len(report.refused)} row(s) refused; fix them in the sheet and import it again",
                returncode=REFUSED_EXIT,
            )

    def _print_report(self, path: Path, report: importing.ImportReport) -> None:
        self.stdout.write(
            f"{path.name} ({report.language}): {len(report.results)} suggestion(s), "
            f"{len(report.accepted)} accepted, {len(report.refused)} refused, "
            f"{report.empty_rows} row(s) left empty."
        )
        for result in report.results:
            head = f"  row {result.number} {result.row_id} {result.english[:50]!r}: "
            if result.status == importing.REFUSED:
                self.stdout.write(head + "REFUSED — " + "; ".join(result.reasons))
            else:
                self.stdout.write(head + f"{result.status} (reviewer: {result.reviewer})")
            for note in result.notes:
                self.stdout.write(f"      note: {note}")

    def _status(self) -> None:
        self.stdout.write(
            "language  hotline: reviewed unreviewed total   staff: reviewed unreviewed total"
        )
        for code in catalogue.CATALOGUE_LANGUAGES.values():
            c = catalogue.counts(code)
            hotline_left, staff_left = (
                c.hotline_total - c.hotline_reviewed,
                c.staff_total - c.staff_reviewed,
            )
            self.stdout.write(
                f"{code:<9} {c.hotline_reviewed:>17} {hotline_left:>10} {c.hotline_total:>5} "
                f"{c.staff_reviewed:>17} {staff_left:>10} {c.staff_total:>5}"
            )

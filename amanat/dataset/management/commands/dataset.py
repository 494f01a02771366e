"""``amanat dataset``: the dataset on the command line, for operators.

- ``demo --org SLUG --count N``: synthetic coded incidents, marked synthetic (``--add`` to add
  when some exist); ``amanat stats demo --org SLUG`` then builds and publishes a release.
- ``export --member USER --format csv|json|parquet [--output PATH] [filters]``: what that staff
  member may see, as the dashboard's export (audited as theirs).
- ``release create --member USER --title T [filters] [--build]``, ``release build ID
  [--again]`` (``--again``: rebuild and say whether every file is byte-identical),
  ``release list --org SLUG``.
- ``import FILE --member USER [--map TARGET=COLUMN …] [--set TARGET=VALUE …] [--dry-run]
  [--valid-only]``: a CSV or XLSX file, columns matched to fields by name unless mapped.

Long work draws a progress line on stderr; every refusal is a clear message and exit code 1.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from amanat.accounts.models import StaffMember
from amanat.core.progress import Progress
from amanat.dataset.filters import DatasetFilter
from amanat.keys.models import Organisation


def member_named(username: str) -> StaffMember:
    """The active staff member with this user name, or a clear CommandError."""
    member = (
        StaffMember.objects.select_related("user", "organisation")
        .filter(user__username=username)
        .first()
    )
    if member is None or not member.active:
        raise CommandError(f"no active staff member with user name {username!r}")
    return member


def _add_filters(parser: CommandParser) -> None:
    parser.add_argument("--year-from", type=int, default=None)
    parser.add_argument("--year-to", type=int, default=None)
    parser.add_argument("--host-country", action="append", default=[], help="ISO code; repeat")
    parser.add_argument("--synthetic", choices=["", "exclude", "only"], default="")


def _selection(options: dict[str, Any]) -> DatasetFilter:
    low, high = options["year_from"], options["year_to"]
    if low is not None and high is not None and low > high:
        raise CommandError("--year-from is after --year-to")
    return DatasetFilter(
        year_from=low,
        year_to=high,
        synthetic=options["synthetic"],
        host_countries=tuple(c.upper() for c in options["host_country"]),
    )


def _pairs(values: list[str], flag: str) -> dict[str, str]:
    found = {}
    for value in values:
        target, sep, rest = value.partition("=")
        if not sep or not target or not rest:
            raise CommandError(f"{flag} takes TARGET=VALUE, not {value!r}")
        found[target.strip()] = rest.strip()
    return found


class Command(BaseCommand):
    help = "Dataset tools: demo data, export, releases (create, build, list) and import."

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        demo = sub.add_parser("demo", help="create synthetic coded incidents")
        demo.add_argument("--org", required=True, help="organisation slug")
        demo.add_argument("--count", type=int, default=2000, help="incidents to create")
        demo.add_argument("--seed", type=int, default=None, help="random seed (repeatable runs)")
        demo.add_argument("--add", action="store_true", help="add even if synthetic data exists")

        export = sub.add_parser("export", help="export the coded incidents a member may see")
        export.add_argument("--member", required=True, help="staff user name (whose view)")
        export.add_argument("--format", choices=["csv", "json", "parquet"], default="csv")
        export.add_argument("--output", default="-", help="file to write ('-': stdout)")
        _add_filters(export)

        release = sub.add_parser("release", help="create, build or list releases")
        steps = release.add_subparsers(dest="step", required=True)
        create = steps.add_parser("create", help="record a release (and --build it now)")
        create.add_argument(
            "--member", required=True, help="staff user name (coordinator or researcher)"
        )
        create.add_argument("--title", required=True)
        create.add_argument("--build", action="store_true", help="build it at once")
        _add_filters(create)
        build = steps.add_parser("build", help="build a queued release (--again: rebuild)")
        build.add_argument("release", type=int, help="release id")
        build.add_argument(
            "--again",
            action="store_true",
            help="build a built release again and compare its checksums",
        )
        listing = steps.add_parser("list", help="list an organisation's releases")
        listing.add_argument("--org", required=True, help="organisation slug")

        load = sub.add_parser("import", help="import a CSV or XLSX file of coded incidents")
        load.add_argument("file", help="path of the CSV or XLSX file")
        load.add_argument(
            "--member", required=True, help="staff user name (coordinator or analyst)"
        )
        load.add_argument(
            "--map",
            action="append",
            default=[],
            metavar="TARGET=COLUMN",
            help="read TARGET from the column with this header; repeat",
        )
        load.add_argument(
            "--set",
            action="append",
            default=[],
            metavar="TARGET=VALUE",
            help="the same VALUE for every row; repeat",
        )
        load.add_argument("--dry-run", action="store_true", help="check every row, write nothing")
        load.add_argument("--valid-only", action="store_true", help="import the valid rows only")

    def _progress(self, label: str, total: int | None = None) -> Progress:
        """A progress line on this command's stderr (the raw stream: it redraws with \\r)."""
        return Progress(label, total, stream=getattr(self.stderr, "_out", sys.stderr))

    def handle(self, *args: Any, **options: Any) -> None:
        action = options["action"]
        if action == "demo":
            self.demo(options)
        elif action == "export":
            self.export(options)
        elif action == "release":
            getattr(self, f"release_{options['step']}")(options)
        else:
            self.import_file(options)

    def demo(self, options: dict[str, Any]) -> None:
        from amanat.dataset.imports import demo

        count = int(options["count"])
        if count < 1 or count > 5_000_000:
            raise CommandError("--count must be between 1 and 5000000")
        organisation = Organisation.objects.filter(slug=options["org"]).first()
        if organisation is None:
            raise CommandError(f"no organisation with slug {options['org']!r}")
        if demo.has_synthetic(organisation) and not options["add"]:
            self.stdout.write(f"Synthetic data already present in {organisation.slug}.")
            return
        bar = self._progress("generating", count)
        batch = demo.generate(organisation, count, seed=options["seed"], progress=bar.update)
        bar.finish()
        self.stdout.write(
            f"Created {batch.rows_imported} synthetic incidents in {organisation.slug} "
            f"(import batch {batch.pk}, marked synthetic)."
        )

    def export(self, options: dict[str, Any]) -> None:
        from amanat.dataset import operations

        member = member_named(options["member"])
        output = options["output"]
        bar = self._progress("exporting")
        try:
            if output == "-":
                rows = operations.export(
                    member, _selection(options), options["format"], sys.stdout.buffer, bar.update
                )
            else:
                with Path(output).open("xb") as handle:
                    rows = operations.export(
                        member, _selection(options), options["format"], handle, bar.update
                    )
        except FileExistsError as exc:
            raise CommandError(f"{output} exists; refusing to overwrite it") from exc
        except operations.OperationRefused as exc:
            raise CommandError(exc.message) from exc
        except OSError as exc:
            raise CommandError(f"{output}: {exc.strerror}") from exc
        bar.finish()
        self.stderr.write(f"Exported {rows} incidents ({options['format']}).")

    def release_create(self, options: dict[str, Any]) -> None:
        from amanat.dataset import operations

        member = member_named(options["member"])
        try:
            release = operations.create_release(member, _selection(options), options["title"])
        except operations.OperationRefused as exc:
            raise CommandError(exc.message) from exc
        self.stdout.write(f"Release {release.number} (id {release.pk}) queued.")
        if options["build"]:
            self.release_build({"release": release.pk, "again": False})

    def release_build(self, options: dict[str, Any]) -> None:
        from amanat.dataset import operations

        bar = self._progress(f"building release {options['release']}")
        try:
            release, identical = operations.build(
                options["release"], bar.update, again=options["again"]
            )
        except operations.OperationRefused as exc:
            raise CommandError(exc.message) from exc
        bar.finish()
        if release.status != "done":
            raise CommandError(f"release {release.pk} failed: {release.error or 'see the logs'}")
        self.stdout.write(
            f"Release {release.number} (id {release.pk}) built: "
            f"{release.row_count} rows in {len(release.files)} files."
        )
        if options["again"]:
            verdict = "byte-identical to" if identical else "DIFFERENT from"
            self.stdout.write(f"SHA256SUMS: every file is {verdict} the previous build.")

    def release_list(self, options: dict[str, Any]) -> None:
        from amanat.dataset.models import Release

        organisation = Organisation.objects.filter(slug=options["org"]).first()
        if organisation is None:
            raise CommandError(f"no organisation with slug {options['org']!r}")
        found = Release.objects.filter(organisation=organisation).order_by("number")
        self.stdout.write("id\tnumber\tstatus\trows\tpublic\tcreated\ttitle")
        for r in found:
            self.stdout.write(
                f"{r.pk}\t{r.number}\t{r.status}\t{r.row_count}\t"
                f"{'yes' if r.public else 'no'}\t{r.created_on}\t{r.title}"
            )

    def import_file(self, options: dict[str, Any]) -> None:
        from amanat.dataset import operations

        member = member_named(options["member"])
        path = Path(options["file"])
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise CommandError(f"{path}: {exc.strerror}") from exc
        columns, fixed = _pairs(options["map"], "--map"), _pairs(options["set"], "--set")
        try:
            report = operations.import_file(
                member,
                data,
                columns=columns,
                fixed=fixed,
                dry_run=options["dry_run"],
                valid_only=options["valid_only"],
                progress=self._progress("importing").update,
            )
        except operations.OperationRefused as exc:
            raise CommandError(exc.message) from exc
        self.stdout.write(report.summary)
        for line in report.errors[:20]:
            self.stderr.write(line)
        if options["dry_run"] and report.errors:
            raise CommandError(
                f"{report.invalid} rows cannot be imported (dry run: nothing was written)"
            )

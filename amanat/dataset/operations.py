"""Dataset work for the command line (``amanat dataset``): the same functions the staff pages
use, with the same role checks and audit entries, the actor named explicitly.

Each raises :class:`OperationRefused` with a message for the operator (in English, like every
command's output); nothing is half-written
(exports go to a new file, imports are one transaction, a release is complete or absent).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import IO

from django.db import transaction

from amanat.accounts.models import StaffMember
from amanat.audit.actions import record
from amanat.audit.tags import EventTag
from amanat.core.time import today
from amanat.dataset import schema
from amanat.dataset.access import ANALYTICS_ROLES, IMPORT_ROLES, RELEASE_ROLES
from amanat.dataset.analytics.snapshot import dataset_incidents
from amanat.dataset.filters import DatasetFilter
from amanat.dataset.imports import importer
from amanat.dataset.imports.files import ImportRefused, read
from amanat.dataset.models import ImportFormat, Release
from amanat.dataset.releases import versions as releases
from amanat.dataset.releases.rows import coded_rows, organisation_key
from amanat.dataset.releases.writers import stream
from amanat.incidents import codebook
from amanat.incidents.models import Codebook

Progress = Callable[[int, int], None]


class OperationRefused(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def _allowed(member: StaffMember, roles: tuple[str, ...], what: str) -> None:
    if not member.active or member.role not in roles:
        raise OperationRefused(f"{member.user.get_username()} ({member.role}) may not {what}.")


def export(
    member: StaffMember,
    selection: DatasetFilter,
    fmt: str,
    out: IO[bytes],
    progress: Progress | None = None,
) -> int:
    """Write the member's filtered incidents to ``out``, audited as the web export is."""
    _allowed(member, ANALYTICS_ROLES, "export the dataset")
    incidents = selection.apply(dataset_incidents(member))
    total = incidents.count()
    columns = schema.Schema.of(codebook.book_for(cb) for cb in Codebook.objects.all())
    meta = {
        "dataset": "Amanat coded incidents",
        "exported_on": today().isoformat(),
        "codebook_version": columns.version,
        "filters": selection.to_json(),
    }
    record(
        EventTag.DATASET_EXPORT,
        actor=member,
        payload={"format": fmt, "filtered": not selection.is_empty(), "via": "command"},
    )
    count = 0

    def counted() -> object:
        nonlocal count
        for row in coded_rows(incidents, organisation_key(member.organisation_id)):
            count += 1
            if progress is not None and count % 1000 == 0:
                progress(count, total)
            yield row

    for chunk in stream(counted(), fmt, columns, meta):  # type: ignore[arg-type]  # a generator of row lists, where the stubs expect rows
        out.write(chunk)
    out.flush()
    if progress is not None:
        progress(count, total)
    return count


def create_release(member: StaffMember, selection: DatasetFilter, title: str) -> Release:
    _allowed(member, RELEASE_ROLES, "create a release")
    if not title.strip():
        raise OperationRefused("A release needs a title.")
    try:
        return releases.create_release(member, selection, title)
    except releases.ReleaseError as exc:
        raise OperationRefused(exc.message) from exc


def build(
    release_id: int, progress: Progress | None = None, *, again: bool = False
) -> tuple[Release, bool]:
    """Build a queued release (``again``: rebuild a built one); True when the rebuild's files
    are byte-identical to the previous build's."""
    release = Release.objects.filter(pk=release_id).first()
    if release is None:
        raise OperationRefused(f"There is no release with id {release_id}.")
    identical = False
    if again:
        try:
            identical = releases.rebuild(release_id, progress)
        except releases.ReleaseError as exc:
            raise OperationRefused(exc.message) from exc
    elif releases.build(release_id, progress) == "not queued":
        raise OperationRefused(
            f"Release {release_id} is {release.status}, not queued; use --again to rebuild it."
        )
    release.refresh_from_db()
    return release, identical


@dataclass
class ImportReport:
    summary: str
    errors: list[str]
    invalid: int


def _normal(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def _mapping(
    headers: list[str], columns: dict[str, str], fixed: dict[str, str]
) -> importer.Mapping:
    """Columns named like a target are read into it unless mapped or fixed otherwise."""
    unknown = sorted((set(columns) | set(fixed)) - set(importer.TARGETS))
    if unknown:
        raise OperationRefused(
            "Unknown field(s): {names}. Fields: {known}.".format(
                names=", ".join(unknown), known=", ".join(importer.TARGETS)
            )
        )
    index = {_normal(header): i for i, header in enumerate(headers)}
    chosen: dict[str, int] = {}
    for target in importer.TARGETS:
        if target in fixed:
            continue
        if target in columns:
            if _normal(columns[target]) not in index:
                raise OperationRefused(f"The file has no column “{columns[target]}”.")
            chosen[target] = index[_normal(columns[target])]
        elif _normal(target) in index:
            chosen[target] = index[_normal(target)]
    missing = [t for t in importer.REQUIRED if t not in chosen and t not in fixed]
    if missing:
        raise OperationRefused(
            f"Map the required field(s) {', '.join(missing)} with --map FIELD=COLUMN or "
            "--set FIELD=VALUE."
        )
    return importer.Mapping(columns=chosen, fixed=fixed)


def import_file(
    member: StaffMember,
    data: bytes,
    *,
    columns: dict[str, str],
    fixed: dict[str, str],
    dry_run: bool,
    valid_only: bool,
    progress: Progress | None = None,
) -> ImportReport:
    """Check (``dry_run``) or import a CSV/XLSX file, as the import pages do."""
    _allowed(member, IMPORT_ROLES, "import a dataset")
    fmt = ImportFormat.XLSX if data[:2] == b"PK" else ImportFormat.CSV
    try:
        table = read(data, fmt)
        mapping = _mapping(table.headers, columns, fixed)
        if progress is not None:
            progress(0, len(table.rows))
        if dry_run:
            result = importer.dry_run(table, mapping, member.organisation)
            with transaction.atomic():
                record(
                    EventTag.DATASET_IMPORT_DRY_RUN,
                    actor=member,
                    payload={
                        "rows": result.total,
                        "invalid": result.invalid_rows,
                        "duplicates": result.duplicates,
                        "via": "command",
                    },
                )
        else:
            _batch, result = importer.run_import(
                member.organisation, table, mapping, fmt, actor=member, valid_only=valid_only
            )
    except ImportRefused as exc:
        raise OperationRefused(exc.message) from exc
    if progress is not None:
        progress(result.total, result.total)
    errors = [f"row {e.row}, {e.column}: {e.reason}" for e in result.errors]
    verb = "would import" if dry_run else "imported"
    summary = (
        f"{result.total} rows: {verb} {len(result.ready)}, {result.duplicates} already "
        f"imported, {result.invalid_rows} invalid."
    )
    return ImportReport(summary, errors, result.invalid_rows)

"""Versioned releases: a frozen filter, codebook version, files with checksums, a changelog.

:func:`create_release` records the request (one transaction, audited); :func:`build` writes
every file in one pass over the database, in constant memory, into
``DATA_DIR/releases/<id>.partial/`` and renames the folder when all is written, so a release
folder is complete or absent. Progress is saved as rows are written; the release page shows it.

A manifest (internal id, pseudonymous code, hash of the coded row) stays beside the files but is
never offered for download; the changelog is a streaming merge of this manifest with the
previous release's (both in id order): added, removed, changed and unchanged incidents.
"""

from __future__ import annotations

import hashlib
import json
import logging
import shutil
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import UTC, datetime, time
from pathlib import Path
from typing import IO, Any

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Max, QuerySet
from django.utils.translation import gettext as _

from amanat.accounts.models import StaffMember
from amanat.audit.actions import record
from amanat.audit.tags import EventTag
from amanat.core.time import today
from amanat.dataset import schema as schema_module
from amanat.dataset.analytics.snapshot import dataset_incidents
from amanat.dataset.filters import DatasetFilter
from amanat.dataset.models import Release, ReleaseStatus
from amanat.dataset.releases import datapackage
from amanat.dataset.releases.licences import licence
from amanat.dataset.releases.rows import CodedRow, coded_rows, organisation_key
from amanat.dataset.releases.writers import (
    XLSX_MAX_ROWS,
    CsvWriter,
    JsonWriter,
    ParquetWriter,
    XlsxWriter,
    csv_table,
    json_text,
)
from amanat.incidents import codebook
from amanat.incidents.models import Codebook, Incident, Sensitivity

logger = logging.getLogger(__name__)
SHAREABLE = (Sensitivity.PUBLIC, Sensitivity.RESTRICTED)
MANIFEST = "manifest.tsv"
PROGRESS_EVERY = 10_000
DOWNLOADS = (
    "incidents.csv",
    "incidents.json",
    "incidents.parquet",
    "incidents.xlsx",
    "dictionary.json",
    "dictionary.csv",
    "dictionary.md",
    "changelog.json",
    datapackage.NAME,
    "SHA256SUMS",
)


class ReleaseError(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def releases_dir() -> Path:
    return Path(settings.DATA_DIR) / "releases"


def release_dir(release: Release) -> Path:
    return releases_dir() / str(release.pk)


def shareable(selection: DatasetFilter) -> DatasetFilter:
    """A release never holds confidential incidents, whatever the filter asked for."""
    if Sensitivity.CONFIDENTIAL in selection.sensitivities:
        raise ReleaseError(_("A release never includes confidential incidents."))
    return replace(selection, sensitivities=selection.sensitivities or SHAREABLE)


@transaction.atomic
def create_release(member: StaffMember, selection: DatasetFilter, title: str) -> Release:
    """Record a release to build (queued); the caller enqueues :func:`build`."""
    selection = shareable(selection)
    book = codebook.current()
    org = member.organisation_id
    previous = (
        Release.objects.filter(organisation_id=org, status=ReleaseStatus.DONE)
        .order_by("-number")
        .first()
    )
    number = (Release.objects.filter(organisation_id=org).aggregate(n=Max("number"))["n"] or 0) + 1
    try:
        with transaction.atomic():
            release = Release.objects.create(
                organisation_id=org,
                number=number,
                title=title.strip()[:200],
                filters=selection.to_json(),
                codebook_id=book.pk,
                created_by=member.user,
                created_on=today(),
                previous=previous,
                licence=licence(settings.DATASET_LICENCE).spdx,
            )
    except IntegrityError as exc:  # two releases asked for at once: one gets the number
        raise ReleaseError(_("Another release was created at the same time; try again.")) from exc
    record(
        EventTag.DATASET_RELEASE_CREATE,
        actor=member,
        subject=release,
        payload={"number": number, "codebook": book.version, "filtered": not selection.is_empty()},
    )
    return release


def release_incidents(release: Release) -> QuerySet[Incident]:
    """The release's rows: what its creator may see, narrowed by its frozen filter."""
    creator = (
        StaffMember.objects.filter(user_id=release.created_by_id).first()
        if release.created_by_id is not None
        else None
    )
    if creator is None or not creator.active or creator.organisation_id != release.organisation_id:
        raise ReleaseError(_("The person who asked for this release can no longer see incidents."))
    selection = shareable(DatasetFilter.from_json(release.filters))
    return selection.apply(dataset_incidents(creator))


def _parquet_meta(release: Release, schema: schema_module.Schema) -> dict[str, str]:
    """Parquet key-value metadata: which release and codebook the file belongs to."""
    return {
        "amanat:dataset": "Amanat coded incidents",
        "amanat:release": str(release.number),
        "amanat:codebook_version": schema.version,
        "amanat:licence": release.licence,
    }


class _Files:
    """Every output of one pass, opened in the partial folder."""

    def __init__(self, folder: Path, release: Release, schema: schema_module.Schema, total: int):
        self.handles: list[IO[Any]] = []
        meta = {
            "dataset": "Amanat coded incidents",
            "release": release.number,
            "codebook_version": schema.version,
            "filters": release.filters,
            "dictionary": "dictionary.json",
        }
        self.json = JsonWriter(self._open(folder / "incidents.json"), meta)
        self.writers: list[Any] = [
            CsvWriter(self._open(folder / "incidents.csv"), schema),
            ParquetWriter(
                str(folder / "incidents.parquet"), schema, metadata=_parquet_meta(release, schema)
            ),
        ]
        if total <= XLSX_MAX_ROWS:
            self.writers.append(XlsxWriter(folder / "incidents.xlsx", schema, release.created_on))
        self.manifest = self._open(folder / MANIFEST)

    def _open(self, path: Path) -> IO[str]:
        handle = path.open("w", encoding="utf-8", newline="")
        self.handles.append(handle)
        return handle

    def add(self, row: CodedRow) -> None:
        text = json_text(row)  # encoded once: the JSON file's line and the manifest's hash
        self.json.add_text(text)
        for writer in self.writers:
            writer.add(row)
        digest = hashlib.sha256(text.encode()).hexdigest()[:32]
        self.manifest.write(f"{row.pk}\t{row.incident_code}\t{digest}\n")

    def close(self) -> None:
        self.json.close()
        for writer in self.writers:
            writer.close()
        for handle in self.handles:
            handle.close()


def _manifest(folder: Path) -> Iterator[tuple[int, str]]:
    path = folder / MANIFEST
    if not path.exists():
        return
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            pk, _code, digest = line.rstrip("\n").split("\t")
            yield int(pk), digest


def changelog(current: Path, previous: Path | None) -> dict[str, int]:
    """Added, removed, changed and unchanged incidents: a merge of two id-ordered manifests."""
    counts = {"added": 0, "removed": 0, "changed": 0, "unchanged": 0}
    new = _manifest(current)
    old = _manifest(previous) if previous is not None else iter(())
    a, b = next(new, None), next(old, None)
    while a is not None or b is not None:
        if b is None or (a is not None and a[0] < b[0]):
            counts["added"] += 1
            a = next(new, None)
        elif a is None or b[0] < a[0]:
            counts["removed"] += 1
            b = next(old, None)
        else:
            counts["changed" if a[1] != b[1] else "unchanged"] += 1
            a, b = next(new, None), next(old, None)
    return counts


def _write_extras(folder: Path, schema: schema_module.Schema, log: dict[str, Any]) -> None:
    dictionary = schema_module.dictionary(schema)
    (folder / "dictionary.json").write_text(json.dumps(dictionary, ensure_ascii=False, indent=1))
    (folder / "dictionary.csv").write_bytes(csv_table(schema_module.dictionary_rows(schema)))
    (folder / "dictionary.md").write_text(schema_module.dictionary_markdown(schema))
    (folder / "changelog.json").write_text(json.dumps(log, indent=1))


def _checksum(path: Path) -> dict[str, Any]:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while block := handle.read(1 << 20):
            digest.update(block)
    return {"name": path.name, "bytes": path.stat().st_size, "sha256": digest.hexdigest()}


def _checksums(
    folder: Path, release: Release, schema: schema_module.Schema
) -> list[dict[str, Any]]:
    """Every file's hash, then the data package that records them, then SHA256SUMS of all."""
    names = [name for name in DOWNLOADS[:-2] if (folder / name).exists()]
    files = [_checksum(folder / name) for name in names]
    # The release's date, not "now": building the same release twice gives the same bytes.
    created = datetime.combine(release.created_on, time(0), tzinfo=UTC)
    package = datapackage.descriptor(release, schema, files, created=created)
    path = folder / datapackage.NAME
    path.write_text(json.dumps(package, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    files.append(_checksum(path))
    sums = "".join(f"{entry['sha256']}  {entry['name']}\n" for entry in files)
    (folder / "SHA256SUMS").write_text(sums)
    return files


def _start(release_id: int) -> Release | None:
    """Claim a queued release (one worker builds it, even if the task runs twice)."""
    claimed = Release.objects.filter(pk=release_id, status=ReleaseStatus.QUEUED).update(
        status=ReleaseStatus.RUNNING
    )
    found = Release.objects.select_related("previous__codebook") if claimed else None
    return found.get(pk=release_id) if found is not None else None


def build(release_id: int, progress: Callable[[int, int], None] | None = None) -> str:
    """Write the release's files; its status ends ``done`` or ``failed`` (with a reason).
    ``progress(rows, total)`` is called as rows are written (the command line's progress bar)."""
    release = _start(release_id)
    if release is None:
        return "not queued"
    partial = releases_dir() / f"{release.pk}.partial"
    try:
        _build(release, partial, progress)
    except Exception as exc:
        logger.exception("release %s failed", release.pk)  # ids only, never content
        shutil.rmtree(partial, ignore_errors=True)
        message = exc.message if isinstance(exc, ReleaseError) else _("The build failed.")
        Release.objects.filter(pk=release.pk).update(status=ReleaseStatus.FAILED, error=message)
        record(
            EventTag.DATASET_RELEASE_BUILD,
            actor=None,
            subject=release,
            payload={"status": "failed", "error": type(exc).__name__},
        )
        return "failed"
    return "done"


def rebuild(release_id: int, progress: Callable[[int, int], None] | None = None) -> bool:
    """Build a built (or failed) release again from today's database; True when every file is
    byte-identical to the previous build (its SHA256SUMS, the checksum manifest, says so).

    Nothing random enters a release (no timestamps, no noise: public statistics are drawn
    once and stored apart), so the same database gives the same bytes."""
    release = Release.objects.get(pk=release_id)
    sums = release_dir(release) / "SHA256SUMS"
    before = sums.read_bytes() if sums.exists() else None
    claimed = Release.objects.filter(
        pk=release_id, status__in=[ReleaseStatus.DONE, ReleaseStatus.FAILED]
    ).update(status=ReleaseStatus.QUEUED, progress=0)
    if not claimed:
        raise ReleaseError("Only a built or failed release can be built again.")  # operators only
    if build(release_id, progress) != "done":
        return False
    return before is not None and sums.read_bytes() == before


def _build(
    release: Release, partial: Path, progress: Callable[[int, int], None] | None = None
) -> None:
    incidents = release_incidents(release)
    total = incidents.count()
    Release.objects.filter(pk=release.pk).update(total=total)
    schema = schema_module.Schema.of(codebook.book_for(cb) for cb in Codebook.objects.all())
    shutil.rmtree(partial, ignore_errors=True)
    partial.mkdir(parents=True, mode=0o700)
    files = _Files(partial, release, schema, total)
    rows = synthetic = 0
    for row in coded_rows(incidents, organisation_key(release.organisation_id)):
        files.add(row)
        rows += 1
        synthetic += row.synthetic
        if rows % PROGRESS_EVERY == 0:
            Release.objects.filter(pk=release.pk).update(progress=rows)
        if progress is not None and rows % 1000 == 0:
            progress(rows, total)
    files.close()
    previous = release_dir(release.previous) if release.previous else None
    log: dict[str, Any] = {
        "release": release.number,
        "codebook": schema.version,
        **changelog(partial, previous),
    }
    if release.previous is not None:
        log.update(
            previous=release.previous.number, codebook_before=release.previous.codebook.version
        )
    _write_extras(partial, schema, log)
    entries = _checksums(partial, release, schema)
    final = release_dir(release)
    shutil.rmtree(final, ignore_errors=True)
    partial.rename(final)
    Release.objects.filter(pk=release.pk).update(
        status=ReleaseStatus.DONE,
        progress=rows,
        row_count=rows,
        synthetic_rows=synthetic,
        files=entries,
        changelog=log,
        error="",
    )
    record(
        EventTag.DATASET_RELEASE_BUILD,
        actor=None,
        subject=release,
        payload={"status": "done", "rows": rows, "synthetic": synthetic},
    )


def file_path(release: Release, name: str) -> Path | None:
    """A downloadable file of a built release (never the manifest), or None."""
    if release.status != ReleaseStatus.DONE or name not in DOWNLOADS:
        return None
    if name != "SHA256SUMS" and release.file(name) is None:
        return None
    path = release_dir(release) / name
    return path if path.is_file() else None

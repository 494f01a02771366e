"""The dataset's own rows: releases, import batches, and what keeps analytics fast and honest.

Nothing here holds identifying content. Coded incident fields stay in ``casework``; a release
points at files under ``DATA_DIR/releases/<id>/`` whose checksums it records; an import batch
remembers a keyed hash of each source row (so the same file imported twice adds nothing) and
whether the batch is synthetic demo data.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from amanat.incidents.models import Codebook, Incident
from amanat.keys.models import Organisation


class DataVersion(models.Model):
    """One row (pk 1) whose ``value`` database triggers raise on every write to the tables the
    dataset reads (incidents, tactics, channels, sources, imported rows).

    Triggers, not signals: they also see ``QuerySet.update()``, ``bulk_create`` and raw SQL, so a
    cached analytics snapshot tagged with an older value is never served as current.
    """

    value = models.BigIntegerField(default=0)


class ChangedIncident(models.Model):
    """One row per write to an incident, its tactics or its import row, appended by database
    triggers (migration ``0003``) like :class:`DataVersion`'s counter.

    A cached analytics snapshot remembers the last id it reflects; after a write it re-reads
    only the incidents logged since (``snapshot.refresh``), so the first dashboard view after a
    write costs a delta, not a rebuild. Old rows are pruned after a full build (a snapshot that
    remembers an entry older than the oldest kept rebuilds); ``incident_id`` -1 (written on a
    PostgreSQL TRUNCATE) means "everything changed"."""

    id = models.BigAutoField(primary_key=True)
    incident_id = models.BigIntegerField()


class DatasetKey(models.Model):
    """Per-organisation secret for pseudonymous incident codes and import row keys.

    Kept in the database beside the incidents it pseudonymises: whoever holds the database holds
    the incidents' coded fields anyway; the codes only keep internal ids (which reveal creation
    order) out of files that leave the server.
    """

    organisation = models.OneToOneField(Organisation, on_delete=models.CASCADE, related_name="+")
    key = models.BinaryField(max_length=32)
    created_on = models.DateField()


class ImportFormat(models.TextChoices):
    CSV = "csv", "CSV"
    XLSX = "xlsx", "XLSX"
    SYNTHETIC = "synthetic", _("Synthetic (generated)")


class ImportBatch(models.Model):
    """One import of an existing dataset, or one run of the synthetic demo generator."""

    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="+")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_on = models.DateField()
    source_format = models.CharField(max_length=16, choices=ImportFormat.choices)
    synthetic = models.BooleanField(
        default=False, help_text="Generated demo data: never a real event."
    )
    mapping = models.JSONField(default=dict, blank=True)
    rows_total = models.PositiveIntegerField(default=0)
    rows_imported = models.PositiveIntegerField(default=0)
    rows_duplicate = models.PositiveIntegerField(default=0)
    rows_invalid = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["-pk"]

    def __str__(self) -> str:
        return f"import batch {self.pk}"


class ImportedRow(models.Model):
    """A source row that became an incident; its keyed hash makes re-imports idempotent."""

    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="+")
    batch = models.ForeignKey(ImportBatch, on_delete=models.CASCADE, related_name="rows")
    incident = models.OneToOneField(Incident, on_delete=models.CASCADE, related_name="+")
    row_number = models.PositiveIntegerField()
    row_key = models.CharField(max_length=64)

    class Meta:
        ordering = ["pk"]
        constraints = [
            models.UniqueConstraint(fields=["organisation", "row_key"], name="one_import_per_row")
        ]


class ImportUpload(models.Model):
    """An uploaded file between the mapping step and the import, encrypted under a key that
    lives only in the uploader's (encrypted) session: a copied database cannot read it.
    Deleted after the import, and after a day at the latest."""

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    created_on = models.DateField()
    file_format = models.CharField(max_length=16, choices=ImportFormat.choices)
    ciphertext = models.BinaryField()
    mapping = models.JSONField(default=dict, blank=True, help_text="The last mapping tried.")


class SavedMapping(models.Model):
    """A column mapping kept for reuse with files of the same layout (a published dataset's).

    Columns are remembered by header name, not position, so a file whose columns moved still
    fits; value translations (a source's own words → codebook codes) are kept with it.
    """

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    name = models.CharField(max_length=100)
    mapping = models.JSONField(default=dict)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_on = models.DateField()

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["organisation", "name"], name="one_mapping_name")
        ]

    def __str__(self) -> str:
        return self.name


class ReleaseStatus(models.TextChoices):
    QUEUED = "queued", _("Queued")
    RUNNING = "running", _("Building")
    DONE = "done", _("Ready")
    FAILED = "failed", _("Failed")


class Release(models.Model):
    """A frozen dataset: a filter, a codebook version, files with checksums, a changelog."""

    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="+")
    number = models.PositiveIntegerField()
    title = models.CharField(max_length=200)
    filters = models.JSONField(default=dict)
    codebook = models.ForeignKey(Codebook, on_delete=models.PROTECT, related_name="+")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_on = models.DateField()
    status = models.CharField(
        max_length=16, choices=ReleaseStatus.choices, default=ReleaseStatus.QUEUED
    )
    progress = models.PositiveBigIntegerField(default=0, help_text="Rows written so far.")
    total = models.PositiveBigIntegerField(default=0, help_text="Rows expected.")
    row_count = models.PositiveBigIntegerField(default=0)
    synthetic_rows = models.PositiveBigIntegerField(default=0)
    files = models.JSONField(default=list, blank=True)
    changelog = models.JSONField(default=dict, blank=True)
    previous = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    error = models.CharField(max_length=200, blank=True)
    licence = models.CharField(
        max_length=32, default="CC-BY-4.0", help_text="SPDX id of the data's licence."
    )
    public = models.BooleanField(default=False, help_text="Its statistics are published.")
    published_on = models.DateField(null=True, blank=True)

    class Meta:
        ordering = ["-number"]
        constraints = [
            models.UniqueConstraint(fields=["organisation", "number"], name="one_release_number")
        ]

    def __str__(self) -> str:
        return f"release {self.number}"

    def file(self, name: str) -> dict[str, object] | None:
        return next((entry for entry in self.files if entry.get("name") == name), None)

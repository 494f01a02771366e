"""Published statistics of a public release, and the privacy budget they spent.

A release's privacy budget (epsilon) is fixed when its statistics are first published; every
noisy table records the epsilon it spent, the mechanism and its parameters, in the ledger and
beside its cells. The ledger refuses a table that would take the release over its budget.
"""

from __future__ import annotations

from django.db import models

from amanat.dataset.models import Release


class PrivacyLedger(models.Model):
    """The privacy budget of one release."""

    release = models.OneToOneField(Release, on_delete=models.PROTECT, related_name="ledger")
    epsilon_total = models.FloatField()
    unit = models.CharField(max_length=64, default="incident")
    created_on = models.DateField()

    def __str__(self) -> str:
        return f"privacy ledger of release {self.release_id}"


class LedgerEntry(models.Model):
    """One spend: a table published with this much epsilon, by this mechanism."""

    ledger = models.ForeignKey(PrivacyLedger, on_delete=models.PROTECT, related_name="entries")
    table = models.CharField(max_length=64)
    epsilon = models.FloatField()
    mechanism = models.CharField(max_length=100)
    created_on = models.DateField()

    class Meta:
        ordering = ["pk"]


class PublishedTable(models.Model):
    """A noisy, suppressed table as published: cells, margins and how they were made.

    ``cells`` is a list of rows (one row for a one-way table); a suppressed cell or margin is
    ``null``. Noise comes first, suppression second (see ``publishing/publish.py`` for why).
    The labels are stored too, so the public site never reads the codebook.
    """

    release = models.ForeignKey(Release, on_delete=models.PROTECT, related_name="tables")
    key = models.CharField(max_length=64)
    position = models.PositiveSmallIntegerField(default=0)
    row_dimension = models.CharField(max_length=32)
    column_dimension = models.CharField(max_length=32, blank=True)
    row_codes = models.JSONField(default=list)
    column_codes = models.JSONField(default=list)
    cells = models.JSONField(default=list)
    row_totals = models.JSONField(default=list)
    column_totals = models.JSONField(default=list)
    total = models.IntegerField(null=True, blank=True)
    mechanism = models.CharField(max_length=100)
    epsilon = models.FloatField()
    scale = models.FloatField(help_text="Noise scale of the discrete Laplace mechanism.")
    sensitivity = models.PositiveSmallIntegerField(help_text="L1 sensitivity (per incident).")
    accuracy = models.PositiveIntegerField(help_text="95% of cells are within ± this of truth.")
    min_cell = models.PositiveSmallIntegerField()
    labels = models.JSONField(
        default=dict, help_text="Language → dimension → code → label, fixed at publication."
    )
    created_on = models.DateField()

    class Meta:
        ordering = ["release", "position"]
        constraints = [
            models.UniqueConstraint(fields=["release", "key"], name="one_table_per_release_key")
        ]

    def __str__(self) -> str:
        return f"{self.key} of release {self.release_id}"

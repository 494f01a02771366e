"""Published statistics of a public release, and the privacy budget they spent.

An organisation has one lifetime privacy budget (:class:`OrganisationBudget`, fixed from
``STATS_LIFETIME_EPSILON`` when it first publishes); every release draws its epsilon from it and
records each noisy measurement in its ledger. A release that would exceed what remains is
refused. The noisy measurements are stored (:class:`StoredMeasurement`): tables are derived from
them by post-processing only, so deriving twice gives the same numbers and never redraws noise.
"""

from __future__ import annotations

from django.db import models

from amanat.dataset.models import Release


class OrganisationBudget(models.Model):
    """The lifetime privacy budget of one organisation: every release draws from it."""

    organisation = models.OneToOneField(  # by name: the public site imports nothing of keys
        "keys.Organisation", on_delete=models.PROTECT, related_name="privacy_budget"
    )
    epsilon_lifetime = models.FloatField()
    created_on = models.DateField()

    def __str__(self) -> str:
        return f"privacy budget of {self.organisation_id}"


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


class StoredMeasurement(models.Model):
    """One noisy measurement, drawn once at publication (OpenDP) and kept: the tables are
    post-processing of these numbers, so they can be derived again without new noise."""

    release = models.ForeignKey(Release, on_delete=models.PROTECT, related_name="measurements")
    key = models.CharField(max_length=64)
    codes = models.JSONField(default=list, help_text="The categories, a list per dimension.")
    noisy = models.JSONField(default=list)
    discrete = models.BooleanField(default=True)
    mechanism = models.CharField(max_length=100)
    epsilon = models.FloatField()
    scale = models.FloatField()
    created_on = models.DateField()

    class Meta:
        ordering = ["release", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["release", "key"], name="one_measurement_per_key")
        ]


class PublishedTable(models.Model):
    """A noisy, suppressed table as published: cells, margins and how they were made.

    ``cells`` is a list of rows (one row for a one-way table); a suppressed cell or margin is
    ``null`` and counted in ``suppressed``, so the cells and ``suppressed`` add up to ``total``,
    the release total shared by every table (``publishing/consistent.py``). A release total
    below the minimum cell is withheld: ``total``, ``suppressed`` and every cell are ``null``.
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
    total_interval = models.JSONField(default=list)
    intervals = models.JSONField(default=list, help_text="[low, high] per published cell.")
    row_intervals = models.JSONField(default=list)
    column_intervals = models.JSONField(default=list)
    suppressed = models.IntegerField(
        null=True, default=0, help_text="Sum of the suppressed cells; null: total withheld."
    )
    threshold = models.FloatField(default=0, help_text="Phantom-cell threshold of a cell.")
    measurement = models.CharField(max_length=64, blank=True)
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

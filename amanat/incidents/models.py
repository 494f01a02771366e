"""Coded incidents: what analytics counts is in clear columns; what identifies people is not.

These models were part of the ``casework`` app; their tables keep the ``casework_*`` names.

Coded fields (dates at their precision, countries, codebook codes, statuses) are stored in clear
so the dataset can count them (architecture.md). Everything that may identify a person — the
incident summary, the perpetrator evidence, each person's name, contact, location and notes, a
referral's reference and outcome — is encrypted field by field under one envelope per row, with
associated data naming the field (``keyring.aad_for(envelope, "name")``), so ciphertexts cannot
be swapped between fields or rows.

Code columns hold codebook codes as strings, validated by the actions against the codebook
version the incident records (``Incident.codebook``); a later codebook never reinterprets them.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from amanat.core.ids import LENGTH, new_public_id
from amanat.intake.models import Report
from amanat.keys.models import Envelope, Organisation

CODE_LENGTH = 64


class Codebook(models.Model):
    """One released version of the taxonomy, loaded from ``incidents/codebooks/v<N>.json``."""

    version = models.CharField(max_length=16, unique=True)
    title = models.CharField(max_length=200, blank=True)
    loaded_on = models.DateField()

    class Meta:
        db_table = "casework_codebook"
        ordering = ["pk"]

    def __str__(self) -> str:
        return f"codebook v{self.version}"


class Code(models.Model):
    """One code of one field (``tactic``, ``stage``…), with its translatable labels."""

    codebook = models.ForeignKey(Codebook, on_delete=models.CASCADE, related_name="codes")
    field = models.CharField(max_length=32)
    code = models.CharField(max_length=CODE_LENGTH)
    family = models.CharField(max_length=CODE_LENGTH, blank=True)
    labels = models.JSONField(default=dict, help_text="Language code → label; 'en' always.")
    description = models.JSONField(default=dict, blank=True)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        db_table = "casework_code"
        ordering = ["codebook", "field", "position"]
        constraints = [
            models.UniqueConstraint(fields=["codebook", "field", "code"], name="one_code_per_field")
        ]

    def __str__(self) -> str:
        return f"{self.field}:{self.code}"


class DatePrecision(models.TextChoices):
    DAY = "day", _("Day")
    MONTH = "month", _("Month")
    YEAR = "year", _("Year")
    UNKNOWN = "unknown", _("Unknown")


class Verification(models.TextChoices):
    UNVERIFIED = "unverified", _("Unverified")
    CORROBORATED = "corroborated", _("Corroborated (two independent sources)")
    VERIFIED = "verified", _("Verified")


class Sensitivity(models.TextChoices):
    PUBLIC = "public", _("Public (may enter a public release)")
    RESTRICTED = "restricted", _("Restricted (partners)")
    CONFIDENTIAL = "confidential", _("Confidential")


# An incident's two texts, encrypted field by field (they may identify people).
ENCRYPTED_TEXTS = ("summary", "perpetrator_evidence")
# Its coded columns, in clear so analytics can count them: listed here only. The coding form,
# the actions, the dataset's loader, rows and snapshot derive their lists from these.
CODED_DATES = ("date_start", "date_start_precision", "date_end", "date_end_precision")
CODED_CODES = (
    "host_country",
    "origin_state",
    "community",
    "stage",
    "perpetrator",
    "response",
    "verification",
    "sensitivity",
)
CODED_FIELDS = (*CODED_DATES, *CODED_CODES)


class Incident(models.Model):
    """One coded event or period of transnational repression, owned by one organisation."""

    organisation = models.ForeignKey(
        Organisation, on_delete=models.PROTECT, related_name="incidents"
    )
    # What URLs and pages show: random, so it says nothing about how many incidents exist.
    public_id = models.CharField(
        max_length=LENGTH, unique=True, default=new_public_id, editable=False
    )
    codebook = models.ForeignKey(Codebook, on_delete=models.PROTECT, related_name="incidents")
    date_start = models.DateField(
        null=True, blank=True, help_text="First day at its precision; empty when unknown."
    )
    date_start_precision = models.CharField(
        max_length=8, choices=DatePrecision.choices, default=DatePrecision.UNKNOWN
    )
    date_end = models.DateField(
        null=True, blank=True, help_text="Set when the incident is a period."
    )
    date_end_precision = models.CharField(max_length=8, choices=DatePrecision.choices, blank=True)
    host_country = models.CharField(max_length=2, blank=True, help_text="ISO 3166-1 alpha-2.")
    origin_state = models.CharField(max_length=2, blank=True, help_text="ISO 3166-1 alpha-2.")
    community = models.CharField(max_length=CODE_LENGTH)
    stage = models.CharField(max_length=CODE_LENGTH)
    perpetrator = models.CharField(max_length=CODE_LENGTH)
    response = models.CharField(max_length=CODE_LENGTH)
    verification = models.CharField(
        max_length=16, choices=Verification.choices, default=Verification.UNVERIFIED
    )
    # Fails closed: nothing enters a release or a partner's hands unless someone says so.
    sensitivity = models.CharField(
        max_length=16, choices=Sensitivity.choices, default=Sensitivity.CONFIDENTIAL
    )
    envelope = models.OneToOneField(Envelope, on_delete=models.PROTECT, related_name="+")
    summary = models.BinaryField(help_text="Encrypted: may identify people.")
    perpetrator_evidence = models.BinaryField(help_text="Encrypted: may identify people.")
    reports = models.ManyToManyField(Report, through="IncidentReport", related_name="incidents")
    suspected_duplicate_of = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="suspected_duplicates",
    )
    merged_into = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="merged_from"
    )
    merged_on = models.DateField(null=True, blank=True)
    created_on = models.DateField()
    updated_on = models.DateField()

    class Meta:
        db_table = "casework_incident"
        ordering = ["-pk"]
        indexes = [models.Index(fields=["organisation", "verification"])]

    def __str__(self) -> str:
        return f"incident {self.pk}"


class IncidentTactic(models.Model):
    """One tactic code of an incident: a row each, so analytics counts by tactic with SQL."""

    incident = models.ForeignKey(Incident, on_delete=models.CASCADE, related_name="tactics")
    code = models.CharField(max_length=CODE_LENGTH, db_index=True)

    class Meta:
        db_table = "casework_incidenttactic"
        ordering = ["pk"]
        constraints = [
            models.UniqueConstraint(fields=["incident", "code"], name="one_row_per_tactic")
        ]


class IncidentChannel(models.Model):
    """One channel code of an incident (phone call, messaging app…)."""

    incident = models.ForeignKey(Incident, on_delete=models.CASCADE, related_name="channels")
    code = models.CharField(max_length=CODE_LENGTH, db_index=True)

    class Meta:
        db_table = "casework_incidentchannel"
        ordering = ["pk"]
        constraints = [
            models.UniqueConstraint(fields=["incident", "code"], name="one_row_per_channel")
        ]


class IncidentReport(models.Model):
    """A hotline report supporting an incident; many to many, with the day it was linked."""

    incident = models.ForeignKey(Incident, on_delete=models.CASCADE, related_name="report_links")
    report = models.ForeignKey(Report, on_delete=models.CASCADE, related_name="incident_links")
    linked_on = models.DateField()

    class Meta:
        db_table = "casework_incidentreport"
        ordering = ["pk"]
        constraints = [
            models.UniqueConstraint(fields=["incident", "report"], name="one_link_per_report")
        ]


class PersonRole(models.TextChoices):
    VICTIM = "victim", _("Victim")
    RELATIVE = "relative", _("Relative")
    WITNESS = "witness", _("Witness")


PSEUDONYM_PREFIX = {PersonRole.VICTIM: "V", PersonRole.RELATIVE: "R", PersonRole.WITNESS: "W"}


class AgeBand(models.TextChoices):
    UNDER_18 = "under_18", _("Under 18")
    FROM_18 = "18_29", _("18–29")
    FROM_30 = "30_44", _("30–44")
    FROM_45 = "45_64", _("45–64")
    FROM_65 = "65_plus", _("65 or older")


PERSON_FIELDS = ("name", "contact", "location", "notes")


class Person(models.Model):
    """Someone involved, known by a pseudonym (V1, R2, W1); identifying fields encrypted, one
    envelope per person so each can be granted, read (audited) and erased on its own."""

    incident = models.ForeignKey(Incident, on_delete=models.CASCADE, related_name="people")
    pseudonym = models.CharField(max_length=8)
    role = models.CharField(max_length=8, choices=PersonRole.choices)
    relationship = models.CharField(max_length=CODE_LENGTH, blank=True)
    age_band = models.CharField(max_length=8, choices=AgeBand.choices, blank=True)
    envelope = models.OneToOneField(Envelope, on_delete=models.PROTECT, related_name="+")
    name = models.BinaryField()
    contact = models.BinaryField()
    location = models.BinaryField()
    notes = models.BinaryField()
    added_on = models.DateField()

    class Meta:
        db_table = "casework_person"
        ordering = ["pk"]
        constraints = [
            models.UniqueConstraint(fields=["incident", "pseudonym"], name="one_pseudonym_each")
        ]

    def __str__(self) -> str:
        return f"{self.pseudonym} of incident {self.incident_id}"


RELIABILITY_GRADES = ("A", "B", "C", "D", "E", "F")
CREDIBILITY_GRADES = (1, 2, 3, 4, 5, 6)


class Source(models.Model):
    """What a claim rests on, graded Admiralty-style (reliability A–F, credibility 1–6).

    A hotline source is only a link to the report (its text stays in the report's envelope); a
    public document is cited in clear, since it is already public.
    """

    incident = models.ForeignKey(Incident, on_delete=models.CASCADE, related_name="sources")
    kind = models.CharField(max_length=CODE_LENGTH)
    report = models.ForeignKey(
        Report, null=True, blank=True, on_delete=models.SET_NULL, related_name="incident_sources"
    )
    citation = models.CharField(max_length=500, blank=True)
    reliability = models.CharField(max_length=1, choices=[(g, g) for g in RELIABILITY_GRADES])
    credibility = models.PositiveSmallIntegerField(
        choices=[(g, str(g)) for g in CREDIBILITY_GRADES]
    )
    added_on = models.DateField()

    class Meta:
        db_table = "casework_source"
        ordering = ["pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(reliability__in=RELIABILITY_GRADES), name="reliability_a_to_f"
            ),
            models.CheckConstraint(
                condition=models.Q(credibility__gte=1, credibility__lte=6),
                name="credibility_1_to_6",
            ),
        ]

    def __str__(self) -> str:
        return f"source {self.pk} ({self.reliability}{self.credibility})"


REFERRAL_FIELDS = ("reference", "outcome")


class Referral(models.Model):
    """An incident handed to a police force, ministry, UN mechanism or partner NGO.

    In clear: who received it (kind and institution name — public bodies, not victims), the day
    it was sent and its status, which the workflow and the dataset count. Encrypted: the
    ``reference`` (the recipient's case number is a key into another institution's file on a
    named person: with it, anyone who can ask that institution learns who the victim is) and the
    ``outcome`` (free text written by staff, which will name or describe people: "police visited
    V1's mother at her flat"). Free text is never assumed to be non-identifying.
    """

    incident = models.ForeignKey(Incident, on_delete=models.CASCADE, related_name="referrals")
    recipient_kind = models.CharField(max_length=CODE_LENGTH)
    recipient_name = models.CharField(max_length=200)
    referred_on = models.DateField(null=True, blank=True)
    status = models.CharField(max_length=CODE_LENGTH)
    envelope = models.OneToOneField(Envelope, on_delete=models.PROTECT, related_name="+")
    reference = models.BinaryField()
    outcome = models.BinaryField()
    created_on = models.DateField()
    updated_on = models.DateField()

    class Meta:
        db_table = "casework_referral"
        ordering = ["pk"]

    def __str__(self) -> str:
        return f"referral {self.pk} of incident {self.incident_id}"

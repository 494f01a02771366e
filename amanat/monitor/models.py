"""The monitor's rows: watched sources, articles, their stories and tags, proposed incidents.

News articles are public documents, so their text is stored in clear (unlike hotline reports and
incident summaries). Everything belongs to one organisation: each organisation runs its own
monitor, reviews its own proposals and codes its own incidents.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from amanat.accounts.models import StaffMember
from amanat.incidents.models import Incident
from amanat.keys.models import Organisation


class SourceKind(models.TextChoices):
    FEED = "feed", _("RSS or Atom feed")
    PAGE = "page", _("Web page")
    CSV = "csv", _("CSV file of URLs")
    PATH = "path", _("Local file or folder")


class WatchedSource(models.Model):
    """A source the scheduled task ingests (``amanat monitor watch`` adds one)."""

    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="watched_sources"
    )
    kind = models.CharField(max_length=8, choices=SourceKind.choices)
    location = models.CharField(max_length=1000, help_text="URL or local path.")
    active = models.BooleanField(default=True)
    added_on = models.DateField()
    last_run_on = models.DateField(null=True, blank=True)

    class Meta:
        ordering = ["pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "kind", "location"], name="one_watch_per_source"
            )
        ]

    def __str__(self) -> str:
        return f"{self.kind} {self.location}"


class Story(models.Model):
    """A group of articles telling the same story. Groups only grow or merge (``merged_into``)."""

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="stories")
    created_on = models.DateField()
    merged_into = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="merged_from"
    )

    class Meta:
        ordering = ["pk"]
        verbose_name_plural = "stories"

    def __str__(self) -> str:
        return f"story {self.pk}"


class Article(models.Model):
    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="articles"
    )
    url = models.CharField(max_length=2000, blank=True)
    outlet = models.CharField(max_length=200, blank=True)
    title = models.CharField(max_length=500, blank=True)
    authors = models.CharField(max_length=500, blank=True)
    published_on = models.DateField(null=True, blank=True)
    fetched_on = models.DateField()
    language = models.CharField(max_length=8)
    language_watched = models.BooleanField(
        default=False, help_text="In a language the monitor flags (ug, zh, tr, ru, en)."
    )
    text = models.TextField()
    text_hash = models.CharField(max_length=64, help_text="SHA-256 of the normalised text.")
    story = models.ForeignKey(
        Story, null=True, blank=True, on_delete=models.SET_NULL, related_name="articles"
    )
    group_match = models.CharField(max_length=16, blank=True, help_text="How it joined its story.")
    signature = models.BinaryField(null=True, blank=True, help_text="MinHash state (rensa).")
    features = models.JSONField(default=list, blank=True, help_text="Entity features (grouping).")
    tagged_version = models.CharField(max_length=100, blank=True)
    is_tnr = models.BooleanField(null=True, blank=True)

    class Meta:
        ordering = ["pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "text_hash"], name="one_article_per_text"
            )
        ]
        indexes = [models.Index(fields=["organisation", "story"])]

    def __str__(self) -> str:
        return f"article {self.pk}"

    @property
    def link(self) -> str:
        """The URL if it is safe to link (http or https); feeds can carry ``javascript:``."""
        return self.url if self.url.lower().startswith(("https://", "http://")) else ""


class Tag(models.Model):
    """One finding of the tagger, with the sentence it rests on and the rule that produced it."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="tags")
    kind = models.CharField(max_length=20)
    value = models.CharField(max_length=64)
    evidence = models.TextField(blank=True)
    rule = models.CharField(max_length=200)
    version = models.CharField(max_length=100)

    class Meta:
        ordering = ["pk"]
        indexes = [models.Index(fields=["kind", "value"])]

    def __str__(self) -> str:
        return f"{self.kind}={self.value}"


class ProposalStatus(models.TextChoices):
    PENDING = "pending", _("Pending review")
    ACCEPTED = "accepted", _("Accepted")
    REJECTED = "rejected", _("Rejected")
    SUPERSEDED = "superseded", _("Superseded (its story was merged)")


class RejectReason(models.TextChoices):
    NOT_TNR = "not_tnr", _("Not transnational repression")
    WRONG_CODES = "wrong_codes", _("Relevant, but the proposed codes are wrong")
    ALREADY_RECORDED = "already_recorded", _("Already recorded as an incident")
    INSUFFICIENT = "insufficient", _("Too little detail to code an incident")
    OTHER = "other", _("Other (explain in the note)")


class Proposal(models.Model):
    """An incident the tagger proposes for a story, waiting for an analyst's decision."""

    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="proposals"
    )
    story = models.ForeignKey(Story, on_delete=models.CASCADE, related_name="proposals")
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="proposals")
    fields = models.JSONField(default=dict, help_text="Proposed coded fields.")
    rule_version = models.CharField(max_length=100)
    status = models.CharField(
        max_length=12, choices=ProposalStatus.choices, default=ProposalStatus.PENDING
    )
    reject_reason = models.CharField(max_length=20, choices=RejectReason.choices, blank=True)
    reject_note = models.TextField(blank=True)
    decided_by = models.ForeignKey(
        StaffMember, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_on = models.DateField(null=True, blank=True)
    incident = models.ForeignKey(
        Incident, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_on = models.DateField()

    class Meta:
        ordering = ["pk"]
        indexes = [models.Index(fields=["organisation", "status"])]

    def __str__(self) -> str:
        return f"proposal {self.pk}"

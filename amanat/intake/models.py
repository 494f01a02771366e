"""What the hotline stores: ciphertext, a verifier, a status and days — nothing readable.

Attachment bytes live in the database (``Blob``), not in files: the acknowledgement then depends on
one transaction only, so a crash can leave neither an orphan file nor a row without its file,
and backups of the database are consistent by construction.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from amanat.core.ids import LENGTH, new_public_id
from amanat.keys.models import Envelope, Organisation


class ReportStatus(models.TextChoices):
    """Where a report stands, as staff see it (the reporter sees :data:`REPORTER_LABELS`).

    Moved automatically by who acted last (see the ``after_*`` functions below): ``read`` when a
    content member first opens it, ``awaiting_reporter`` when staff reply, ``reporter_answered``
    when the reporter sends a follow-up. ``in_triage``, ``coded``, ``closed`` and ``spam`` are set
    by hand; the automatic moves apply from them too (a reply or an answer reopens a closed
    report), except ``spam``, which only a person takes a report out of.
    """

    NEW = "new", _("New")
    READ = "read", _("Read")
    IN_TRIAGE = "in_triage", _("In triage")
    AWAITING_REPORTER = "awaiting_reporter", _("Awaiting reporter")
    REPORTER_ANSWERED = "reporter_answered", _("Reporter answered")
    CODED = "coded", _("Coded")
    CLOSED = "closed", _("Closed")
    SPAM = "spam", _("Spam")


# What the reporter is told: no internal detail, and spam reads as closed.
REPORTER_LABELS = {
    ReportStatus.NEW: _("Received"),
    ReportStatus.READ: _("Being reviewed"),
    ReportStatus.IN_TRIAGE: _("Being reviewed"),
    # Translators: a report status shown to the reporter: come back and read our question.
    ReportStatus.AWAITING_REPORTER: _("We have a question for you"),
    # Translators: a report status shown to the reporter: the team has their latest message.
    ReportStatus.REPORTER_ANSWERED: _("Your answer was received"),
    # Translators: a report status shown to the reporter: it is now part of our records.
    ReportStatus.CODED: _("Documented"),
    ReportStatus.CLOSED: _("Closed"),
    ReportStatus.SPAM: _("Closed"),
}


def after_staff_opened(status: str) -> str:
    """Only a new report becomes read; any later status already says more."""
    return ReportStatus.READ if status == ReportStatus.NEW else status


def after_staff_reply(status: str) -> str:
    """The next move is the reporter's; spam stays spam until a person says otherwise."""
    return status if status == ReportStatus.SPAM else ReportStatus.AWAITING_REPORTER


def after_reporter_message(status: str) -> str:
    """The next move is staff's, even on a closed report; a flooder cannot un-spam itself."""
    return status if status == ReportStatus.SPAM else ReportStatus.REPORTER_ANSWERED


class Report(models.Model):
    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="reports")
    # What URLs and pages show: random, so it says nothing about how many reports came before.
    public_id = models.CharField(
        max_length=LENGTH, unique=True, default=new_public_id, editable=False
    )
    verifier = models.BinaryField(max_length=32, unique=True, editable=False)
    reporter_public_key = models.BinaryField(max_length=32, editable=False)
    envelope = models.OneToOneField(Envelope, on_delete=models.PROTECT, related_name="+")
    body = models.BinaryField(help_text="Encrypted JSON of everything the reporter wrote.")
    status = models.CharField(max_length=24, choices=ReportStatus.choices, default=ReportStatus.NEW)
    # In clear on purpose: the interface language the reporter used (one of settings.LANGUAGES,
    # never free text), so the inbox can route the report to a speaker without decrypting it.
    language = models.CharField(max_length=8, blank=True, default="")
    received_on = models.DateField(help_text="UTC day only.")
    updated_on = models.DateField(help_text="UTC day of the last message either way.")

    def __str__(self) -> str:
        return f"report {self.pk} ({self.status})"

    def reporter_status(self) -> str:
        """The status in the words the reporter is shown."""
        return str(REPORTER_LABELS.get(ReportStatus(self.status), self.get_status_display()))


class Attachment(models.Model):
    report = models.ForeignKey(Report, on_delete=models.CASCADE, related_name="attachments")
    envelope = models.OneToOneField(Envelope, on_delete=models.PROTECT, related_name="+")
    meta = models.BinaryField(
        help_text="Encrypted JSON: file name, type, what was removed, hashes."
    )
    added_on = models.DateField()

    def __str__(self) -> str:
        return f"attachment {self.pk} of report {self.report_id}"


class BlobRole(models.TextChoices):
    CLEAN = "clean", "Metadata removed"
    ORIGINAL = "original", "Original kept at the reporter's request"


class Blob(models.Model):
    """Encrypted file content, kept apart so listing attachments never loads megabytes."""

    attachment = models.ForeignKey(Attachment, on_delete=models.CASCADE, related_name="blobs")
    role = models.CharField(max_length=8, choices=BlobRole.choices)
    data = models.BinaryField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["attachment", "role"], name="one_blob_per_role")
        ]


class Author(models.TextChoices):
    REPORTER = "reporter", _("You")
    STAFF = "staff", _("The team")


class Message(models.Model):
    """One message of the conversation: the reporter's follow-ups and staff replies."""

    report = models.ForeignKey(Report, on_delete=models.CASCADE, related_name="messages")
    author = models.CharField(max_length=8, choices=Author.choices)
    staff_member = models.ForeignKey(
        "accounts.StaffMember", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    envelope = models.OneToOneField(Envelope, on_delete=models.PROTECT, related_name="+")
    body = models.BinaryField()
    created_on = models.DateField()

    class Meta:
        ordering = ["pk"]

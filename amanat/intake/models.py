"""What the hotline stores: ciphertext, a verifier, a status and days — nothing readable.

Attachment bytes live in the database (``Blob``), not in files: the acknowledgement then depends on
one transaction only, so a crash can leave neither an orphan file nor a row without its file,
and backups of the database are consistent by construction.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from amanat.keys.models import Envelope, Organisation


class ReportStatus(models.TextChoices):
    NEW = "new", _("Received")
    IN_TRIAGE = "in_triage", _("Being reviewed")
    # Translators: a report status shown to the reporter: come back and read our question.
    NEEDS_INFO = "needs_info", _("We have a question for you")
    # Translators: a report status shown to the reporter: it is now part of our records.
    CODED = "coded", _("Documented")
    CLOSED = "closed", _("Closed")
    SPAM = "spam", _("Closed")


class Report(models.Model):
    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="reports")
    verifier = models.BinaryField(max_length=32, unique=True, editable=False)
    reporter_public_key = models.BinaryField(max_length=32, editable=False)
    envelope = models.OneToOneField(Envelope, on_delete=models.PROTECT, related_name="+")
    body = models.BinaryField(help_text="Encrypted JSON of everything the reporter wrote.")
    status = models.CharField(max_length=16, choices=ReportStatus.choices, default=ReportStatus.NEW)
    received_on = models.DateField(help_text="UTC day only.")
    updated_on = models.DateField(help_text="UTC day of the last message either way.")

    def __str__(self) -> str:
        return f"report {self.pk} ({self.status})"


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

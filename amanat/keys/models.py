"""Organisations and the envelopes that seal their data keys: the part both zones share.

``keys`` sits below both the reporter's zone (``intake``) and the staff zone (``accounts``), so
the hotline can seal a report without importing anything of staff. Staff members are referred to
by the lazy reference ``"accounts.StaffMember"`` only. The tables keep the names they had when
these models lived in ``accounts`` (``db_table``), so moving them changed no data.
"""

from __future__ import annotations

from django.db import models


class Organisation(models.Model):
    """A rights organisation; every report and staff member belongs to exactly one."""

    slug = models.SlugField(unique=True)
    name = models.CharField(max_length=200)

    class Meta:
        db_table = "accounts_organisation"

    def __str__(self) -> str:
        return self.name


class RecoveryKey(models.Model):
    """The public half of an organisation's recovery key; the private half is kept offline."""

    organisation = models.OneToOneField(
        Organisation, on_delete=models.CASCADE, related_name="recovery_key"
    )
    public_key = models.BinaryField(max_length=32)
    created_on = models.DateField()

    class Meta:
        db_table = "accounts_recoverykey"


class Envelope(models.Model):
    """One data key, sealed to several recipients; content rows point at their envelope."""

    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="+")
    purpose = models.CharField(max_length=32)

    class Meta:
        db_table = "accounts_envelope"


class Recipient(models.TextChoices):
    STAFF = "staff", "Staff member"
    RECOVERY = "recovery", "Organisation recovery key"
    REPORTER = "reporter", "Reporter (receipt holder)"


class SealedKey(models.Model):
    """The envelope's data key sealed to one recipient's public key."""

    envelope = models.ForeignKey(Envelope, on_delete=models.CASCADE, related_name="sealed_keys")
    recipient = models.CharField(max_length=16, choices=Recipient.choices)
    staff_member = models.ForeignKey(
        "accounts.StaffMember",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="sealed_keys",
    )
    sealed = models.BinaryField()

    class Meta:
        db_table = "accounts_sealedkey"
        constraints = [
            models.UniqueConstraint(fields=["envelope", "staff_member"], name="one_seal_per_staff"),
            models.CheckConstraint(
                condition=models.Q(recipient="staff", staff_member__isnull=False)
                | models.Q(~models.Q(recipient="staff"), staff_member__isnull=True),
                name="staff_seal_names_member",
            ),
        ]

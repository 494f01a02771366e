"""Organisations, staff members with their key pairs, and the envelopes that seal data keys."""

from __future__ import annotations

from django.conf import settings
from django.db import models


class Organisation(models.Model):
    """A rights organisation; every report and staff member belongs to exactly one."""

    slug = models.SlugField(unique=True)
    name = models.CharField(max_length=200)

    def __str__(self) -> str:
        return self.name


class Role(models.TextChoices):
    COORDINATOR = "coordinator", "Coordinator"
    ANALYST = "analyst", "Analyst"
    RESEARCHER = "researcher", "Researcher"
    ADMIN = "admin", "Administrator"


# Roles whose keys receive report data keys; researchers see coded aggregates only.
CONTENT_ROLES = (Role.COORDINATOR, Role.ANALYST)


class StaffMember(models.Model):
    """A staff account's organisation, role and X25519 key pair (private half wrapped)."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="staff"
    )
    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="staff")
    role = models.CharField(max_length=16, choices=Role.choices)
    public_key = models.BinaryField(max_length=32)
    wrapped_private_key = models.BinaryField(
        help_text="Argon2id(password)-wrapped; never usable at rest."
    )
    active = models.BooleanField(default=True)
    must_change_password = models.BooleanField(default=False)
    # The TOTP secret is sealed to the member's own key: opening it needs the password too.
    totp_sealed = models.BinaryField(null=True, blank=True)
    totp_last_step = models.BigIntegerField(default=0, help_text="Last accepted TOTP time step.")
    failed_attempts = models.PositiveIntegerField(default=0)
    locked_until = models.DateTimeField(null=True, blank=True, help_text="Staff-side only.")
    session_epoch = models.PositiveIntegerField(
        default=0, help_text="Raised on credential changes; older sessions are refused."
    )

    def __str__(self) -> str:
        return f"{self.user} ({self.role}, {self.organisation.slug})"

    @property
    def reads_content(self) -> bool:
        return self.active and self.role in CONTENT_ROLES


class RecoveryCode(models.Model):
    """A one-time second-factor code, stored only as a keyed hash."""

    member = models.ForeignKey(StaffMember, on_delete=models.CASCADE, related_name="recovery_codes")
    code_hash = models.BinaryField(max_length=32)
    used = models.BooleanField(default=False)


class RecoveryKey(models.Model):
    """The public half of an organisation's recovery key; the private half is kept offline."""

    organisation = models.OneToOneField(
        Organisation, on_delete=models.CASCADE, related_name="recovery_key"
    )
    public_key = models.BinaryField(max_length=32)
    created_on = models.DateField()


class Envelope(models.Model):
    """One data key, sealed to several recipients; content rows point at their envelope."""

    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="+")
    purpose = models.CharField(max_length=32)


class Recipient(models.TextChoices):
    STAFF = "staff", "Staff member"
    RECOVERY = "recovery", "Organisation recovery key"
    REPORTER = "reporter", "Reporter (receipt holder)"


class SealedKey(models.Model):
    """The envelope's data key sealed to one recipient's public key."""

    envelope = models.ForeignKey(Envelope, on_delete=models.CASCADE, related_name="sealed_keys")
    recipient = models.CharField(max_length=16, choices=Recipient.choices)
    staff_member = models.ForeignKey(
        StaffMember, null=True, blank=True, on_delete=models.CASCADE, related_name="sealed_keys"
    )
    sealed = models.BinaryField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["envelope", "staff_member"], name="one_seal_per_staff"),
            models.CheckConstraint(
                condition=models.Q(recipient="staff", staff_member__isnull=False)
                | models.Q(~models.Q(recipient="staff"), staff_member__isnull=True),
                name="staff_seal_names_member",
            ),
        ]

"""Staff members with their roles, key pairs and second factors.

Organisations, envelopes and sealed keys live in ``amanat.keys``, below both zones.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models

from amanat.keys.keyring import CONTENT_ROLES
from amanat.keys.models import Organisation


class Role(models.TextChoices):
    COORDINATOR = "coordinator", "Coordinator"
    ANALYST = "analyst", "Analyst"
    RESEARCHER = "researcher", "Researcher"
    ADMIN = "admin", "Administrator"


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

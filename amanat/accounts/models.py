"""Staff members with their roles, key pairs and second factors.

Organisations, envelopes and sealed keys live in ``amanat.keys``, below both zones.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models

from amanat.core import crypto
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
    session_epoch = models.PositiveIntegerField(
        default=0, help_text="Raised on credential changes; older sessions are refused."
    )

    # Adding a reader is a two-person act: a new (or reset) key receives no report until a
    # colleague who already reads approves it; the person who created or reset the account
    # cannot be that colleague. Accounts made by the operator at the shell start approved.
    key_approved = models.BooleanField(default=False)
    approval_requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    reader_notices_seen = models.PositiveBigIntegerField(
        default=0, help_text="Newest audit entry about who can read that this member has seen."
    )

    def __str__(self) -> str:
        return f"{self.user} ({self.role}, {self.organisation.slug})"

    @property
    def reads_content(self) -> bool:
        return self.active and self.role in CONTENT_ROLES

    @property
    def receives_reports(self) -> bool:
        """New reports are sealed to this key: a reader whose key a colleague approved."""
        return self.reads_content and self.key_approved

    @property
    def awaits_approval(self) -> bool:
        return self.reads_content and not self.key_approved

    @property
    def key_fingerprint(self) -> str:
        """A short digest of the public key, compared aloud before approving it."""
        digest = crypto.keyed_hash(bytes(self.public_key), person=b"amanat:keyfpr", size=10).hex()
        return " ".join(digest[i : i + 4] for i in range(0, len(digest), 4)).upper()


class SignInDelay(models.Model):
    """Failed sign-ins for one user name (known or not) from one kind of client.

    Keyed by a keyed hash of the name, so unknown names are delayed exactly like real ones and
    the table lists no user names. ``device`` is empty for browsers that never signed in to this
    name, or a digest of the device cookie a successful sign-in left: a stranger guessing
    therefore delays only other strangers, never the member on their own browser.
    """

    name_digest = models.CharField(max_length=64)
    device = models.CharField(max_length=64, blank=True)
    failures = models.PositiveIntegerField(default=0)
    not_before = models.DateTimeField(null=True, blank=True)
    last_failure = models.DateTimeField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["name_digest", "device"], name="one_delay_per_client")
        ]


class RecoveryCode(models.Model):
    """A one-time second-factor code, stored only as a keyed hash."""

    member = models.ForeignKey(StaffMember, on_delete=models.CASCADE, related_name="recovery_codes")
    code_hash = models.BinaryField(max_length=32)
    used = models.BooleanField(default=False)

"""A staff member's chosen language for the staff pages (the hotline follows the URL instead)."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from amanat.accounts.models import StaffMember


class StaffLanguage(models.Model):
    """Kept beside StaffMember rather than on it, so accounts' own migrations stay untouched."""

    member = models.OneToOneField(
        StaffMember, on_delete=models.CASCADE, primary_key=True, related_name="language_choice"
    )
    language = models.CharField(max_length=16, choices=settings.LANGUAGES)

    def __str__(self) -> str:
        return f"{self.member_id}: {self.language}"

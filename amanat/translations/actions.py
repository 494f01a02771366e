"""Changing a staff member's language: one transaction, audited."""

from __future__ import annotations

from django.conf import settings
from django.db import transaction

from amanat.accounts.models import StaffMember
from amanat.audit.actions import record
from amanat.audit.tags import EventTag
from amanat.translations.models import StaffLanguage


@transaction.atomic
def set_staff_language(member: StaffMember, language: str, *, actor: StaffMember) -> None:
    if language not in dict(settings.LANGUAGES):
        raise ValueError(f"unknown language {language!r}")
    StaffLanguage.objects.update_or_create(member=member, defaults={"language": language})
    record(
        EventTag.ACCOUNTS_STAFF_LANGUAGE,
        actor=actor,
        subject=member,
        payload={"language": language},
    )

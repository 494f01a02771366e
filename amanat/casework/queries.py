"""Casework readers that need no decryption: the inbox list and team overview."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Count, QuerySet

from amanat.accounts import signin_delay
from amanat.accounts.models import StaffMember
from amanat.casework.access import colleagues_of, reports_visible_to
from amanat.intake.models import Report
from amanat.keys.models import SealedKey


def inbox(member: StaffMember, status: str | None = None) -> QuerySet[Report]:
    reports = reports_visible_to(member).select_related("assignment__member__user")
    if status:
        reports = reports.filter(status=status)
    return reports.annotate(
        n_messages=Count("messages", distinct=True), n_files=Count("attachments", distinct=True)
    ).order_by("-updated_on", "-pk")


@dataclass(frozen=True)
class ColleagueRow:
    member: StaffMember
    keys_held: int
    second_factor: bool
    delay_seconds: int  # wrong-attempt delay still running on some client (0: none)


def team(member: StaffMember) -> list[ColleagueRow]:
    counts = dict(
        SealedKey.objects.filter(staff_member__organisation_id=member.organisation_id)
        .values_list("staff_member")
        .annotate(n=Count("pk"))
        .values_list("staff_member", "n")
    )
    members = list(colleagues_of(member).order_by("user__username"))
    delays = signin_delay.delays_by_name([m.user.get_username() for m in members])
    return [
        ColleagueRow(
            m,
            counts.get(m.pk, 0),
            m.totp_sealed is not None,
            delays.get(m.user.get_username(), 0),
        )
        for m in members
    ]

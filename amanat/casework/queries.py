"""Casework readers that need no decryption: the inbox list and team overview."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Count, OuterRef, QuerySet, Subquery

from amanat.accounts import signin_delay
from amanat.accounts.models import StaffMember
from amanat.casework.access import colleagues_of, reports_visible_to
from amanat.intake.models import Message, Report
from amanat.keys.models import SealedKey


def inbox(
    member: StaffMember, status: str | None = None, language: str | None = None
) -> QuerySet[Report]:
    """One page's rows from clear columns only: status, language, days, counts, last author."""
    reports = reports_visible_to(member).select_related("assignment__member__user")
    if status:
        reports = reports.filter(status=status)
    if language is not None:
        reports = reports.filter(language=language)
    last_author = Message.objects.filter(report=OuterRef("pk")).order_by("-pk").values("author")
    return (
        reports.annotate(
            n_messages=Count("messages", distinct=True),
            n_files=Count("attachments", distinct=True),
            last_author=Subquery(last_author[:1]),
        )
        .defer("body", "verifier", "reporter_public_key")
        .order_by("-updated_on", "-pk")
    )


def status_counts(member: StaffMember) -> dict[str, int]:
    """How many reports stand at each status, in one query (statuses with none are absent)."""
    rows = reports_visible_to(member).order_by().values_list("status").annotate(n=Count("pk"))
    return dict(rows.values_list("status", "n"))


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

"""Object-level access for casework: outsiders get a 404 and learn nothing, not even existence.

Every list and lookup starts from :func:`reports_visible_to`; researchers and administrators
never see report content (they hold no key to it), only coded aggregates.
"""

from __future__ import annotations

from django.db.models import QuerySet
from django.http import Http404

from amanat.accounts.models import StaffMember
from amanat.audit.actions import record
from amanat.audit.tags import EventTag
from amanat.intake.models import Attachment, Report


def deny(member: StaffMember, kind: str, pk: object) -> Http404:
    """Log the refused lookup (who asked for what) and give the outsider a plain 404."""
    record(
        EventTag.ACCOUNTS_ACCESS_DENIED, actor=member.user, payload={"kind": kind, "pk": str(pk)}
    )
    return Http404()


def reports_visible_to(member: StaffMember) -> QuerySet[Report]:
    if not member.reads_content:
        return Report.objects.none()
    return Report.objects.filter(organisation_id=member.organisation_id)


def get_report_for_member(member: StaffMember, public_id: str) -> Report:
    """The report named by its public id (URLs never carry row numbers), or a 404."""
    reports = reports_visible_to(member).select_related("envelope", "organisation")
    found = reports.filter(public_id=public_id).first()
    if found is None:
        raise deny(member, "report", public_id)
    return found


def get_attachment_for_member(member: StaffMember, pk: int) -> Attachment:
    found = (
        Attachment.objects.select_related("envelope", "report")
        .filter(pk=pk, report__in=reports_visible_to(member))
        .first()
    )
    if found is None:
        raise deny(member, "attachment", pk)
    return found


def colleagues_of(member: StaffMember) -> QuerySet[StaffMember]:
    return StaffMember.objects.filter(organisation_id=member.organisation_id).select_related("user")


def get_colleague(member: StaffMember, pk: int) -> StaffMember:
    found = colleagues_of(member).filter(pk=pk).first()
    if found is None:
        raise deny(member, "staff", pk)
    return found

"""Object-level access for casework: outsiders get a 404 and learn nothing, not even existence.

Every list and lookup starts from :func:`reports_visible_to`; researchers and administrators
never see report content (they hold no key to it), only coded aggregates.
"""

from __future__ import annotations

from django.db.models import QuerySet

from amanat.accounts.access import found_or_deny
from amanat.accounts.models import StaffMember
from amanat.intake.models import Attachment, Report


def reports_visible_to(member: StaffMember) -> QuerySet[Report]:
    if not member.reads_content:
        return Report.objects.none()
    return Report.objects.filter(organisation_id=member.organisation_id)


def get_report_for_member(member: StaffMember, public_id: str) -> Report:
    """The report named by its public id (URLs never carry row numbers), or a 404."""
    reports = reports_visible_to(member).select_related("envelope", "organisation")
    return found_or_deny(reports.filter(public_id=public_id), member, "report", public_id)


def get_attachment_for_member(member: StaffMember, pk: int) -> Attachment:
    attachments = Attachment.objects.select_related("envelope", "report")
    visible = attachments.filter(pk=pk, report__in=reports_visible_to(member))
    return found_or_deny(visible, member, "attachment", pk)


def colleagues_of(member: StaffMember) -> QuerySet[StaffMember]:
    return StaffMember.objects.filter(organisation_id=member.organisation_id).select_related("user")


def get_colleague(member: StaffMember, pk: int) -> StaffMember:
    return found_or_deny(colleagues_of(member).filter(pk=pk), member, "staff", pk)

"""Who may see which incident: the organisation's own, and never anyone else's (404).

Every incident list, lookup and export starts from :func:`incidents_visible_to`. Content roles
(coordinator, analyst) see every incident of their organisation and may decrypt what their key
opens; researchers see coded fields only, and not confidential incidents — a confidential
incident's coded fields (a rare tactic, a small host country, a day) can single someone out.
People and referrals hold encrypted identifying fields, so only content roles reach them.
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet

from amanat.accounts.access import found_or_deny
from amanat.accounts.models import Role, StaffMember
from amanat.incidents.models import Incident, Person, Referral, Sensitivity

# Roles that see coded incidents; administrators manage the deployment, not the casework.
VIEWER_ROLES = (Role.COORDINATOR, Role.ANALYST, Role.RESEARCHER)


def incidents_visible_to(member: StaffMember) -> QuerySet[Incident]:
    if not member.active or member.role not in VIEWER_ROLES:
        return Incident.objects.none()
    incidents = Incident.objects.filter(organisation_id=member.organisation_id)
    if not member.reads_content:
        incidents = incidents.exclude(sensitivity=Sensitivity.CONFIDENTIAL)
    return incidents


def get_incident_for_member(
    member: StaffMember, public_id: str, *, write: bool = False
) -> Incident:
    """The incident named by its public id, or a 404 that says nothing about whether it exists
    elsewhere."""
    visible = incidents_visible_to(member).select_related(
        "envelope", "codebook", "organisation", "merged_into"
    )
    found = found_or_deny(visible.filter(public_id=public_id), member, "incident", public_id)
    if write and not member.reads_content:
        raise PermissionDenied
    return found


def get_person_for_member(member: StaffMember, pk: int) -> Person:
    people = Person.objects.select_related("envelope", "incident__codebook")
    visible = people.filter(pk=pk, incident__in=incidents_visible_to(member))
    return found_or_deny(visible if member.reads_content else people.none(), member, "person", pk)


def get_referral_for_member(member: StaffMember, pk: int) -> Referral:
    referrals = Referral.objects.select_related("envelope", "incident__codebook")
    visible = referrals.filter(pk=pk, incident__in=incidents_visible_to(member))
    rows = visible if member.reads_content else referrals.none()
    return found_or_deny(rows, member, "referral", pk)

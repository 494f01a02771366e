"""Who may use the dataset: coded aggregates for every role that sees incidents.

Coordinators, analysts and researchers read the dashboard, exports, releases and the staff API
(researchers never see confidential incidents: ``incidents_visible_to`` decides). Releases are
built by coordinators and researchers and never contain confidential incidents; importing
writes incidents, so it is for the roles that code them; publishing public statistics is an
organisation's decision, its coordinator's.
"""

from __future__ import annotations

from django.db.models import QuerySet

from amanat.accounts.access import found_or_deny
from amanat.accounts.models import Role, StaffMember
from amanat.dataset.models import Release
from amanat.incidents.access import VIEWER_ROLES

ANALYTICS_ROLES = tuple(VIEWER_ROLES)
RELEASE_ROLES = (Role.COORDINATOR, Role.RESEARCHER)
IMPORT_ROLES = (Role.COORDINATOR, Role.ANALYST)
PUBLISH_ROLES = (Role.COORDINATOR,)


def releases_visible_to(member: StaffMember) -> QuerySet[Release]:
    if not member.active or member.role not in ANALYTICS_ROLES:
        return Release.objects.none()
    return Release.objects.filter(organisation_id=member.organisation_id)


def get_release_for_member(member: StaffMember, pk: int) -> Release:
    """The release, or a 404 that says nothing about other organisations' releases."""
    releases = Release.objects.select_related("codebook", "previous")
    visible = releases.filter(pk=pk, organisation_id=member.organisation_id)
    allowed = member.active and member.role in ANALYTICS_ROLES
    return found_or_deny(visible if allowed else releases.none(), member, "release", pk)

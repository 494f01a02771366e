"""Who may reach which indicator, sighting and campaign: content roles of the organisation.

Everything starts from the member's organisation; another organisation's row is a 404 that says
nothing about whether it exists (``casework.access.deny`` audits the refused lookup).
"""

from __future__ import annotations

from django.db.models import QuerySet

from amanat.accounts.access import found_or_deny
from amanat.accounts.models import Role, StaffMember
from amanat.indicators.models import Campaign, Indicator, IndicatorSighting

# Identifiers are identifying data of harassers and, through them, of cases: content roles only.
INDICATOR_ROLES = [str(Role.COORDINATOR), str(Role.ANALYST)]


def indicators_visible_to(member: StaffMember) -> QuerySet[Indicator]:
    if not member.reads_content:
        return Indicator.objects.none()
    return Indicator.objects.filter(organisation_id=member.organisation_id)


def campaigns_visible_to(member: StaffMember) -> QuerySet[Campaign]:
    if not member.reads_content:
        return Campaign.objects.none()
    return Campaign.objects.filter(organisation_id=member.organisation_id)


def get_indicator_for_member(member: StaffMember, pk: int) -> Indicator:
    visible = indicators_visible_to(member).select_related("envelope").filter(pk=pk)
    return found_or_deny(visible, member, "indicator", pk)


def get_sighting_for_member(member: StaffMember, pk: int) -> IndicatorSighting:
    sightings = IndicatorSighting.objects.select_related("indicator", "incident")
    visible = sightings.filter(pk=pk, indicator__in=indicators_visible_to(member))
    return found_or_deny(visible, member, "indicator-sighting", pk)


def get_campaign_for_member(member: StaffMember, pk: int) -> Campaign:
    return found_or_deny(campaigns_visible_to(member).filter(pk=pk), member, "campaign", pk)

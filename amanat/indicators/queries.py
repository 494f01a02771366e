"""Indicator readers that need no key: which incidents share an identifier, campaign pages.

Incidents are shown through casework's coded rows (dates at their precision, countries, codes):
never a narrative, a name or a value. Every incident query starts from ``incidents_visible_to``.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from django.db.models import Count, QuerySet

from amanat.accounts.models import StaffMember
from amanat.incidents.access import incidents_visible_to
from amanat.incidents.models import Incident
from amanat.incidents.queries import Coded, list_rows
from amanat.indicators.access import campaigns_visible_to, indicators_visible_to
from amanat.indicators.models import Campaign, Indicator, IndicatorSighting

CAMPAIGN_LIST_LIMIT = 200


def _rows(incidents: QuerySet[Incident]) -> list[Coded]:
    return list_rows(
        incidents.select_related("codebook").prefetch_related("tactics", "channels").order_by("pk")
    )


def incidents_sharing(member: StaffMember, indicator: Indicator) -> list[Coded]:
    """The member's incidents on which the identifier was seen, as coded rows."""
    return _rows(incidents_visible_to(member).filter(indicator_sightings__indicator=indicator))


def sightings_on(incident: Incident) -> list[IndicatorSighting]:
    """The identifiers recorded on an incident, each with how many incidents share it."""
    return list(
        IndicatorSighting.objects.filter(incident=incident)
        .select_related("indicator__envelope")
        .annotate(shared=Count("indicator__sightings"))
        .order_by("indicator__kind", "pk")
    )


def exportable(member: StaffMember, campaign: Campaign | None = None) -> QuerySet[Indicator]:
    """The indicators an analyst may pick for an export (optionally one campaign's)."""
    indicators = indicators_visible_to(member).select_related("envelope")
    if campaign is not None:
        indicators = indicators.filter(sightings__incident__indicator_campaign__campaign=campaign)
    return indicators.annotate(shared=Count("sightings", distinct=True)).order_by("kind", "pk")


@dataclass(frozen=True)
class CampaignRow:
    campaign: Campaign
    countries: list[str]
    years: str


def _years(incidents: list[Incident]) -> str:
    years = sorted({i.date_start.year for i in incidents if i.date_start is not None})
    if not years:
        return "?"
    return str(years[0]) if years[0] == years[-1] else f"{years[0]}–{years[-1]}"


def campaign_rows(member: StaffMember) -> list[CampaignRow]:
    """The organisation's campaigns, largest first, with host countries and years."""
    campaigns = list(campaigns_visible_to(member).order_by("-size", "-pk")[:CAMPAIGN_LIST_LIMIT])
    visible = incidents_visible_to(member).filter(
        indicator_campaign__campaign__in=[c.pk for c in campaigns]
    )
    by_campaign: dict[int, list[Incident]] = {}
    for incident in visible.select_related("indicator_campaign").only(
        "pk", "host_country", "date_start", "indicator_campaign__campaign_id"
    ):
        by_campaign.setdefault(incident.indicator_campaign.campaign_id, []).append(incident)
    rows = []
    for campaign in campaigns:
        members = by_campaign.get(campaign.pk, [])
        countries = sorted({i.host_country for i in members if i.host_country})
        rows.append(CampaignRow(campaign, countries, _years(members)))
    return rows


@dataclass
class CampaignPage:
    campaign: Campaign
    rows: list[Coded]
    by_country: list[tuple[str, int]]
    by_year: list[tuple[str, int]]
    links: list[tuple[int, int]]  # (indicator id, incident id): the edges of the graph
    indicators: dict[int, Indicator]


def campaign_page(member: StaffMember, campaign: Campaign) -> CampaignPage:
    incidents = incidents_visible_to(member).filter(indicator_campaign__campaign=campaign)
    rows = _rows(incidents)
    members = [row.incident for row in rows]
    by_country = Counter(i.host_country or "?" for i in members)
    by_year = Counter(str(i.date_start.year) if i.date_start else "?" for i in members)
    sightings = IndicatorSighting.objects.filter(
        incident__in=[i.pk for i in members], indicator__too_common=False
    ).select_related("indicator")
    links = [(s.indicator_id, s.incident_id) for s in sightings]
    indicators = {s.indicator_id: s.indicator for s in sightings}
    return CampaignPage(
        campaign=campaign,
        rows=rows,
        by_country=sorted(by_country.items(), key=lambda item: (-item[1], item[0])),
        by_year=sorted(by_year.items()),
        links=links,
        indicators=indicators,
    )

"""Campaigns: connected components of incidents linked by shared identifiers, kept up to date.

Stored as one ``CampaignMember`` row per incident (never a row per pair: MISP's correlation table
grew to 150M rows that way). A change recomputes only the components it touches: the incidents
around the changed sighting are the seeds, a breadth-first walk collects their subgraph, and a
union-find splits it into components. An identifier seen on more incidents than the fan-out cap
(a call-centre number, a public e-mail of an embassy) is flagged ``too_common`` and not walked:
it would glue unrelated cases into one blob and make every update touch everything.

Callers run inside their action's transaction.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator

from django.conf import settings

from amanat.core import env
from amanat.core.time import today
from amanat.indicators.models import Campaign, CampaignMember, Indicator, IndicatorSighting

CHUNK = 500  # ids per IN (…) clause, well under every database's parameter limit


def fanout_cap() -> int:
    """Incidents an identifier may link before it counts as too common to cluster on."""
    configured = getattr(settings, "INDICATOR_FANOUT_CAP", None)
    if configured is not None:
        return int(configured)
    return env.get_int("AMANAT_INDICATOR_FANOUT_CAP", 200, minimum=2, maximum=1_000_000)


def refresh_too_common(indicator: Indicator) -> bool:
    """Set the flag from the sighting count; True when it changed."""
    flagged = indicator.sightings.count() > fanout_cap()
    if flagged == indicator.too_common:
        return False
    indicator.too_common = flagged
    Indicator.objects.filter(pk=indicator.pk).update(too_common=flagged)
    return True


def _chunks(ids: Iterable[int]) -> Iterator[list[int]]:
    batch: list[int] = []
    for item in ids:
        batch.append(item)
        if len(batch) == CHUNK:
            yield batch
            batch = []
    if batch:
        yield batch


def _subgraph(seeds: set[int]) -> tuple[set[int], dict[int, set[int]]]:
    """Every incident reachable from the seeds, and each walked indicator's incidents."""
    incidents, frontier = set(seeds), set(seeds)
    members: dict[int, set[int]] = {}
    while frontier:
        found: set[int] = set()
        for batch in _chunks(frontier):
            found.update(
                IndicatorSighting.objects.filter(
                    incident_id__in=batch, indicator__too_common=False
                ).values_list("indicator_id", flat=True)
            )
        fresh = found - members.keys()
        for indicator_id in fresh:
            members[indicator_id] = set()
        for batch in _chunks(fresh):
            rows = IndicatorSighting.objects.filter(indicator_id__in=batch)
            for indicator_id, incident_id in rows.values_list("indicator_id", "incident_id"):
                members[indicator_id].add(incident_id)
        reached = set().union(*(members[i] for i in fresh)) if fresh else set()
        frontier = reached - incidents
        incidents |= frontier
    return incidents, members


def components(seeds: Iterable[int]) -> list[set[int]]:
    """The connected components containing the seeds (union-find over shared identifiers)."""
    incidents, members = _subgraph(set(seeds))
    parent = {incident: incident for incident in incidents}

    def root(node: int) -> int:
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for linked in members.values():
        first, *rest = sorted(linked)
        for other in rest:
            a, b = root(first), root(other)
            if a != b:
                parent[max(a, b)] = min(a, b)
    groups: dict[int, set[int]] = {}
    for incident in incidents:
        groups.setdefault(root(incident), set()).add(incident)
    return sorted(groups.values(), key=lambda group: (-len(group), min(group)))


def recluster(organisation_id: int, seeds: Iterable[int]) -> int:
    """Recompute the campaigns around the seeds; returns how many components were written.

    Each component of two or more incidents keeps the campaign most of its incidents were
    already in (so campaign numbers stay stable as cases are added); a split-off part gets a
    new campaign, a lone incident leaves its campaign, an emptied campaign is deleted.
    """
    groups = components(seeds)
    everyone = set().union(*groups) if groups else set()
    before: dict[int, int] = {}
    for batch in _chunks(everyone):
        before.update(
            CampaignMember.objects.filter(incident_id__in=batch).values_list(
                "incident_id", "campaign_id"
            )
        )
    used: set[int] = set()
    for group in groups:
        if len(group) < 2:
            CampaignMember.objects.filter(incident_id__in=group).delete()
            continue
        campaign_id = _choose(group, before, used, organisation_id)
        used.add(campaign_id)
        _write_members(campaign_id, group, before)
    _drop_emptied(set(before.values()) - used)
    return sum(1 for group in groups if len(group) > 1)


def _choose(group: set[int], before: dict[int, int], used: set[int], organisation_id: int) -> int:
    votes = Counter(before[i] for i in group if i in before)
    ranked = sorted(votes.items(), key=lambda item: (-item[1], item[0]))
    for campaign_id, _count in ranked:
        if campaign_id not in used:
            return campaign_id
    day = today()
    return Campaign.objects.create(
        organisation_id=organisation_id, created_on=day, updated_on=day
    ).pk


def _write_members(campaign_id: int, group: set[int], before: dict[int, int]) -> None:
    moving = [i for i in group if i in before and before[i] != campaign_id]
    for batch in _chunks(moving):
        CampaignMember.objects.filter(incident_id__in=batch).update(campaign_id=campaign_id)
    CampaignMember.objects.bulk_create(
        CampaignMember(campaign_id=campaign_id, incident_id=i) for i in group if i not in before
    )
    Campaign.objects.filter(pk=campaign_id).update(size=len(group), updated_on=today())


def _drop_emptied(campaign_ids: set[int]) -> None:
    """Campaigns that lost members: deleted below two incidents, resized otherwise."""
    for campaign_id in campaign_ids:
        size = CampaignMember.objects.filter(campaign_id=campaign_id).count()
        if size < 2:
            Campaign.objects.filter(pk=campaign_id).delete()  # its members go with it
        else:
            Campaign.objects.filter(pk=campaign_id).update(size=size, updated_on=today())

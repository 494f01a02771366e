"""Campaigns: incidents connected through shared identifiers, kept up to date, capped fan-out."""

from __future__ import annotations

from datetime import date

import pytest
from django.core.management import call_command

from amanat.indicators.models import Campaign, CampaignMember, Indicator
from amanat.indicators.tests.conftest import make_incident, record_on
from amanat.testing.staff_login import staff_client

pytestmark = pytest.mark.django_db


def campaign_of(incident) -> int | None:
    member = CampaignMember.objects.filter(incident=incident).first()
    return member.campaign_id if member else None


def test_a_chain_of_shared_identifiers_makes_one_campaign_of_three(org_a) -> None:
    analyst = org_a.analyst
    a, b, c, d = (make_incident(analyst) for _ in range(4))
    record_on(a, analyst, "phone", "+86 138 0013 8000")
    record_on(b, analyst, "phone", "13800138000", region="CN")
    record_on(b, analyst, "email", "agent@example.org")
    record_on(c, analyst, "email", "Agent@Example.org")
    record_on(d, analyst, "email", "someone-else@example.org")
    campaign = Campaign.objects.get()
    assert campaign.size == 3
    assert {campaign_of(x) for x in (a, b, c)} == {campaign.pk}
    assert campaign_of(d) is None


def test_joining_two_campaigns_keeps_the_larger_ones_number(org_a) -> None:
    analyst = org_a.analyst
    a, b, c, x, y = (make_incident(analyst) for _ in range(5))
    for incident in (a, b, c):
        record_on(incident, analyst, "domain", "big.example")
    for incident in (x, y):
        record_on(incident, analyst, "domain", "small.example")
    big = campaign_of(a)
    record_on(y, analyst, "domain", "big.example")
    assert Campaign.objects.count() == 1
    assert Campaign.objects.get().pk == big
    assert Campaign.objects.get().size == 5


def test_removing_the_link_splits_the_campaign(org_a) -> None:
    analyst = org_a.analyst
    a, b, c = (make_incident(analyst) for _ in range(3))
    record_on(a, analyst, "phone", "+8613800138000")
    bridge = record_on(b, analyst, "phone", "+8613800138000").sighting
    record_on(b, analyst, "email", "x@example.org")
    record_on(c, analyst, "email", "x@example.org")
    assert Campaign.objects.get().size == 3
    from amanat.indicators.actions import remove_sighting

    remove_sighting(bridge, actor=analyst)
    assert campaign_of(a) is None
    assert campaign_of(b) == campaign_of(c) is not None
    assert Campaign.objects.get().size == 2


def test_an_identifier_on_too_many_incidents_is_not_used_to_link_them(org_a, settings) -> None:
    settings.INDICATOR_FANOUT_CAP = 3
    analyst = org_a.analyst
    incidents = [make_incident(analyst) for _ in range(4)]
    for incident in incidents[:3]:
        record_on(incident, analyst, "phone", "+8613800138000")
    assert Campaign.objects.get().size == 3
    record_on(incidents[3], analyst, "phone", "+8613800138000")  # the 4th: over the cap
    assert Indicator.objects.get().too_common
    assert Campaign.objects.count() == 0
    assert CampaignMember.objects.count() == 0
    from amanat.audit.models import AuditEntry

    assert AuditEntry.objects.filter(tag="indicators:indicator:too_common").count() == 1


def test_clusters_cost_one_row_per_incident_not_one_per_pair(org_a) -> None:
    analyst = org_a.analyst
    incidents = [make_incident(analyst) for _ in range(30)]
    for incident in incidents:
        record_on(incident, analyst, "url", "https://example.org/threat")
    assert CampaignMember.objects.count() == 30  # 435 pairs, never stored
    assert Campaign.objects.get().size == 30


def test_the_rebuild_command_recomputes_after_the_cap_changes(org_a, settings) -> None:
    analyst = org_a.analyst
    a, b, c = (make_incident(analyst) for _ in range(3))
    for incident in (a, b, c):
        record_on(incident, analyst, "phone", "+8613800138000")
    settings.INDICATOR_FANOUT_CAP = 2
    call_command("indicators", "recluster", "--organisation", "org-a")
    assert Campaign.objects.count() == 0
    settings.INDICATOR_FANOUT_CAP = 200
    call_command("indicators", "recluster", "--organisation", "org-a")
    assert Campaign.objects.get().size == 3


def test_the_campaign_page_counts_by_country_and_year_and_draws_the_graph(org_a) -> None:
    analyst = org_a.analyst
    a = make_incident(analyst, host="TR", start=date(2023, 2, 1))
    b = make_incident(analyst, host="DE", start=date(2024, 6, 1))
    c = make_incident(analyst, host="TR", start=date(2024, 7, 1))
    for incident in (a, b, c):
        record_on(incident, analyst, "handle", "agent_wang", platform="wechat")
    campaign = Campaign.objects.get()
    client = staff_client(analyst)
    listing = client.get("/staff/indicators/campaigns/").content.decode()
    assert f'href="/staff/indicators/campaigns/{campaign.pk}/"' in listing
    assert "DE, TR" in listing
    assert "2023–2024" in listing
    page = client.get(f"/staff/indicators/campaigns/{campaign.pk}/").content.decode()
    assert '<table class="facts" id="by-country">' in page
    for cell in ("<th>TR</th><td>2</td>", "<th>DE</th><td>1</td>"):
        assert cell in page
    for cell in ("<th>2024</th><td>2</td>", "<th>2023</th><td>1</td>"):
        assert cell in page
    assert '<svg xmlns="http://www.w3.org/2000/svg" id="campaign-graph"' in page
    assert (page.count("<circle "), page.count("<rect ")) == (3, 1)
    assert page.count("<line ") == 3
    assert "agent_wang" not in page  # identifiers are drawn by kind and number only
    assert "<script" not in page


def _expected_components(edges: set[tuple[int, int]], cap: int) -> set[frozenset[int]]:
    """Brute force: connected components (≥ 2) over identifiers seen on at most ``cap``."""
    by_identifier: dict[int, set[int]] = {}
    for identifier, incident in edges:
        by_identifier.setdefault(identifier, set()).add(incident)
    groups: list[set[int]] = []
    for linked in by_identifier.values():
        if len(linked) > cap:
            continue
        touching = [g for g in groups if g & linked]
        merged = set(linked).union(*touching)
        groups = [g for g in groups if g not in touching] + [merged]
    return {frozenset(g) for g in groups if len(g) > 1}


def test_incremental_updates_always_equal_a_full_recomputation(org_a, settings) -> None:
    """Random adds and removes; after each, the stored campaigns are the true components."""
    import random

    from amanat.indicators.actions import remove_sighting
    from amanat.indicators.models import IndicatorSighting

    settings.INDICATOR_FANOUT_CAP = 4
    analyst = org_a.analyst
    incidents = [make_incident(analyst) for _ in range(8)]
    domains = [f"d{n}.example" for n in range(5)]
    rng = random.Random(20240611)
    flagged = 0
    for _step in range(60):
        incident, domain = rng.choice(incidents), rng.choice(domains)
        chosen = list(
            IndicatorSighting.objects.filter(incident=incident).select_related("indicator")
        )
        if chosen and rng.random() < 0.35:
            remove_sighting(rng.choice(chosen), actor=analyst)
        else:
            record_on(incident, analyst, "domain", domain)
        edges = set(IndicatorSighting.objects.values_list("indicator_id", "incident_id"))
        stored: dict[int, set[int]] = {}
        for campaign_id, incident_id in CampaignMember.objects.values_list(
            "campaign_id", "incident_id"
        ):
            stored.setdefault(campaign_id, set()).add(incident_id)
        assert {frozenset(g) for g in stored.values()} == _expected_components(edges, 4)
        sizes = dict(Campaign.objects.values_list("pk", "size"))
        assert sizes == {pk: len(group) for pk, group in stored.items()}
        flagged += Indicator.objects.filter(too_common=True).count()
    assert flagged, "the walk should cross the fan-out cap at least once"

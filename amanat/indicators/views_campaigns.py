"""Campaign pages: incidents linked through shared identifiers, counted and drawn.

Coordinators and analysts only; another organisation's campaign is a 404. Nothing is decrypted
here: incidents appear by their coded fields, identifiers by kind and row number.
"""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from amanat.accounts.access import signed_in, staff_required
from amanat.indicators import graph, queries
from amanat.indicators.access import INDICATOR_ROLES, get_campaign_for_member
from amanat.indicators.models import Indicator


def node_label(indicator: Indicator) -> str:
    """Kind (or platform) and row number: enough to tell nodes apart, no value."""
    return f"{indicator.platform or indicator.kind} #{indicator.pk}"


@require_GET
@staff_required(roles=INDICATOR_ROLES)
def campaign_list(request: HttpRequest) -> HttpResponse:
    rows = queries.campaign_rows(signed_in(request).member)
    return render(
        request, "indicators/campaigns.html", {"rows": rows, "limit": queries.CAMPAIGN_LIST_LIMIT}
    )


@require_GET
@staff_required(roles=INDICATOR_ROLES)
def campaign_detail(request: HttpRequest, pk: int) -> HttpResponse:
    signed = signed_in(request)
    campaign = get_campaign_for_member(signed.member, pk)
    page = queries.campaign_page(signed.member, campaign)
    labels = {pk: node_label(indicator) for pk, indicator in page.indicators.items()}
    names = {row.incident.pk: row.incident.public_id for row in page.rows}
    picture = graph.layout([row.incident.pk for row in page.rows], page.links, labels, names)
    context = {"campaign": campaign, "page": page, "graph": picture}
    return render(request, "indicators/campaign.html", context)

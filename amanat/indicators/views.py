"""Identifier pages: record on an incident, remove, look up, read one identifier.

Deny by default: coordinators and analysts only (researchers 403 — identifiers identify); every
object comes through ``indicators.access`` or ``incidents.access`` (another organisation's row is
a 404). Identifiers travel in POST bodies, never in URLs, so they stay out of logs and history.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from amanat.accounts.access import signed_in, staff_required
from amanat.audit.actions import record
from amanat.audit.tags import EventTag
from amanat.casework.reading import Tampered
from amanat.incidents.access import get_incident_for_member
from amanat.incidents.models import Incident
from amanat.indicators import actions, keys, queries, reading
from amanat.indicators.access import (
    INDICATOR_ROLES,
    get_indicator_for_member,
    get_sighting_for_member,
)
from amanat.indicators.forms import IdentifierForm
from amanat.indicators.models import CampaignMember


def needs_key(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Matching without the deployment key is impossible: say so plainly (503), never a 500."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        try:
            return view(request, *args, **kwargs)
        except keys.KeyMissing:
            return render(request, "indicators/not_configured.html", status=503)

    return wrapper


def tampered(request: HttpRequest) -> HttpResponse:
    return render(request, "casework/tampered.html", {}, status=500)


def _incident_page(
    request: HttpRequest, incident: Incident, form: IdentifierForm, status: int = 200
) -> HttpResponse:
    signed = signed_in(request)
    sightings = queries.sightings_on(incident)
    try:
        opened = reading.open_many(
            [s.indicator for s in sightings], signed, purpose="incident-identifiers"
        )
    except Tampered:
        return tampered(request)
    context = {
        "incident": incident,
        "rows": list(zip(sightings, opened, strict=True)),
        "form": form,
        "campaign": CampaignMember.objects.filter(incident=incident).first(),
    }
    return render(request, "indicators/incident.html", context, status=status)


@require_http_methods(["GET", "POST"])
@staff_required(roles=INDICATOR_ROLES)
@needs_key
def add(request: HttpRequest, pk: str) -> HttpResponse:
    """The identifiers recorded on an incident (values opened, audited) and a form for more."""
    signed = signed_in(request)
    incident = get_incident_for_member(signed.member, pk, write=True)
    if request.method == "GET":
        return _incident_page(request, incident, IdentifierForm())
    form = IdentifierForm(request.POST)
    if form.is_valid():
        try:
            actions.add_identifier(incident, form.result(), actor=signed.member)
        except actions.IndicatorError as error:
            form.add_error(None, error.message)
        else:
            return redirect("indicators:add", pk=incident.public_id)
    return _incident_page(request, incident, form, status=400)


@require_POST
@staff_required(roles=INDICATOR_ROLES)
def remove(request: HttpRequest, pk: int) -> HttpResponse:
    signed = signed_in(request)
    sighting = get_sighting_for_member(signed.member, pk)
    incident_id = sighting.incident.public_id
    actions.remove_sighting(sighting, actor=signed.member)
    return redirect("indicators:add", pk=incident_id)


@require_http_methods(["GET", "POST"])
@staff_required(roles=INDICATOR_ROLES)
@needs_key
def lookup(request: HttpRequest) -> HttpResponse:
    """Enter an identifier → the organisation's incidents that share it (coded fields only)."""
    signed = signed_in(request)
    form = IdentifierForm(request.POST if request.method == "POST" else None)
    context: dict[str, Any] = {"form": form, "searched": False}
    if request.method == "POST" and form.is_valid():
        identifier = form.result()
        indicator = actions.find_indicator(signed.member.organisation, identifier)
        rows = queries.incidents_sharing(signed.member, indicator) if indicator else []
        record(
            EventTag.INDICATORS_LOOKUP,
            actor=signed.member,
            subject=indicator,
            payload={
                "kind": identifier.kind,
                "found": indicator is not None,
                "incidents": len(rows),
            },
        )
        context |= {"searched": True, "identifier": identifier, "indicator": indicator}
        context["rows"] = rows
    status = 400 if form.errors else 200
    return render(request, "indicators/lookup.html", context, status=status)


@require_GET
@staff_required(roles=INDICATOR_ROLES)
def detail(request: HttpRequest, pk: int) -> HttpResponse:
    """One identifier: its value (opened, audited), the incidents it links, its campaign."""
    signed = signed_in(request)
    indicator = get_indicator_for_member(signed.member, pk)
    try:
        opened = reading.open_many([indicator], signed, purpose="detail")[0]
    except Tampered:
        return tampered(request)
    rows = queries.incidents_sharing(signed.member, indicator)
    campaigns = sorted(
        {
            m.campaign_id
            for m in CampaignMember.objects.filter(incident__in=[r.incident for r in rows])
        }
    )
    context = {"indicator": indicator, "opened": opened, "rows": rows, "campaigns": campaigns}
    return render(request, "indicators/detail.html", context)

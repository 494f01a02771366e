"""Indicator writers: record an identifier on an incident, remove it, rebuild the campaigns.

One transaction each, actor keyword-only, audited; the audit entry names the indicator row and
its kind, never its value. Views, the CLI and tests call these functions.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from amanat.accounts.models import StaffMember
from amanat.audit.actions import record
from amanat.audit.tags import EventTag
from amanat.core.time import today
from amanat.incidents.models import Incident
from amanat.incidents.sealing import retire, seal_fields
from amanat.indicators import clustering, keys
from amanat.indicators.models import Campaign, Indicator, IndicatorSighting
from amanat.indicators.normalise import Normalised
from amanat.keys.models import Organisation


class IndicatorError(Exception):
    """A refused change; the message is shown to the analyst and nothing was written."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class Added:
    sighting: IndicatorSighting
    created: bool  # False: this identifier was already recorded on the incident


def find_indicator(organisation: Organisation, identifier: Normalised) -> Indicator | None:
    """The organisation's row for an identifier, found by keyed hash (no decryption)."""
    digest = keys.digest(identifier, keys.organisation_key(organisation.slug))
    return Indicator.objects.filter(
        organisation=organisation, kind=identifier.kind, digest=digest
    ).first()


def _seen_on(incident: Incident) -> date:
    return incident.date_start or today()


def _indicator_for(incident: Incident, identifier: Normalised) -> tuple[Indicator, bool]:
    organisation = incident.organisation
    digest = keys.digest(identifier, keys.organisation_key(organisation.slug))
    lookup = {"organisation": organisation, "kind": identifier.kind, "digest": digest}
    found = Indicator.objects.filter(**lookup).first()
    if found is not None:
        return found, False
    envelope, sealed = seal_fields(organisation, "indicator", {"value": identifier.value})
    day = today()
    try:
        with transaction.atomic():  # a concurrent writer may have created it meanwhile
            created = Indicator.objects.create(
                **lookup,
                platform=identifier.platform,
                envelope=envelope,
                value=sealed["value"],
                first_seen_on=_seen_on(incident),
                last_seen_on=_seen_on(incident),
                created_on=day,
            )
    except IntegrityError:
        retire(envelope.pk)
        return Indicator.objects.get(**lookup), False
    return created, True


def _widen_dates(indicator: Indicator, incident: Incident) -> None:
    seen = _seen_on(incident)
    first, last = min(indicator.first_seen_on, seen), max(indicator.last_seen_on, seen)
    if (first, last) != (indicator.first_seen_on, indicator.last_seen_on):
        indicator.first_seen_on, indicator.last_seen_on = first, last
        Indicator.objects.filter(pk=indicator.pk).update(first_seen_on=first, last_seen_on=last)


def _incidents_of(indicator: Indicator) -> set[int]:
    return set(indicator.sightings.values_list("incident_id", flat=True))


def _after_change(
    indicator: Indicator, incident: Incident, was_common: bool, actor: StaffMember | None
) -> None:
    """Re-flag the indicator and recompute the components the change can have touched."""
    flipped = clustering.refresh_too_common(indicator)
    if flipped:
        record(
            EventTag.INDICATORS_TOO_COMMON,
            actor=actor,
            subject=indicator,
            payload={"too_common": indicator.too_common, "cap": clustering.fanout_cap()},
        )
    seeds = {incident.pk}
    if flipped or not was_common:
        seeds |= _incidents_of(indicator)
    clustering.recluster(incident.organisation_id, seeds)


@transaction.atomic
def add_identifier(
    incident: Incident, identifier: Normalised, *, actor: StaffMember, channel: str = ""
) -> Added:
    """Record that an identifier was used on an incident; campaigns follow."""
    if incident.merged_into_id is not None:
        raise IndicatorError(
            _("Incident #%(pk)s was merged into #%(into)s; record identifiers there.")
            % {"pk": incident.public_id, "into": getattr(incident.merged_into, "public_id", "")}
        )
    if actor.organisation_id != incident.organisation_id:
        raise IndicatorError(_("This incident belongs to another organisation."))
    indicator, new_indicator = _indicator_for(incident, identifier)
    was_common = indicator.too_common
    sighting, created = IndicatorSighting.objects.get_or_create(
        indicator=indicator,
        incident=incident,
        defaults={"channel": channel or identifier.channel, "added_on": today()},
    )
    if not created:
        return Added(sighting, created=False)
    _widen_dates(indicator, incident)
    _after_change(indicator, incident, was_common, actor)
    record(
        EventTag.INDICATORS_SIGHTING_CREATE,
        actor=actor,
        subject=incident,
        payload={"indicator": indicator.pk, "kind": indicator.kind, "new": new_indicator},
    )
    return Added(sighting, created=True)


@transaction.atomic
def remove_sighting(sighting: IndicatorSighting, *, actor: StaffMember) -> None:
    """Undo a mistaken record; an identifier left on no incident is deleted with its value."""
    indicator, incident = sighting.indicator, sighting.incident
    was_common = indicator.too_common
    sighting.delete()
    remaining = indicator.sightings.exists()
    payload = {"indicator": indicator.pk, "kind": indicator.kind, "deleted": not remaining}
    if remaining:
        _after_change(indicator, incident, was_common, actor)
    else:
        envelope_id = indicator.envelope_id
        indicator.delete()
        retire(envelope_id)
        clustering.recluster(incident.organisation_id, {incident.pk})
    record(EventTag.INDICATORS_SIGHTING_DELETE, actor=actor, subject=incident, payload=payload)


@transaction.atomic
def rebuild_campaigns(organisation: Organisation, *, actor: StaffMember | None) -> int:
    """Recompute every flag and campaign of an organisation (after changing the fan-out cap)."""
    for indicator in Indicator.objects.filter(organisation=organisation):
        clustering.refresh_too_common(indicator)
    Campaign.objects.filter(organisation=organisation).delete()
    seeds = set(
        IndicatorSighting.objects.filter(indicator__organisation=organisation).values_list(
            "incident_id", flat=True
        )
    )
    written = clustering.recluster(organisation.pk, seeds)
    record(
        EventTag.INDICATORS_RECLUSTER,
        actor=actor,
        payload={"organisation": organisation.slug, "campaigns": written},
    )
    return written

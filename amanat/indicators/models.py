"""Identifiers harassers used, stored as keyed hashes; their sightings; the campaigns they link.

An indicator row holds no readable value: ``digest`` is a keyed hash under the organisation's
matching key (derived from a secret outside the database, ``keys.py``), and ``value`` is the
normalised identifier encrypted under the row's envelope like every identifying field.
Clustering stores one row per incident in a campaign, never pairs (lessons-from-peers, item 10).
"""

from __future__ import annotations

import uuid

from django.db import models
from django.utils.translation import gettext_lazy as _

from amanat.incidents.models import Incident
from amanat.indicators import normalise
from amanat.keys.models import Envelope, Organisation

__all__ = [
    "Campaign", "CampaignMember", "Indicator", "IndicatorSighting", "Kind", "SharingIdentity",
]  # fmt: skip


class Kind(models.TextChoices):
    PHONE = normalise.PHONE, _("Phone number")
    EMAIL = normalise.EMAIL, _("E-mail address")
    HANDLE = normalise.HANDLE, _("Messaging account (WeChat, WhatsApp, Telegram, QQ)")
    SOCIAL = normalise.SOCIAL, _("Social media account")
    URL = normalise.URL, _("Link (URL)")
    DOMAIN = normalise.DOMAIN, _("Domain name")


class Indicator(models.Model):
    """One identifier in one organisation: unique by (organisation, kind, keyed hash)."""

    organisation = models.ForeignKey(
        Organisation, on_delete=models.PROTECT, related_name="indicators"
    )
    kind = models.CharField(max_length=8, choices=Kind.choices)
    platform = models.CharField(max_length=16, blank=True, help_text="wechat, telegram, …")
    digest = models.BinaryField(max_length=32, help_text="Keyed BLAKE2b of kind:value.")
    envelope = models.OneToOneField(Envelope, on_delete=models.PROTECT, related_name="+")
    value = models.BinaryField(help_text="Encrypted normalised value.")
    first_seen_on = models.DateField()
    last_seen_on = models.DateField()
    too_common = models.BooleanField(
        default=False, help_text="Seen on more incidents than the fan-out cap: not clustered."
    )
    created_on = models.DateField()

    class Meta:
        ordering = ["-last_seen_on", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "kind", "digest"], name="one_indicator_per_hash"
            )
        ]

    def __str__(self) -> str:
        return f"indicator {self.pk} ({self.kind})"


class IndicatorSighting(models.Model):
    """An indicator seen on an incident: the link table the clusters are computed from."""

    indicator = models.ForeignKey(Indicator, on_delete=models.CASCADE, related_name="sightings")
    incident = models.ForeignKey(
        Incident, on_delete=models.CASCADE, related_name="indicator_sightings"
    )
    channel = models.CharField(max_length=16, blank=True, help_text="e.g. whatsapp for a phone")
    added_on = models.DateField()

    class Meta:
        ordering = ["pk"]
        constraints = [
            models.UniqueConstraint(fields=["indicator", "incident"], name="one_sighting_each")
        ]

    def __str__(self) -> str:
        return f"indicator {self.indicator_id} on incident {self.incident_id}"


class Campaign(models.Model):
    """A connected component (≥ 2 incidents) of the incident–indicator graph."""

    organisation = models.ForeignKey(
        Organisation, on_delete=models.PROTECT, related_name="indicator_campaigns"
    )
    size = models.PositiveIntegerField(default=0, help_text="Incidents in the component.")
    created_on = models.DateField()
    updated_on = models.DateField()

    class Meta:
        ordering = ["-size", "-pk"]

    def __str__(self) -> str:
        return f"campaign {self.pk}"


class CampaignMember(models.Model):
    """An incident's campaign: at most one per incident (components do not overlap)."""

    campaign = models.ForeignKey(Campaign, on_delete=models.CASCADE, related_name="members")
    incident = models.OneToOneField(
        Incident, on_delete=models.CASCADE, related_name="indicator_campaign"
    )

    class Meta:
        ordering = ["pk"]

    def __str__(self) -> str:
        return f"incident {self.incident_id} in campaign {self.campaign_id}"


class SharingIdentity(models.Model):
    """How an organisation is named in files it shares (STIX identity id, MISP Orgc uuid).

    A random UUIDv4 drawn once and stored: strict STIX validators want UUIDv4 ids, and a
    derived id (a UUIDv5 of the slug) would let anyone who knows the slug recognise its files.
    """

    organisation = models.OneToOneField(
        Organisation, on_delete=models.CASCADE, related_name="sharing_identity"
    )
    uuid = models.UUIDField(unique=True, default=uuid.uuid4, editable=False)
    created_at = models.DateTimeField()

    def __str__(self) -> str:
        return f"sharing identity of organisation {self.organisation_id}"

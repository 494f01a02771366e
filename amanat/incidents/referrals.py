"""Referral writers: record a hand-over to a police force, ministry, UN mechanism or NGO.

What is encrypted and why is on :class:`~amanat.incidents.models.Referral`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.db import transaction
from django.utils.translation import gettext as _

from amanat.accounts.models import StaffMember
from amanat.audit.actions import record
from amanat.audit.tags import EventTag
from amanat.core.time import today
from amanat.incidents import codebook
from amanat.incidents.actions import CodingError, ensure_open
from amanat.incidents.models import REFERRAL_FIELDS, Incident, Referral
from amanat.incidents.sealing import retire, seal_fields
from amanat.keys.models import Envelope


@dataclass(frozen=True)
class ReferralDetails:
    recipient_kind: str
    recipient_name: str
    status: str
    referred_on: date | None = None
    reference: str = ""
    outcome: str = ""


def _check(incident: Incident, details: ReferralDetails) -> None:
    book = codebook.book_for(incident.codebook)
    for name, field in (
        ("recipient_kind", codebook.RECIPIENT_KIND),
        ("status", codebook.REFERRAL_STATUS),
    ):
        value = getattr(details, name)
        if not book.has(field, value):
            raise CodingError(
                _("“%(code)s” is not a code of codebook v%(version)s.")
                % {"code": value, "version": book.version},
                name,
            )
    if not details.recipient_name.strip():
        raise CodingError(
            _("Name the recipient (the police force, ministry, mechanism or organisation)."),
            "recipient_name",
        )
    if details.status != codebook.DRAFT and details.referred_on is None:
        raise CodingError(_("Give the day the referral was sent."), "referred_on")
    if details.referred_on is not None and details.referred_on > today():
        raise CodingError(_("The day sent cannot be in the future."), "referred_on")


def _secrets(incident: Incident, details: ReferralDetails) -> tuple[Envelope, dict[str, bytes]]:
    values = {name: getattr(details, name).strip() for name in REFERRAL_FIELDS}
    return seal_fields(incident.organisation, "referral", values)


@transaction.atomic
def create_referral(
    incident: Incident, details: ReferralDetails, *, actor: StaffMember
) -> Referral:
    ensure_open(incident)
    _check(incident, details)
    envelope, sealed = _secrets(incident, details)
    referral = Referral.objects.create(
        incident=incident,
        recipient_kind=details.recipient_kind,
        recipient_name=details.recipient_name.strip(),
        referred_on=details.referred_on,
        status=details.status,
        envelope=envelope,
        created_on=today(),
        updated_on=today(),
        **sealed,
    )
    record(
        EventTag.CASEWORK_REFERRAL_CREATE,
        actor=actor,
        subject=referral,
        payload={"incident": incident.pk, "kind": details.recipient_kind, "status": details.status},
    )
    return referral


@transaction.atomic
def update_referral(
    referral: Referral, details: ReferralDetails, *, actor: StaffMember
) -> Referral:
    """Status, dates and texts change as the recipient answers; merged incidents' too."""
    _check(referral.incident, details)
    previous = referral.status
    old_envelope = referral.envelope_id
    envelope, sealed = _secrets(referral.incident, details)
    referral.recipient_kind = details.recipient_kind
    referral.recipient_name = details.recipient_name.strip()
    referral.referred_on, referral.status = details.referred_on, details.status
    referral.envelope, referral.updated_on = envelope, today()
    for name, value in sealed.items():
        setattr(referral, name, value)
    referral.save()
    retire(old_envelope)
    record(
        EventTag.CASEWORK_REFERRAL_UPDATE,
        actor=actor,
        subject=referral,
        payload={"from": previous, "to": details.status},
    )
    return referral

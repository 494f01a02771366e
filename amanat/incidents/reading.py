"""Decrypting incident texts, people and referrals for a signed-in case worker — audited.

Each opening writes an audit entry naming what was opened (never what it said). Denials and
tampering are audited by :mod:`sealing` before the exception reaches the view.
"""

from __future__ import annotations

from dataclasses import dataclass

from amanat.accounts.access import SignedIn
from amanat.audit.actions import record
from amanat.audit.tags import EventTag
from amanat.casework.reading import NoGrant
from amanat.incidents.models import (
    ENCRYPTED_TEXTS,
    PERSON_FIELDS,
    REFERRAL_FIELDS,
    Incident,
    Person,
    Referral,
)
from amanat.incidents.sealing import open_fields


@dataclass(frozen=True)
class IncidentText:
    summary: str
    perpetrator_evidence: str


def open_incident(incident: Incident, signed: SignedIn) -> IncidentText:
    ciphertexts = {name: bytes(getattr(incident, name)) for name in ENCRYPTED_TEXTS}
    opened = open_fields(incident.envelope, ciphertexts, signed, incident)
    record(EventTag.CASEWORK_INCIDENT_DECRYPT, actor=signed.member, subject=incident)
    return IncidentText(**opened)


def open_person(person: Person, signed: SignedIn) -> dict[str, str]:
    ciphertexts = {name: bytes(getattr(person, name)) for name in PERSON_FIELDS}
    opened = open_fields(person.envelope, ciphertexts, signed, person)
    record(
        EventTag.CASEWORK_PERSON_DECRYPT,
        actor=signed.member,
        subject=person,
        payload={"incident": person.incident_id},
    )
    return opened


@dataclass(frozen=True)
class PersonView:
    person: Person
    fields: dict[str, str] | None  # None: this member holds no key to the person


def open_people(people: list[Person], signed: SignedIn) -> list[PersonView]:
    """Each person decrypted (one audit entry each); one without a grant is shown locked."""
    views = []
    for person in people:
        try:
            views.append(PersonView(person, open_person(person, signed)))
        except NoGrant:
            views.append(PersonView(person, None))
    return views


def open_referral(referral: Referral, signed: SignedIn) -> dict[str, str]:
    ciphertexts = {name: bytes(getattr(referral, name)) for name in REFERRAL_FIELDS}
    opened = open_fields(referral.envelope, ciphertexts, signed, referral)
    record(EventTag.CASEWORK_REFERRAL_DECRYPT, actor=signed.member, subject=referral)
    return opened

"""Writers for the people of an incident: pseudonyms in clear, identifying fields encrypted.

A person is known everywhere (lists, packets, the dataset) by a pseudonym made from the role
and a counter (V1, R2, W1). Name, contact, location and notes are encrypted field by field
under the person's own envelope, sealed to the organisation's readers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from django.db import transaction
from django.utils.translation import gettext as _

from amanat.accounts.models import StaffMember
from amanat.audit.actions import record
from amanat.audit.tags import EventTag
from amanat.core.time import today
from amanat.incidents import codebook
from amanat.incidents.actions import CodingError, ensure_open
from amanat.incidents.models import (
    PERSON_FIELDS,
    PSEUDONYM_PREFIX,
    AgeBand,
    Incident,
    Person,
    PersonRole,
)
from amanat.incidents.sealing import retire, seal_fields
from amanat.keys.models import Envelope


@dataclass(frozen=True)
class PersonDetails:
    role: str
    relationship: str = ""
    age_band: str = ""
    name: str = ""
    contact: str = ""
    location: str = ""
    notes: str = ""


def _check(incident: Incident, details: PersonDetails) -> None:
    if details.role not in PersonRole.values:
        raise CodingError(_("Choose the person's role."), "role")
    book = codebook.book_for(incident.codebook)
    if details.relationship and not book.has(codebook.RELATIONSHIP, details.relationship):
        raise CodingError(
            _("“%(code)s” is not a relationship code of codebook v%(version)s.")
            % {"code": details.relationship, "version": book.version},
            "relationship",
        )
    if details.age_band and details.age_band not in AgeBand.values:
        raise CodingError(_("Unknown age band."), "age_band")


def next_pseudonym(incident: Incident, role: str) -> str:
    """The role's letter and the next free number in this incident (V1, V2…)."""
    prefix = PSEUDONYM_PREFIX[PersonRole(role)]
    pattern = re.compile(rf"^{prefix}(\d+)$")
    used = [
        int(m.group(1))
        for p in Person.objects.filter(incident=incident)
        if (m := pattern.match(p.pseudonym))
    ]
    return f"{prefix}{max(used, default=0) + 1}"


def _secrets(incident: Incident, details: PersonDetails) -> tuple[Envelope, dict[str, bytes]]:
    values = {name: getattr(details, name).strip() for name in PERSON_FIELDS}
    return seal_fields(incident.organisation, "person", values)


@transaction.atomic
def add_person(incident: Incident, details: PersonDetails, *, actor: StaffMember) -> Person:
    ensure_open(incident)
    _check(incident, details)
    envelope, sealed = _secrets(incident, details)
    person = Person.objects.create(
        incident=incident,
        pseudonym=next_pseudonym(incident, details.role),
        role=details.role,
        relationship=details.relationship,
        age_band=details.age_band,
        envelope=envelope,
        added_on=today(),
        **sealed,
    )
    Incident.objects.filter(pk=incident.pk).update(updated_on=today())
    record(
        EventTag.CASEWORK_PERSON_CREATE,
        actor=actor,
        subject=person,
        payload={"incident": incident.pk, "pseudonym": person.pseudonym},
    )
    return person


@transaction.atomic
def update_person(person: Person, details: PersonDetails, *, actor: StaffMember) -> Person:
    """Rewrite a person's fields under a fresh envelope; a new role means a new pseudonym."""
    incident = person.incident
    ensure_open(incident)
    _check(incident, details)
    before = person.pseudonym
    if details.role != person.role:
        person.pseudonym = next_pseudonym(incident, details.role)
    old_envelope = person.envelope_id
    envelope, sealed = _secrets(incident, details)
    person.role, person.relationship, person.age_band = (
        details.role,
        details.relationship,
        details.age_band,
    )
    person.envelope = envelope
    for name, value in sealed.items():
        setattr(person, name, value)
    person.save()
    retire(old_envelope)
    Incident.objects.filter(pk=incident.pk).update(updated_on=today())
    record(
        EventTag.CASEWORK_PERSON_UPDATE,
        actor=actor,
        subject=person,
        payload={
            "incident": incident.pk,
            "pseudonym": person.pseudonym,
            "pseudonym_before": before,
        },
    )
    return person

"""People: pseudonyms in clear, identifying fields encrypted field by field, reads audited."""

from __future__ import annotations

import pytest
from django.db import connection

from amanat.accounts.actions import create_staff_member, unlock_private_key
from amanat.audit.models import AuditEntry
from amanat.incidents.models import Incident, Person
from amanat.keys import keyring
from amanat.testing.factories import PASSWORD, canary
from amanat.testing.incidents import created_pk, iid, incident_data
from amanat.testing.staff_login import staff_client
from amanat.testing.web import post

pytestmark = pytest.mark.django_db

FIELDS = ("name", "contact", "location", "notes")


@pytest.fixture
def coded(org_a):
    """An incident with one victim whose every identifying field is a canary."""
    client = staff_client(org_a.analyst)
    marks = {field: canary(field) for field in FIELDS}
    marks["summary"] = canary("summary")
    marks["evidence"] = canary("evidence")
    data = incident_data(summary=marks["summary"], perpetrator_evidence=marks["evidence"])
    pk = created_pk(post(client, "/staff/incidents/new/", data))
    person = {"role": "victim", "relationship": "self", "age_band": "30_44"}
    person.update({field: marks[field] for field in FIELDS})
    response = post(client, f"/staff/incidents/{iid(pk)}/people/add/", person)
    assert response.status_code == 302
    return client, Incident.objects.get(pk=pk), marks


def raw_row(table: str, columns: list[str], pk: int) -> list[bytes]:
    """The column bytes as the database holds them, bypassing the ORM."""
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {', '.join(columns)} FROM {table} WHERE id = %s", [pk])  # noqa: S608 - fixed names
        return [bytes(value) for value in cursor.fetchone()]


def test_identifying_fields_are_not_in_the_database_in_clear(coded) -> None:
    _client, incident, marks = coded
    person = Person.objects.get(incident=incident)
    stored = raw_row("casework_person", list(FIELDS), person.pk)
    stored += raw_row("casework_incident", ["summary", "perpetrator_evidence"], incident.pk)
    everything = b"".join(stored)
    for mark in marks.values():
        assert mark.encode() not in everything
    assert len(set(stored)) == len(stored)  # one ciphertext per field
    # Every table, every column: the canaries are nowhere in clear.
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names(cursor):
            cursor.execute(f"SELECT * FROM {table}")  # noqa: S608 - names from introspection
            dump = repr(cursor.fetchall())
            assert not [mark for mark in marks.values() if mark in dump], table


def test_the_person_gets_a_pseudonym_from_the_role(coded) -> None:
    client, incident, _marks = coded
    post(
        client,
        f"/staff/incidents/{incident.public_id}/people/add/",
        {"role": "relative", "relationship": "parent"},
    )
    post(client, f"/staff/incidents/{incident.public_id}/people/add/", {"role": "relative"})
    pseudonyms = list(Person.objects.filter(incident=incident).values_list("pseudonym", flat=True))
    assert pseudonyms == ["V1", "R1", "R2"]


def test_an_analyst_reads_the_people_and_the_read_is_audited(org_a, coded) -> None:
    _client, incident, marks = coded
    person = Person.objects.get(incident=incident)
    for member in (org_a.analyst, org_a.coordinator):
        page = staff_client(member).get(f"/staff/incidents/{incident.public_id}/").content.decode()
        for field in (*FIELDS, "summary", "evidence"):
            assert marks[field] in page
        entry = AuditEntry.objects.filter(tag="casework:person:decrypt", actor=member.user).get()
        assert (entry.subject_type, entry.subject_id) == ("incidents.person", str(person.pk))
        assert entry.payload == {"incident": incident.pk}
    for audit in AuditEntry.objects.all():  # the log names what was read, never what it said
        assert not [mark for mark in marks.values() if mark in repr(audit.payload)]


def test_a_researcher_sees_coded_fields_but_no_names(org_a, coded) -> None:
    _client, incident, marks = coded
    incident.sensitivity = "restricted"
    incident.save(update_fields=["sensitivity"])
    researcher = staff_client(org_a.researcher)
    response = researcher.get(f"/staff/incidents/{incident.public_id}/")
    assert response.status_code == 200
    page = response.content.decode()
    assert "Threats to family at home" in page and "V1" in page  # noqa: PT018 - two facts of one page, read together
    assert "not shown to your role" in page
    assert not [mark for mark in marks.values() if mark in page]
    assert not AuditEntry.objects.filter(
        actor=org_a.researcher.user, tag__endswith=":decrypt"
    ).exists()
    person = Person.objects.get(incident=incident)
    assert researcher.get(f"/staff/incidents/people/{person.pk}/edit/").status_code == 403
    assert researcher.get(f"/staff/incidents/{incident.public_id}/edit/").status_code == 403


def test_a_researcher_does_not_see_confidential_incidents(org_a, coded) -> None:
    _client, incident, _marks = coded
    assert incident.sensitivity == "confidential"
    researcher = staff_client(org_a.researcher)
    assert researcher.get(f"/staff/incidents/{incident.public_id}/").status_code == 404
    assert (
        f"/staff/incidents/{incident.public_id}/"
        not in researcher.get("/staff/incidents/").content.decode()
    )


def test_a_colleague_without_a_grant_sees_no_names_until_granted(org_a, coded) -> None:
    _client, incident, marks = coded
    newcomer = create_staff_member(org_a.organisation, "newcomer", PASSWORD, "analyst", actor=None)
    client = staff_client(newcomer)
    page = client.get(f"/staff/incidents/{incident.public_id}/").content.decode()
    assert "You hold no key to this person." in page
    assert marks["name"] not in page
    key = unlock_private_key(org_a.coordinator, PASSWORD)
    keyring.reseal_for(newcomer, granter=org_a.coordinator, granter_key=key)
    assert marks["name"] in client.get(f"/staff/incidents/{incident.public_id}/").content.decode()


def test_editing_a_person_rewrites_the_fields_under_a_fresh_envelope(coded) -> None:
    client, incident, marks = coded
    person = Person.objects.get(incident=incident)
    form = client.get(f"/staff/incidents/people/{person.pk}/edit/").content.decode()
    assert marks["name"] in form  # prefilled, decrypted (and audited)
    new_name = canary("renamed")
    data = {"role": "witness", "name": new_name, "contact": "", "location": "", "notes": ""}
    assert post(client, f"/staff/incidents/people/{person.pk}/edit/", data).status_code == 302
    updated = Person.objects.get(pk=person.pk)
    assert updated.envelope_id != person.envelope_id
    assert updated.pseudonym == "W1"
    assert new_name in client.get(f"/staff/incidents/{incident.public_id}/").content.decode()
    from amanat.keys.models import Envelope

    assert not Envelope.objects.filter(pk=person.envelope_id).exists()


def test_swapped_ciphertexts_fail_their_integrity_check(coded) -> None:
    client, incident, _marks = coded
    person = Person.objects.get(incident=incident)
    Person.objects.filter(pk=person.pk).update(name=person.contact, contact=person.name)
    response = client.get(f"/staff/incidents/{incident.public_id}/")
    assert response.status_code == 500
    assert "integrity check" in response.content.decode()
    assert AuditEntry.objects.filter(tag="casework:ciphertext:tampered").exists()

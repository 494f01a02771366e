"""The coded fields are listed once (``incidents.models``): the coding an action takes, the
incident's columns and the dataset's columns all follow that list."""

from __future__ import annotations

from dataclasses import fields

from amanat.dataset.imports import loader
from amanat.dataset.releases import rows
from amanat.incidents.actions import Coding
from amanat.incidents.models import CODED_FIELDS, ENCRYPTED_TEXTS, Incident


def test_a_coding_is_the_coded_fields_the_code_lists_and_the_encrypted_texts() -> None:
    names = {f.name for f in fields(Coding)}
    assert names == {*CODED_FIELDS, "tactics", "channels", *ENCRYPTED_TEXTS}


def test_every_coded_field_is_a_column_of_the_incident() -> None:
    columns = {f.name for f in Incident._meta.get_fields()}
    assert set(CODED_FIELDS) | set(ENCRYPTED_TEXTS) <= columns


def test_the_dataset_loads_and_reads_the_same_fields() -> None:
    assert set(CODED_FIELDS) <= set(loader._INCIDENT_FIELDS)
    assert set(rows.CODED_FIELDS) - {"pk", "codebook_id"} <= set(CODED_FIELDS)

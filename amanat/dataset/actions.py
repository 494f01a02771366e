"""Changes to the dataset's own rows that staff make directly (one transaction, audited)."""

from __future__ import annotations

from django.db import transaction
from django.utils.translation import gettext as _

from amanat.accounts.models import StaffMember
from amanat.audit.actions import record
from amanat.audit.tags import EventTag
from amanat.core.time import today
from amanat.dataset.imports.mapping import Mapping
from amanat.dataset.models import SavedMapping

MAX_SAVED_MAPPINGS = 100


class MappingRefused(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@transaction.atomic
def save_mapping(
    member: StaffMember, name: str, mapping: Mapping, headers: list[str]
) -> SavedMapping:
    """Keep a mapping under a name for files of the same layout; the same name replaces it.

    Columns are stored by header name (``Mapping.by_name``), so a file whose columns are in
    another order still fits.
    """
    name = " ".join(name.split())[:100]
    if not name:
        raise MappingRefused(_("Give the mapping a name."))
    org = member.organisation_id
    existing = SavedMapping.objects.filter(organisation_id=org, name=name).first()
    if existing is None and SavedMapping.objects.filter(organisation_id=org).count() >= (
        MAX_SAVED_MAPPINGS
    ):
        raise MappingRefused(_("There are already 100 saved mappings; replace one by its name."))
    saved, created = SavedMapping.objects.update_or_create(
        organisation_id=org,
        name=name,
        defaults={
            "mapping": mapping.by_name(headers),
            "created_by": member.user,
            "created_on": today(),
        },
    )
    record(
        EventTag.DATASET_IMPORT_MAPPING_SAVE,
        actor=member,
        subject=saved,
        payload={"created": created, "columns": len(mapping.columns)},
    )
    return saved

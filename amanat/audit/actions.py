"""Writing audit entries. Every action in every app calls :func:`record` in its transaction."""

from __future__ import annotations

from typing import Any

from django.db import models

from amanat.audit.models import AuditEntry
from amanat.audit.tags import EventTag
from amanat.core import prepared
from amanat.core.time import today

_ALLOWED_PAYLOAD_TYPES = (str, int, bool, type(None))


def record(
    tag: EventTag,
    *,
    actor: Any,
    subject: models.Model | None = None,
    payload: dict[str, Any] | None = None,
) -> AuditEntry:
    """Append one entry. Payload values must be scalars chosen by code, never user content.

    ``actor`` means what it means in every action: the acting staff member
    (``accounts.StaffMember``, not imported: audit sits below accounts), or ``None`` for the
    system and the anonymous reporter. The entry keeps the member's login (``actor.user``).
    """
    if actor is not None and not hasattr(actor, "user"):
        raise TypeError(f"audit actor must be a staff member or None, not {type(actor).__name__}")
    clean = dict(payload or {})
    for key, value in clean.items():
        if not isinstance(value, _ALLOWED_PAYLOAD_TYPES):
            raise TypeError(f"audit payload {key!r} must be a scalar, not {type(value).__name__}")
    entry = AuditEntry(
        tag=str(tag),
        actor=actor.user if actor is not None else None,
        subject_type=subject._meta.label_lower if subject is not None else "",
        subject_id=str(subject.pk) if subject is not None else "",
        day=today(),
        payload=clean,
    )
    prepared.insert(entry)  # a new entry: AuditEntry.save() refuses only changes
    return entry

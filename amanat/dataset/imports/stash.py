"""An uploaded dataset file kept between the mapping, dry-run and import steps.

The file may hold identifying text (a source dataset's narrative column), so it is never written
in clear: it is encrypted under a fresh key that is kept only in the uploader's session, which
is itself encrypted under a secret that lives in the session cookie (core/sessions.py). A copy
of the database or disk cannot read it; it is deleted after the import and after a day.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.http import Http404, HttpRequest

from amanat.accounts.access import found_or_deny
from amanat.accounts.models import StaffMember
from amanat.audit.actions import record
from amanat.audit.tags import EventTag
from amanat.core import crypto
from amanat.core.time import today
from amanat.dataset.models import ImportUpload

SESSION_KEY = "dataset_uploads"


def _aad(upload: ImportUpload) -> bytes:
    return f"amanat:import:{upload.organisation_id}:{upload.created_by_id}".encode()


def save(request: HttpRequest, member: StaffMember, data: bytes, file_format: str) -> ImportUpload:
    ImportUpload.objects.filter(created_on__lt=today() - timedelta(days=1)).delete()
    key = crypto.new_data_key()
    upload = ImportUpload(
        organisation_id=member.organisation_id,
        created_by=member.user,
        created_on=today(),
        file_format=file_format,
    )
    upload.ciphertext = crypto.encrypt(key, data, aad=_aad(upload))
    upload.save()
    keys: dict[str, str] = dict(request.session.get(SESSION_KEY, {}))
    keys[str(upload.pk)] = key.hex()
    request.session[SESSION_KEY] = dict(list(keys.items())[-5:])
    record(
        EventTag.DATASET_IMPORT_UPLOAD,
        actor=member,
        subject=upload,
        payload={"format": file_format, "bytes": len(data)},
    )
    return upload


def load(request: HttpRequest, member: StaffMember, pk: int) -> tuple[ImportUpload, bytes]:
    """The member's own upload and its content; 404 for anyone else's or an expired one."""
    own = ImportUpload.objects.filter(
        pk=pk, organisation_id=member.organisation_id, created_by=member.user
    )
    upload = found_or_deny(own, member, "import", pk)
    key = request.session.get(SESSION_KEY, {}).get(str(pk))
    if key is None:
        raise Http404
    try:
        data = crypto.decrypt(bytes.fromhex(key), bytes(upload.ciphertext), aad=_aad(upload))
    except (crypto.CryptoError, ValueError) as exc:
        raise Http404 from exc
    return upload, data


def forget(request: HttpRequest, upload: ImportUpload) -> None:
    keys: dict[str, Any] = dict(request.session.get(SESSION_KEY, {}))
    keys.pop(str(upload.pk), None)
    request.session[SESSION_KEY] = keys
    upload.delete()

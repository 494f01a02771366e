"""What a staff member (or the recovery key holder) decrypts, without going through casework's
screens: lets the hotline's tests (which may not import casework) check what was sealed, with the
same keyring and crypto calls casework uses."""

from __future__ import annotations

import json
import re
from typing import Any

from amanat.accounts.actions import unlock_private_key
from amanat.accounts.models import StaffMember
from amanat.core import crypto
from amanat.intake.models import Attachment, Blob, Report
from amanat.keys import keyring
from amanat.keys.models import Envelope, Recipient
from amanat.testing.factories import PASSWORD

RECEIPT_RE = re.compile(r'<p class="receipt" id="receipt">([0-9 ]+)</p>')


def data_key(
    envelope: Envelope, member: StaffMember | None = None, recovery_private: bytes | None = None
) -> bytes:
    if member is not None:
        return keyring.open_as_staff(envelope, member, unlock_private_key(member, PASSWORD))
    assert recovery_private is not None
    return keyring.open_with_private_key(envelope, Recipient.RECOVERY, recovery_private)


def read_report(report: Report, **who: Any) -> dict[str, Any]:
    key = data_key(report.envelope, **who)
    plain = crypto.decrypt(key, bytes(report.body), aad=keyring.aad_for(report.envelope, "body"))
    result: dict[str, Any] = json.loads(plain)
    return result


def read_attachment(
    attachment: Attachment, role: str = "clean", **who: Any
) -> tuple[dict[str, Any], bytes]:
    key = data_key(attachment.envelope, **who)
    meta = json.loads(
        crypto.decrypt(
            key, bytes(attachment.meta), aad=keyring.aad_for(attachment.envelope, "meta")
        )
    )
    blob = Blob.objects.get(attachment=attachment, role=role)
    content = crypto.decrypt(
        key, bytes(blob.data), aad=keyring.aad_for(attachment.envelope, f"blob:{role}")
    )
    return meta, content


def receipt_from(html: str) -> str:
    match = RECEIPT_RE.search(html)
    assert match, "no receipt on the page"
    return match.group(1)

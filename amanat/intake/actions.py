"""Writers of the hotline: encrypt → persist → audit, each in one transaction.

The acknowledgement (receipt page) is rendered by the view only after these return, i.e. after
the transaction committed (SQLite runs with synchronous=FULL; PostgreSQL with its default fsync).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Any

from django.conf import settings
from django.db import transaction

from amanat.audit.actions import record
from amanat.audit.tags import EventTag
from amanat.core import crypto, prepared
from amanat.core.time import today
from amanat.intake import receipts
from amanat.intake.evidence import AcceptedFile
from amanat.intake.models import (
    Attachment,
    Author,
    Blob,
    BlobRole,
    Message,
    Report,
    after_reporter_message,
)
from amanat.keys import keyring
from amanat.keys.models import Organisation


@dataclass(frozen=True)
class NewReport:
    """What the reporter sent, already validated and cleaned (no raw request data)."""

    fields: dict[str, Any]
    language: str
    files: list[AcceptedFile]


def _plain_json(payload: dict[str, Any]) -> bytes:
    return json.dumps(payload, ensure_ascii=False, sort_keys=True).encode("utf-8")


def _sealed_json(
    organisation: Organisation,
    purpose: str,
    payload: dict[str, Any],
    targets: list[keyring.SealTarget],
) -> tuple[Any, bytes]:
    return _sealed(organisation, purpose, _plain_json(payload), targets, crypto.new_data_key())


def _sealed(
    organisation: Organisation,
    purpose: str,
    plain: bytes,
    targets: list[keyring.SealTarget],
    data_key: bytes,
) -> tuple[Any, bytes]:
    envelope = keyring.seal_envelope(organisation, purpose, targets, data_key)
    return envelope, crypto.encrypt(data_key, plain, aad=keyring.aad_for(envelope, "body"))


def _store_attachment(
    report: Report, file: AcceptedFile, targets: list[keyring.SealTarget]
) -> None:
    data_key = crypto.new_data_key()
    envelope = keyring.seal_envelope(report.organisation, "attachment", targets, data_key)
    meta = {
        "name": file.name,
        "kind": file.kind,
        "mime": file.mime,
        "extension": file.extension,
        "removed": list(file.removed),
        "sha256": file.clean_sha256,
        "size": len(file.clean),
        "original_sha256": file.original_sha256,
    }
    plain_meta = json.dumps(meta, ensure_ascii=False).encode("utf-8")
    attachment = Attachment.objects.create(
        report=report,
        envelope=envelope,
        meta=crypto.encrypt(data_key, plain_meta, aad=keyring.aad_for(envelope, "meta")),
        added_on=today(),
    )
    blobs = [(BlobRole.CLEAN, file.clean)]
    if file.original is not None:
        blobs.append((BlobRole.ORIGINAL, file.original))
    for role, content in blobs:
        aad = keyring.aad_for(envelope, f"blob:{role}")
        Blob.objects.create(
            attachment=attachment, role=role, data=crypto.encrypt(data_key, content, aad=aad)
        )
    record(
        EventTag.INTAKE_ATTACHMENT_CREATE,
        actor=None,
        subject=attachment,
        payload={"original_kept": file.original is not None},
    )


def interface_language(code: str) -> str:
    """One of the site's interface languages, or nothing: never free text in a clear column."""
    return code if code in dict(settings.LANGUAGES) else ""


def submit_report(new: NewReport, *, organisation: Organisation) -> tuple[Report, str]:
    """Store an anonymous report; return it and the receipt, which is never stored.

    What needs no database (the receipt, its derived keys, the plaintext, the data key) is made
    before the write transaction: SQLite lets one writer in at a time, so each millisecond spent
    inside is one no other report can commit in (issue #14). Who the key is sealed to is read
    inside it, so a key revoked before this report commits never receives it."""
    receipt = receipts.new_receipt()
    derived = crypto.derive_receipt_secrets(receipt)
    day = today()
    plain = _plain_json({"fields": new.fields, "language": new.language, "received_on": str(day)})
    data_key = crypto.new_data_key()
    with transaction.atomic():
        report = _store_report(new, organisation, derived, day, plain, data_key)
    return report, receipt


def _store_report(
    new: NewReport,
    organisation: Organisation,
    derived: crypto.ReceiptSecrets,
    day: date,
    plain: bytes,
    data_key: bytes,
) -> Report:
    """The write transaction's part of :func:`submit_report` (the caller's transaction)."""
    targets = keyring.content_targets(organisation)
    envelope, body = _sealed(organisation, "report", plain, targets, data_key)
    report = Report(
        organisation=organisation,
        verifier=derived.verifier,
        reporter_public_key=derived.keypair.public,
        envelope=envelope,
        body=body,
        received_on=day,
        updated_on=day,
        language=interface_language(new.language),
    )
    prepared.insert(report)
    for file in new.files:
        _store_attachment(report, file, targets)
    record(
        EventTag.INTAKE_REPORT_CREATE,
        actor=None,
        subject=report,
        payload={"attachments": len(new.files)},
    )
    return report


@transaction.atomic
def add_follow_up(report: Report, text: str, files: list[AcceptedFile], *, language: str) -> None:
    """The returning reporter's answer and/or new evidence."""
    report = Report.objects.select_for_update().get(pk=report.pk)
    targets = keyring.content_targets(report.organisation)
    if text:
        payload = {"text": text, "language": language}
        envelope, body = _sealed_json(report.organisation, "message", payload, targets)
        message = Message.objects.create(
            report=report, author=Author.REPORTER, envelope=envelope, body=body, created_on=today()
        )
        record(EventTag.INTAKE_MESSAGE_CREATE, actor=None, subject=message)
    for file in files:
        _store_attachment(report, file, targets)
    if text or files:  # every file refused: nothing arrived, nothing for staff to act on
        report.updated_on = today()
        report.status = after_reporter_message(report.status)
        report.save(update_fields=["updated_on", "status"])

"""Decrypting report content for a signed-in case worker — every opening is audited.

Denials and tampering are audited too, outside any transaction that could roll them back.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from amanat.accounts.access import SignedIn
from amanat.audit.actions import record
from amanat.audit.tags import EventTag
from amanat.core import crypto
from amanat.intake.models import Attachment, Blob, BlobRole, Message, Report
from amanat.keys import keyring
from amanat.keys.models import Envelope


class NoGrant(Exception):
    """This staff member holds no key to the content (not granted, or revoked)."""


class Tampered(Exception):
    """The ciphertext failed authentication: changed or corrupted at rest."""


@dataclass(frozen=True)
class MessageView:
    pk: int
    author: str
    day: date
    text: str | None
    staff_name: str = ""


@dataclass(frozen=True)
class AttachmentView:
    pk: int
    added_on: date
    meta: dict[str, Any]

    @property
    def has_original(self) -> bool:
        return bool(self.meta.get("original_sha256"))


@dataclass
class ReportContent:
    report: Report
    fields: dict[str, Any]
    language: str
    messages: list[MessageView] = field(default_factory=list)
    attachments: list[AttachmentView] = field(default_factory=list)


def _data_key(envelope: Envelope, signed: SignedIn, subject: Any) -> bytes:
    try:
        return keyring.open_as_staff(envelope, signed.member, signed.private_key)
    except (keyring.NotARecipient, crypto.CryptoError) as exc:
        record(EventTag.CASEWORK_ACCESS_DENIED, actor=signed.member, subject=subject)
        raise NoGrant from exc


def _decrypt_json(
    key: bytes, envelope: Envelope, ciphertext: bytes, part: str, signed: SignedIn, subject: Any
) -> dict[str, Any]:
    try:
        plain = crypto.decrypt(key, ciphertext, aad=keyring.aad_for(envelope, part))
    except crypto.CryptoError as exc:
        record(EventTag.CASEWORK_TAMPER_DETECTED, actor=signed.member, subject=subject)
        raise Tampered from exc
    data: dict[str, Any] = json.loads(plain)
    return data


def open_report(report: Report, signed: SignedIn) -> ReportContent:
    """The report, its conversation and its attachments' descriptions, decrypted and audited."""
    key = _data_key(report.envelope, signed, report)
    payload = _decrypt_json(key, report.envelope, bytes(report.body), "body", signed, report)
    content = ReportContent(report=report, fields=payload["fields"], language=payload["language"])
    for message in Message.objects.filter(report=report).select_related(
        "envelope", "staff_member__user"
    ):
        content.messages.append(_message_view(message, signed))
    for attachment in Attachment.objects.filter(report=report).select_related("envelope"):
        att_key = _data_key(attachment.envelope, signed, attachment)
        meta = _decrypt_json(
            att_key, attachment.envelope, bytes(attachment.meta), "meta", signed, attachment
        )
        content.attachments.append(AttachmentView(attachment.pk, attachment.added_on, meta))
    record(
        EventTag.CASEWORK_REPORT_DECRYPT,
        actor=signed.member,
        subject=report,
        payload={"messages": len(content.messages), "attachments": len(content.attachments)},
    )
    return content


def _message_view(message: Message, signed: SignedIn) -> MessageView:
    staff_name = message.staff_member.user.get_username() if message.staff_member else ""
    try:
        key = _data_key(message.envelope, signed, message)
    except NoGrant:
        return MessageView(message.pk, message.author, message.created_on, None, staff_name)
    body = _decrypt_json(key, message.envelope, bytes(message.body), "body", signed, message)
    return MessageView(message.pk, message.author, message.created_on, body["text"], staff_name)


@dataclass(frozen=True)
class OpenedFile:
    meta: dict[str, Any]
    content: bytes
    sha256: str
    intact: bool


def open_attachment(attachment: Attachment, role: str, signed: SignedIn) -> OpenedFile:
    """Decrypt one file (cleaned copy, or the original kept at the reporter's request)."""
    key = _data_key(attachment.envelope, signed, attachment)
    meta = _decrypt_json(
        key, attachment.envelope, bytes(attachment.meta), "meta", signed, attachment
    )
    blob = Blob.objects.filter(attachment=attachment, role=role).first()
    if blob is None:
        raise NoGrant
    aad = keyring.aad_for(attachment.envelope, f"blob:{role}")
    try:
        content = crypto.decrypt(key, bytes(blob.data), aad=aad)
    except crypto.CryptoError as exc:
        record(EventTag.CASEWORK_TAMPER_DETECTED, actor=signed.member, subject=attachment)
        raise Tampered from exc
    digest = hashlib.sha256(content).hexdigest()
    expected = meta["sha256"] if role == BlobRole.CLEAN else meta.get("original_sha256")
    tag = (
        EventTag.CASEWORK_ATTACHMENT_DECRYPT
        if role == BlobRole.CLEAN
        else EventTag.CASEWORK_ORIGINAL_DECRYPT
    )
    record(tag, actor=signed.member, subject=attachment, payload={"role": role})
    return OpenedFile(meta=meta, content=content, sha256=digest, intact=digest == expected)

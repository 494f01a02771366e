"""Readers of the hotline: finding a report by receipt and reading its thread as the reporter."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from amanat.core import crypto
from amanat.intake import receipts
from amanat.intake.models import Author, Message, Report
from amanat.keys import keyring
from amanat.keys.models import Recipient

_DECOY_RECEIPT = "0" * receipts.RECEIPT_DIGITS


@dataclass(frozen=True)
class ReporterLogin:
    report: Report
    private_key: bytes


def find_by_receipt(text: str) -> ReporterLogin | None:
    """Look a receipt up with the same work whether it is malformed, unknown or valid."""
    digits = receipts.normalise(text)
    derived = crypto.derive_receipt_secrets(digits or _DECOY_RECEIPT)
    report = Report.objects.filter(verifier=derived.verifier).only("pk", "status").first()
    if digits is None or report is None:
        return None
    return ReporterLogin(report=report, private_key=derived.keypair.private)


def contains_receipt_of(report: Report, text: str) -> bool:
    """Whether the text holds this report's receipt (checked against the verifier, no storage)."""
    digits = receipts.digits_only(text)
    size = receipts.RECEIPT_DIGITS
    stored = bytes(report.verifier)
    for start in range(len(digits) - size + 1):
        candidate = crypto.derive_verifier(digits[start : start + size])
        if crypto.constant_time_equal(candidate, stored):
            return True
    return False


@dataclass(frozen=True)
class ThreadItem:
    author: str
    day: date
    text: str | None  # None: the reporter's own message, which only staff can open


def reporter_thread(report: Report, private_key: bytes) -> list[ThreadItem]:
    """Staff replies opened with the reporter's key; the reporter's own messages listed by day."""
    items = []
    for message in Message.objects.filter(report=report).select_related("envelope"):
        text = None
        if message.author == Author.STAFF:
            data_key = keyring.open_with_private_key(
                message.envelope, Recipient.REPORTER, private_key
            )
            aad = keyring.aad_for(message.envelope, "body")
            text = json.loads(crypto.decrypt(data_key, bytes(message.body), aad=aad))["text"]
        items.append(ThreadItem(author=message.author, day=message.created_on, text=text))
    return items

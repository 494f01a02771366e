"""Readers for the team pages that need no decryption: notices about who can read reports.

Every change to who can read (a new reader account, an approval, a grant of old reports, a
revocation, a second-factor reset, a recovery) is already an audit entry; the notices are
those entries, shown to every staff member until they mark them seen, so an informant who
adds a reader is seen by everyone who reads.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.db.models import CharField, Max, Q, QuerySet, Subquery
from django.db.models.functions import Cast

from amanat.accounts.models import CONTENT_ROLES, StaffMember
from amanat.audit.models import AuditEntry
from amanat.audit.tags import EventTag

READER_TAGS = (
    EventTag.ACCOUNTS_STAFF_CREATE,
    EventTag.ACCOUNTS_KEY_APPROVE,
    EventTag.ACCOUNTS_GRANT,
    EventTag.ACCOUNTS_STAFF_DEACTIVATE,
    EventTag.ACCOUNTS_2FA_RESET,
    EventTag.ACCOUNTS_RECOVERY_USE,
)
_SUBJECT = StaffMember._meta.label_lower
NOTICE_LIMIT = 30


@dataclass(frozen=True)
class ReaderNotice:
    entry_id: int
    day: date
    text: str
    unseen: bool


def _reader_entries(member: StaffMember) -> QuerySet[AuditEntry]:
    """Audit entries about who can read this member's organisation's reports (one query)."""
    colleague_ids = (
        StaffMember.objects.filter(organisation_id=member.organisation_id)
        .annotate(pk_text=Cast("pk", output_field=CharField()))
        .values("pk_text")
    )
    creates_of_readers = Q(tag=EventTag.ACCOUNTS_STAFF_CREATE, payload__role__in=CONTENT_ROLES)
    other_changes = Q(tag__in=[t for t in READER_TAGS if t != EventTag.ACCOUNTS_STAFF_CREATE])
    return AuditEntry.objects.filter(
        creates_of_readers | other_changes,
        subject_type=_SUBJECT,
        subject_id__in=Subquery(colleague_ids),
    )


def newest_reader_change(member: StaffMember) -> int:
    """The id of the newest audit entry about who can read (0: none)."""
    newest = _reader_entries(member).aggregate(newest=Max("pk"))["newest"]
    return int(newest or 0)


def unseen_reader_changes(member: StaffMember) -> int:
    """How many changes to who can read this member has not marked seen."""
    return _reader_entries(member).filter(pk__gt=member.reader_notices_seen).count()


def reader_notices(member: StaffMember) -> list[ReaderNotice]:
    """The newest changes to who can read, in words, newest first."""
    entries = list(_reader_entries(member).select_related("actor")[:NOTICE_LIMIT])
    names = dict(
        StaffMember.objects.filter(pk__in=[int(e.subject_id) for e in entries]).values_list(
            "pk", "user__username"
        )
    )
    return [
        ReaderNotice(
            entry_id=entry.pk,
            day=entry.day,
            text=_describe(entry, names.get(int(entry.subject_id), "?")),
            unseen=entry.pk > member.reader_notices_seen,
        )
        for entry in entries
    ]


def _describe(entry: AuditEntry, subject: str) -> str:
    actor = entry.actor.get_username() if entry.actor else "the operator (command line)"
    payload = entry.payload
    texts = {
        EventTag.ACCOUNTS_STAFF_CREATE: (
            f"{actor} created the {payload.get('role')} account {subject}"
            + (
                "."
                if payload.get("key_approved")
                else "; its key awaits another reader's approval."
            )
        ),
        EventTag.ACCOUNTS_KEY_APPROVE: (
            f"{actor} approved {subject}'s key (fingerprint {payload.get('fingerprint')}): "
            "new reports are sealed to it."
        ),
        EventTag.ACCOUNTS_GRANT: (
            f"{actor} gave {subject} the keys to {payload.get('keys')} existing records."
        ),
        EventTag.ACCOUNTS_STAFF_DEACTIVATE: f"{actor} revoked {subject}'s access (leaver).",
        EventTag.ACCOUNTS_2FA_RESET: (
            f"{actor} reset {subject}'s second factor"
            + ("; the key awaits approval again." if payload.get("key_unapproved") else ".")
        ),
        EventTag.ACCOUNTS_RECOVERY_USE: (
            f"The recovery key gave {subject} the keys to {payload.get('keys')} records."
        ),
    }
    return texts.get(EventTag(entry.tag), entry.tag)

"""Audit event tags, named ``zone:subject:action`` (Warehouse style), stable once released."""

from enum import StrEnum


class EventTag(StrEnum):
    INTAKE_REPORT_CREATE = "intake:report:create"
    INTAKE_MESSAGE_CREATE = "intake:message:create"
    INTAKE_ATTACHMENT_CREATE = "intake:attachment:create"
    INTAKE_RECEIPT_FAILED = "intake:receipt:failed"
    ACCOUNTS_ORGANISATION_CREATE = "accounts:organisation:create"
    ACCOUNTS_STAFF_CREATE = "accounts:staff:create"
    ACCOUNTS_STAFF_PASSWORD = "accounts:staff:password"  # noqa: S105 - an event name
    ACCOUNTS_RECOVERY_CREATE = "accounts:recovery:create"
    ACCOUNTS_KEY_UNLOCK = "accounts:key:unlock"
    CASEWORK_REPORT_DECRYPT = "casework:report:decrypt"
    CASEWORK_ATTACHMENT_DECRYPT = "casework:attachment:decrypt"

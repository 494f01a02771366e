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
    ACCOUNTS_LOGIN = "accounts:login:success"
    ACCOUNTS_LOGIN_FAILED = "accounts:login:failed"
    ACCOUNTS_LOGOUT = "accounts:login:logout"
    ACCOUNTS_2FA_FAILED = "accounts:2fa:failed"
    ACCOUNTS_2FA_ENROL = "accounts:2fa:enrol"
    ACCOUNTS_2FA_RESET = "accounts:2fa:reset"
    ACCOUNTS_STAFF_DEACTIVATE = "accounts:staff:deactivate"
    ACCOUNTS_GRANT = "accounts:grant:reseal"
    ACCOUNTS_RECOVERY_USE = "accounts:recovery:use"
    ACCOUNTS_ACCESS_DENIED = "accounts:access:denied"
    CASEWORK_REPORT_DECRYPT = "casework:report:decrypt"
    CASEWORK_ATTACHMENT_DECRYPT = "casework:attachment:decrypt"
    CASEWORK_ORIGINAL_DECRYPT = "casework:original:decrypt"
    CASEWORK_ACCESS_DENIED = "casework:report:denied"
    CASEWORK_TAMPER_DETECTED = "casework:ciphertext:tampered"
    CASEWORK_REPLY = "casework:message:reply"
    CASEWORK_STATUS = "casework:report:status"
    CASEWORK_ASSIGN = "casework:report:assign"
    CASEWORK_DELETE_CONTENT = "casework:report:delete"

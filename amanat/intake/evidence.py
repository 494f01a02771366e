"""Turning uploaded files into cleaned evidence, or into a clear reason why not.

Each file is judged alone: one broken or oversized file never loses the rest of the report.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass, field

from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from amanat.intake import removed_labels, stripping

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class AcceptedFile:
    name: str
    kind: str
    mime: str
    extension: str
    clean: bytes
    removed: tuple[str, ...]
    original: bytes | None = None

    @property
    def removed_labels(self) -> list[str]:
        """What was removed, as the reporter reads it (translated categories)."""
        return removed_labels.for_reporter(self.removed)

    @property
    def clean_sha256(self) -> str:
        return hashlib.sha256(self.clean).hexdigest()

    @property
    def original_sha256(self) -> str | None:
        return hashlib.sha256(self.original).hexdigest() if self.original is not None else None


@dataclass(frozen=True)
class RejectedFile:
    name: str
    reason: str


@dataclass
class EvidenceOutcome:
    accepted: list[AcceptedFile] = field(default_factory=list)
    rejected: list[RejectedFile] = field(default_factory=list)


def _reason(code: str) -> str:
    reasons = {
        "unsupported": _(
            "This kind of file is not accepted. Please send pictures (JPEG, PNG, WebP, GIF, "
            "HEIC), recordings (MP3, M4A, OGG, Opus, WAV, FLAC, AMR), videos (MP4, MOV, 3GP), "
            "PDF documents or Word and LibreOffice documents (DOCX, ODT)."
        ),
        "mismatch": _(
            "The file's name does not match what is inside it. Please check that it is the file "
            "you meant to send."
        ),
        "malformed": _("The file seems damaged and could not be opened. Please try another copy."),
        "pixel_flood": _("The picture is too large to process. Please send a smaller picture."),
        "too_large": _("The file is too large."),
        "timeout": _("The file took too long to process. Please try a smaller file."),
        "failed": _("The file could not be processed. Please try again or send another copy."),
        "too_long": _(
            "The video or recording is longer than 3 hours. Please send only the part that matters."
        ),
        "archive_bomb": _(
            "The document expands to far more data than a real document holds, so it was not "
            "opened."
        ),
        "external_links": _(
            "The document loads content from the internet when opened (a linked template, "
            "picture or frame). Please save it without external links, or send it as PDF."
        ),
        "macros": _(
            "The document contains macros or other programs. Please save it as a normal document "
            "(DOCX or ODT) or as PDF and send it again."
        ),
        "embedded_files": _(
            "The document contains embedded files or objects that we cannot check. Please send "
            "them separately, or send the document as PDF."
        ),
        "sandbox_unavailable": _(
            "Files cannot be checked safely at the moment, so this file was not accepted. "
            "Please send it again later."
        ),
        "empty": _("The file is empty."),
        "too_many": _(
            "Too many files in one go; please send the rest afterwards with your receipt."
        ),
    }
    return reasons.get(code, reasons["failed"])


def _too_large_reason() -> str:
    megabytes = settings.MAX_ATTACHMENT_BYTES >> 20
    return ngettext(
        "The file is larger than %(mb)d megabyte.",
        "The file is larger than %(mb)d megabytes.",
        megabytes,
    ) % {"mb": megabytes}


def _strip(data: bytes, name: str) -> stripping.StripResult:
    """Clean in the sandbox; the development opt-out is logged every time it is used."""
    if settings.UNSANDBOXED_STRIPPING:
        logger.warning("attachment cleaned WITHOUT the sandbox (AMANAT_UNSANDBOXED_STRIPPING)")
        return stripping.strip(data, filename=name, sandboxed=False)
    return stripping.strip(data, filename=name)


def process_uploads(
    files: list[UploadedFile], oversized: list[str], *, keep_original: bool
) -> EvidenceOutcome:
    """Strip each file in the sandbox; collect cleaned files and per-file reasons."""
    outcome = EvidenceOutcome()
    outcome.rejected += [RejectedFile(name, _too_large_reason()) for name in oversized]
    for position, upload in enumerate(files):
        name = upload.name or ""
        if position >= settings.MAX_ATTACHMENTS:
            outcome.rejected.append(RejectedFile(name, _reason("too_many")))
            continue
        data = upload.read()
        if not data:
            outcome.rejected.append(RejectedFile(name, _reason("empty")))
            continue
        try:
            result = _strip(data, name)
        except stripping.StripError as exc:
            outcome.rejected.append(RejectedFile(name, _reason(exc.code)))
            continue
        outcome.accepted.append(
            AcceptedFile(
                name=name,
                kind=result.kind,
                mime=result.mime,
                extension=result.extension,
                clean=result.clean,
                removed=result.removed,
                original=data if keep_original else None,
            )
        )
    return outcome

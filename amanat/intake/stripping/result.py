"""The two values that cross the sandbox boundary: a cleaned file, or a stable reason why not.

Kept free of imports beyond the standard library so that both the web process and the bare
worker subprocess can load it cheaply.
"""

from __future__ import annotations

from dataclasses import dataclass

#: Every code a caller may see. The intake maps each one to a translated message, so the set is
#: part of the public contract and must only grow.
ERROR_CODES = frozenset(
    {
        "unsupported",
        "malformed",
        "mismatch",
        "too_large",
        "pixel_flood",
        "timeout",
        "failed",
        "sandbox_unavailable",
        "too_long",
        "archive_bomb",
        "external_links",
        "macros",
        "embedded_files",
    }
)

#: Hard ceiling on input size; the intake enforces its own, lower cap before this.
MAX_INPUT_BYTES = 200 * 1024 * 1024

#: Largest picture we decode. A 40-megapixel RGBA frame is 160 MB of memory, well inside the
#: worker's address-space limit, and above any phone camera we expect reporters to use.
MAX_IMAGE_PIXELS = 40_000_000

#: Longest video or recording remuxed; a 10-hour silent video is a flood, not evidence.
MAX_MEDIA_SECONDS = 3 * 60 * 60


@dataclass(frozen=True)
class StripResult:
    """A file with its metadata removed, and an honest list of what was removed.

    ``removed`` holds names only (e.g. "GPS location"), never the values: it is shown to the
    reporter and may be stored, so it must not itself carry identifying data.
    """

    kind: str  # "image" | "audio" | "pdf" | "video" | "document"
    mime: str  # detected from content, e.g. "image/jpeg"
    extension: str  # canonical extension for the detected type, e.g. "jpg"
    clean: bytes  # the file with metadata removed, still opening in normal software
    removed: tuple[str, ...]  # human-readable names of what was removed
    notes: tuple[str, ...] = ()  # how the file was changed, e.g. "re-encoded at quality 95"


class StripError(Exception):
    """Why a file was not accepted.

    ``code`` is stable and drives the reporter-facing message; ``detail`` is English for logs and
    tests and must never contain file content or metadata values, because exception text tends to
    end up in logs and error reports.
    """

    def __init__(self, code: str, detail: str = "") -> None:
        if code not in ERROR_CODES:
            # An unknown code would silently become a generic message upstream; fail loudly here.
            detail = f"unknown error code {code!r}: {detail}"
            code = "failed"
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail

"""Which module cleans which format, and the in-process pipeline the worker runs.

Handlers are imported on demand so a worker cleaning a JPEG never loads qpdf, and a worker
cleaning a PDF never loads Pillow: less start-up time per file, and less code exposed to it.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import replace

from .result import MAX_INPUT_BYTES, StripError, StripResult
from .sniff import Detected, detect, result_allowed

Handler = Callable[[bytes, Detected], StripResult]

#: Longest list of removed-item names we pass on; the rest are counted.
MAX_NAMES = 100

#: handler id (see sniff.Detected.handler) -> (module in this package, function name)
HANDLERS: dict[str, tuple[str, str]] = {
    "jpeg": ("images", "strip_image"),
    "png": ("images", "strip_image"),
    "webp": ("images", "strip_image"),
    "gif": ("images", "strip_image"),
    "mp3": ("audio_mpeg", "strip_mp3"),
    "mp4": ("audio_mp4", "strip_mp4"),
    "ogg": ("audio_ogg", "strip_ogg"),
    "flac": ("audio_flac", "strip_flac"),
    "wav": ("audio_riff", "strip_wav"),
    "amr": ("audio_amr", "strip_amr"),
    "pdf": ("pdf", "strip_pdf"),
    "heic": ("heic", "strip_heic"),
    "video": ("video", "strip_video"),
    "docx": ("office_docx", "strip_docx"),
    "odt": ("office_odt", "strip_odt"),
}

#: Handlers that run external programs (FFmpeg) and need a scratch folder in the sandbox's tmpfs;
#: the worker only loosens its audit hook for these, and only when the parent asked for it.
MEDIA_HANDLERS = frozenset({"video"})


def handler_for(detected: Detected) -> Handler:
    module_name, function = HANDLERS[detected.handler]
    module = importlib.import_module(f".{module_name}", __package__)
    handler: Handler = getattr(module, function)
    return handler


def strip_in_process(data: bytes, *, media: bool | None = None) -> StripResult:
    """Detect and clean in *this* process. Only the sandboxed worker should call this.

    ``media`` is the mode the worker was started in: a file needing FFmpeg is refused by a worker
    started without a scratch folder, and the other way round (None: no check, e.g. fuzzing).
    """
    if len(data) > MAX_INPUT_BYTES:
        raise StripError("too_large", "input exceeds the stripping size limit")
    detected = detect(data)
    if media is not None and media != (detected.handler in MEDIA_HANDLERS):
        raise StripError("failed", "worker started in the wrong mode for this file")
    result = handler_for(detected)(data, detected)
    if len(result.removed) > MAX_NAMES:
        # Hostile files can hold thousands of distinct tags; the reporter needs a summary.
        others = len(result.removed) - MAX_NAMES + 1
        result = replace(result, removed=(*result.removed[: MAX_NAMES - 1], f"{others} more"))
    if not result_allowed(detected, result.kind, result.mime, result.extension):
        raise StripError("failed", "handler changed the detected type")
    return result

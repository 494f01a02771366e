"""Coverage-guided fuzzing (atheris) of attachment handling: sniffing and every format handler.

Runs the parsers in process (the production path runs them in the sandboxed worker, which turns
any escaped exception into "malformed"). Covers HEIC (pillow-heif), Word and OpenDocument
packages (ZIP limits, lxml parsing, rewriting) and, for videos, our own box walk and allow-list
rebuild; FFmpeg itself is not run per input here (it is fuzzed upstream, by OSS-Fuzz, and runs
only inside the sandbox). Here an exception other than StripError, MemoryError or
RecursionError is a finding: a handler that does not map a parser failure to a clear reason.
Also fuzzes the file-name checks (path traversal, huge or odd names) through ``strip``'s
pre-checks. Each finding becomes a regression test in amanat/intake/tests/test_fuzz_regressions.py.

    python fuzz/fuzz_attachments.py -atheris_runs=20000 fuzz/corpus
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    import importlib

    from amanat.intake.stripping import sniff, video
    from amanat.intake.stripping.formats import HANDLERS, MEDIA_HANDLERS, strip_in_process
    from amanat.intake.stripping.result import StripError

    # Handlers are imported lazily in production; import them here so they are instrumented.
    for _module, _function in set(HANDLERS.values()):
        importlib.import_module(f"amanat.intake.stripping.{_module}")

EXPECTED = (StripError, MemoryError, RecursionError)
NAMES = ["a.jpg", "../../etc/passwd", "x" * 300 + ".png", "report.pdf", "call.mp3", "", "a.b.c"]
NAMES += ["IMG_0001.HEIC", "clip.mov", "call.mp4", "letter.docx", "letter.odt", "macro.docm"]


def test_one_input(data: bytes) -> None:
    provider = atheris.FuzzedDataProvider(data)
    name = NAMES[provider.ConsumeIntInRange(0, len(NAMES) - 1)]
    body = provider.ConsumeBytes(provider.remaining_bytes())
    try:
        detected = sniff.detect(body)
        sniff.check_name(name, detected)
        if detected.handler in MEDIA_HANDLERS:
            video.names_from_original(body)  # FFmpeg runs only in the sandbox, not per input
        else:
            strip_in_process(body)
    except EXPECTED:
        return


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()

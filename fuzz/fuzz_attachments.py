"""Coverage-guided fuzzing (atheris) of attachment handling: sniffing and every format handler.

Runs the parsers in process (the production path runs them in the sandboxed worker, which turns
any escaped exception into "malformed"). Here an exception other than StripError, MemoryError or
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

    from amanat.intake.stripping import sniff
    from amanat.intake.stripping.formats import HANDLERS, strip_in_process
    from amanat.intake.stripping.result import StripError

    # Handlers are imported lazily in production; import them here so they are instrumented.
    for _module, _function in set(HANDLERS.values()):
        importlib.import_module(f"amanat.intake.stripping.{_module}")

EXPECTED = (StripError, MemoryError, RecursionError)
NAMES = ["a.jpg", "../../etc/passwd", "x" * 300 + ".png", "report.pdf", "call.mp3", "", "a.b.c"]


def test_one_input(data: bytes) -> None:
    provider = atheris.FuzzedDataProvider(data)
    name = NAMES[provider.ConsumeIntInRange(0, len(NAMES) - 1)]
    body = provider.ConsumeBytes(provider.remaining_bytes())
    try:
        sniff.check_name(name, sniff.detect(body))
        strip_in_process(body)
    except EXPECTED:
        return


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()

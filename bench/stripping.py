"""Per-attachment cost of the stripping sandbox (issue #11.3): bubblewrap + seccomp versus the
bare worker subprocess, measured in the same run on the same files, interleaved so that machine
noise hits both alike. ``python -m bench.run --only stripping``; --seconds/--users do not apply.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable

from amanat.intake import stripping
from amanat.intake.tests import format_fixtures as ff
from amanat.intake.tests import stripping_fixtures as fx

ROUNDS = 15


def _samples() -> dict[str, tuple[str, bytes]]:
    canaries = fx.Canaries()
    samples = {
        "JPEG photo (small)": ("a.jpg", fx.jpeg_with_metadata(canaries)),
        "MP3 recording": ("a.mp3", fx.mp3_with_tags(canaries, frames=40)),
        "PDF document": ("a.pdf", fx.pdf_with_metadata(canaries, fx.jpeg_with_metadata(canaries))),
    }
    samples.update(_extra_samples(canaries))
    return samples


def _extra_samples(canaries: fx.Canaries) -> dict[str, tuple[str, bytes]]:
    """The formats added with issue #14 (video needs FFmpeg, from install-sandbox-tools.sh)."""
    builders: list[tuple[str, str, Callable[[], bytes]]] = [
        ("HEIC photo", "a.heic", lambda: ff.heic_with_metadata(canaries)),
        ("MOV video (2 s)", "a.mov", lambda: ff.video_with_metadata(canaries)),
        ("DOCX document", "a.docx", lambda: ff.docx_with_metadata(canaries)),
    ]
    extra: dict[str, tuple[str, bytes]] = {}
    for label, name, build in builders:
        try:
            extra[label] = (name, build())
        except (OSError, RuntimeError):
            continue  # e.g. no FFmpeg on this machine: the row is left out
    return extra


def _time_ms(data: bytes, name: str, *, sandboxed: bool) -> float:
    start = time.perf_counter()
    stripping.strip(data, filename=name, sandboxed=sandboxed)
    return (time.perf_counter() - start) * 1000


def run(seconds: int = 0, users: int = 0) -> str:
    """Median wall time per file, sandboxed and not, and their ratio and difference."""
    rows = [
        "| file | bytes | unsandboxed ms (median) | sandboxed ms (median) | ratio | added ms |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for label, (name, data) in _samples().items():
        bare: list[float] = []
        boxed: list[float] = []
        _time_ms(data, name, sandboxed=True)  # warm caches (seccomp program, page cache)
        for _ in range(ROUNDS):
            bare.append(_time_ms(data, name, sandboxed=False))
            boxed.append(_time_ms(data, name, sandboxed=True))
        b, s = statistics.median(bare), statistics.median(boxed)
        rows.append(f"| {label} | {len(data)} | {b:.1f} | {s:.1f} | {s / b:.2f} | {s - b:.1f} |")
    notes = (
        f"\n\n{ROUNDS} interleaved rounds per file. 'Sandboxed' is the production path "
        "(bubblewrap with new namespaces, read-only binds, seccomp filter, uid nobody); "
        "'unsandboxed' is the same worker as a bare `python -I` subprocess (the development "
        "opt-out). Wall time includes spawning the worker."
    )
    return "\n".join(rows) + notes

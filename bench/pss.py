"""Peak proportional memory (PSS) of this process and its descendants, sampled in a thread.

Max RSS per process overstates what forked workers cost: their pages are shared copy-on-write
with the main process until written, and each RSS counts them whole. PSS (Linux
``/proc/<pid>/smaps_rollup``) splits a shared page between the processes mapping it, so the sum
over the main process and its live descendants is what the run holds. Elsewhere: not measured.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path
from types import TracebackType

_PROC = Path("/proc")


def _children(pid: int) -> list[int]:
    """Direct children of ``pid`` (every thread's list: a child belongs to the thread that
    forked it)."""
    found: list[int] = []
    try:
        for task in (_PROC / str(pid) / "task").iterdir():
            found.extend(int(c) for c in (task / "children").read_text().split())
    except OSError:
        pass
    return found


def _pss_kib(pid: int) -> int:
    """PSS of one process in KiB; 0 once it has gone."""
    try:
        with open(_PROC / str(pid) / "smaps_rollup", encoding="ascii") as rollup:
            for line in rollup:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except OSError:
        return 0
    return 0


def _family(pid: int) -> list[int]:
    """``pid`` and all its descendants (workers may hang below a fork server)."""
    found = [pid]
    for child in _children(pid):
        found.extend(_family(child))
    return found


def available() -> bool:
    return (_PROC / str(os.getpid()) / "smaps_rollup").exists()


class PeakPss:
    """``with PeakPss() as peak: ...`` then ``peak.describe()``: sampling every ``interval``
    seconds in a daemon thread (one file read per process per sample: cheap)."""

    def __init__(self, interval: float = 0.25) -> None:
        self.interval = interval
        self.peak_kib = 0
        self.processes = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="pss-sampler", daemon=True)
        self._available = available()

    def __enter__(self) -> PeakPss:
        if self._available:
            self._thread.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join()

    def _run(self) -> None:
        me = os.getpid()
        while not self._stop.is_set():
            self.sample(me)
            self._stop.wait(self.interval)
        self.sample(me)

    def sample(self, pid: int) -> None:
        pids = _family(pid)
        total = sum(_pss_kib(p) for p in pids)
        if total > self.peak_kib:
            self.peak_kib, self.processes = total, len(pids)

    def describe(self) -> str:
        if not self._available:
            return "not measured (no /proc/<pid>/smaps_rollup: Linux only)"
        return f"{self.peak_kib / 1024:,.0f} MiB over {self.processes} process(es)"

"""A small progress line on stderr for long command-line work (no dependency: ``rich`` is in the
development lock only).

On a terminal it redraws one line (``\\r``); otherwise (logs, CI, tests) it writes a line at most
every ``every`` seconds and one at the end, so a log shows that work goes on without flooding.
"""

from __future__ import annotations

import sys
import time
from typing import TextIO


class Progress:
    def __init__(self, label: str, total: int | None = None, *, stream: TextIO | None = None,
                 every: float = 0.5) -> None:  # fmt: skip
        self.label, self.total, self.every = label, total, every
        self.stream = stream if stream is not None else sys.stderr
        self.tty = bool(getattr(self.stream, "isatty", lambda: False)())
        self.done = 0
        self._shown = 0.0

    def update(self, done: int, total: int | None = None) -> None:
        """Record how far the work is; draw at most every ``every`` seconds."""
        self.done = done
        if total is not None:
            self.total = total
        now = time.monotonic()
        if now - self._shown >= self.every:
            self._shown = now
            self._draw(final=False)

    def finish(self) -> None:
        self._draw(final=True)

    def _draw(self, *, final: bool) -> None:
        if self.total:
            share = min(1.0, self.done / self.total)
            bar = "#" * int(share * 20)
            text = f"{self.label} [{bar:<20}] {self.done:,}/{self.total:,} ({share:.0%})"
        else:
            text = f"{self.label}: {self.done:,}"
        end = "\n" if final or not self.tty else ""
        self.stream.write(("\r" if self.tty else "") + text + end)
        self.stream.flush()

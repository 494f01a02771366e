"""The whole machine's CPU time from Linux ``/proc/stat``, read one way for every benchmark: with
a bench's own CPU time over the same window, how much of the cores other work took, so a slow
wall clock can be told from starved workers or a saturated server."""

from __future__ import annotations

import os
from pathlib import Path

TICK = os.sysconf("SC_CLK_TCK")


def machine_cpu() -> tuple[float, float]:
    """(busy, total) CPU seconds of all cores since boot, every process counted; busy leaves out
    idle and waiting for I/O (guest time is already in user time). Zeros where there is no
    ``/proc/stat`` (not Linux)."""
    try:
        fields = Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]
    except OSError:
        return 0.0, 0.0
    ticks = [int(value) for value in fields[:8]]  # user nice system idle iowait irq softirq steal
    idle = ticks[3] + (ticks[4] if len(ticks) > 4 else 0)
    return (sum(ticks) - idle) / TICK, sum(ticks) / TICK

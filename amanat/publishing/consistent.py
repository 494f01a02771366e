"""Consistent public tables from stored noisy measurements: post-processing only.

Everything here is a pure function of noisy measurements that were drawn once (by OpenDP, in
``privacy.py``) and stored, so it costs no privacy budget and rebuilding the tables gives the
same numbers. The method (also in ``docs/dataset.md``):

1. **One release total.** ``T`` = the noisy count of all incidents, rounded and clamped at 0.
   Every table publishes this ``total`` and its cells plus its ``suppressed`` sum add up to it.
2. **Least squares, non-negative.** Each measured partition (year × stage, host country,
   tactic share) is projected onto ``{x ≥ 0, Σx = T}``: the closest non-negative vector with
   the release total (Euclidean projection onto the scaled simplex — the least-squares fit under
   those constraints; ``project_to_total``). By year and by stage are the row and column sums of
   the projected year × stage grid, so they agree with it exactly.
3. **Integers that keep the sum.** Floors, then one more to the largest remainders (ties by
   position) until the cells add up to ``T`` (``round_to_total``). Margins are sums of the
   rounded cells.
4. **No phantom cells.** A cell (or margin) is published only if its *raw* noisy measurement
   reaches the threshold that an empty cell crosses with probability ≤ ``PHANTOM_RATE`` (1%),
   computed exactly from the noise distribution (a margin of ``k`` cells: the sum of ``k``
   draws). Below it, or below the minimum count, it is suppressed; its value goes into the
   table's ``suppressed`` sum, never silently dropped. Complementary suppression
   (``suppression.py``) makes sure no suppressed count can be recovered by subtraction.
   A release total below the minimum (but above zero) is itself a small count: then nothing
   is published, neither the total nor any cell nor the ``suppressed`` sum (which would equal
   it), only that the release counts fewer than the minimum (``withheld``).
5. **Stated error.** Every published count carries a 95% interval: the raw measurement ± the
   95% half-width of its noise (so it covers the truth with probability ≥ 95% before
   post-processing), widened to contain the published value, clamped at 0.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

import numpy as np

from amanat.publishing.suppression import Entry, hidden_entries

# The release's epsilon is shared between its measurements (docs/dataset.md says why).
SHARES = {"total": 0.2, "year_stage": 0.3, "host_country": 0.3, "tactic": 0.2}
PHANTOM_RATE = 0.01  # the probability that an empty cell is published with a count
LEVEL = 0.95  # the coverage of the published intervals


@dataclass(frozen=True)
class Measurement:
    """One noisy measurement as stored: drawn once, then only post-processed."""

    key: str
    noisy: tuple[float, ...]
    scale: float
    discrete: bool = True  # discrete Laplace over integers; False: Laplace over floats


@dataclass
class Table:
    """A published table: one row (``columns`` empty) or a grid with its margins."""

    key: str
    rows: str
    row_codes: list[str]
    cells: list[list[int | None]]
    intervals: list[list[list[int] | None]]
    total: int | None  # None: a release total below the minimum, withheld with every count
    total_interval: list[int]
    suppressed: int | None
    threshold: float
    measurement: str
    columns: str = ""
    column_codes: list[str] = field(default_factory=list)
    row_totals: list[int | None] = field(default_factory=list)
    row_intervals: list[list[int] | None] = field(default_factory=list)
    column_totals: list[int | None] = field(default_factory=list)
    column_intervals: list[list[int] | None] = field(default_factory=list)


def project_to_total(values: Sequence[float] | np.ndarray, total: float) -> np.ndarray:
    """The least-squares non-negative vector summing to ``total``: the Euclidean projection
    onto the scaled simplex (sort-based algorithm of Held, Wolfe and Crowder; Duchi et al. 2008).
    Cells are shifted down by one common amount and clamped at zero, so the order is kept and
    empty cells' positive noise is absorbed before real counts are touched."""
    y = np.asarray(values, dtype=float)
    if y.size == 0 or total <= 0:
        return np.zeros_like(y)
    ordered = np.sort(y)[::-1]
    excess = np.cumsum(ordered) - total
    index = np.arange(1, y.size + 1)
    last = int(np.nonzero(ordered - excess / index > 0)[0][-1])
    shift = excess[last] / (last + 1)
    return np.maximum(y - shift, 0.0)


def round_to_total(values: np.ndarray, total: int) -> np.ndarray:
    """Non-negative integers adding up to ``total``: floors, then +1 to the largest remainders
    (earlier position first when equal) — controlled rounding, never off by more than 1."""
    floors = np.floor(values + 1e-9).astype(np.int64)
    short = int(total - floors.sum())
    remainders = values - floors
    order = np.lexsort((np.arange(values.size), -remainders))
    if short > 0:
        floors[order[:short]] += 1
    elif short < 0:  # float error only: take from the smallest remainders that can give
        for i in order[::-1]:
            if short == 0:
                break
            if floors[i] > 0:
                floors[i] -= 1
                short += 1
    return floors


@lru_cache(maxsize=256)
def _sum_distribution(scale: float, cells: int) -> tuple[np.ndarray, int]:
    """P(S = i - offset) for S the sum of ``cells`` discrete Laplace(scale) draws (FFT)."""
    alpha = math.exp(-1.0 / scale)
    reach = math.ceil(scale * 40) + 1  # alpha**reach = e**-40: beyond float precision
    k = np.arange(-reach, reach + 1)
    one = (1 - alpha) / (1 + alpha) * alpha ** np.abs(k)
    size = cells * (2 * reach) + 1
    spectrum = np.fft.rfft(one, size) ** cells
    dist = np.clip(np.fft.irfft(spectrum, size), 0.0, None)
    return dist / dist.sum(), cells * reach


def threshold(scale: float, cells: int = 1, *, discrete: bool = True) -> float:
    """The smallest count an empty cell (or a margin of ``cells`` empty cells) reaches with
    probability at most PHANTOM_RATE."""
    if not discrete:  # continuous Laplace, one cell: P(Z ≥ t) = e^(-t/b) / 2
        return scale * math.log(1 / (2 * PHANTOM_RATE))
    dist, offset = _sum_distribution(scale, cells)
    survival = np.cumsum(dist[::-1])[::-1]  # survival[i] = P(S ≥ i - offset)
    return float(int(np.nonzero(survival <= PHANTOM_RATE)[0][0]) - offset)


def half_width(scale: float, cells: int = 1, *, discrete: bool = True) -> float:
    """The smallest ``a`` with P(|noise| ≤ a) ≥ LEVEL for a sum of ``cells`` draws."""
    if not discrete:  # continuous Laplace, one cell: P(|Z| > a) = e^(-a/b)
        return scale * math.log(1 / (1 - LEVEL))
    dist, offset = _sum_distribution(scale, cells)
    centre = dist[offset]
    inside = centre + 2 * np.cumsum(dist[offset + 1 :])  # P(|S| ≤ a) for a = 1, 2, …
    if centre >= LEVEL:
        return 0.0
    return float(int(np.nonzero(inside >= LEVEL)[0][0]) + 1)


def _survival(scale: float, cells: int, discrete: bool) -> Callable[[float], float]:
    """P(noise ≥ k) for the sum of ``cells`` draws (continuous: one cell only)."""
    if not discrete:
        return lambda k: 0.5 * math.exp(-k / scale) if k >= 0 else 1 - 0.5 * math.exp(k / scale)
    dist, offset = _sum_distribution(scale, cells)
    survival = np.cumsum(dist[::-1])[::-1]

    def at(k: float) -> float:
        index = math.ceil(k - 1e-9) + offset
        return 1.0 if index <= 0 else 0.0 if index >= survival.size else float(survival[index])

    return at


def interval(
    raw: float,
    published: int,
    width: float,
    *,
    cut: float | None = None,
    noise: tuple[float, int, bool] = (1.0, 1, True),
) -> list[int]:
    """Raw measurement ± its 95% half-width, widened to hold the published value, ≥ 0.

    A cell published because its noisy count reached ``cut`` is more likely to have had
    positive noise (the winner's curse), most of all when its true count is small. Its lower
    bound is then the smallest true count for which a measurement at least this high is still
    2.5% likely *given that it crossed the threshold* (the truncated noise distribution), so
    the interval keeps its 95% coverage among the cells that are shown."""
    low = raw - width
    if cut is not None:
        survival = _survival(*noise)

        def plausible(truth: float) -> bool:
            crossed = survival(cut - truth)
            return crossed > 0 and survival(raw - truth) / crossed >= (1 - LEVEL) / 2

        lo, hi = 0, max(0, math.ceil(raw))
        while lo < hi:  # the ratio grows with the truth (log-concave noise): bisect
            mid = (lo + hi) // 2
            lo, hi = (lo, mid) if plausible(mid) else (mid + 1, hi)
        low = min(low, lo)
    return [max(0, math.floor(min(low, published))), max(0, math.ceil(max(raw + width, published)))]


def release_total(measured: Measurement) -> tuple[int, list[int]]:
    raw = float(measured.noisy[0])
    total = max(0, round(raw))
    return total, interval(raw, total, half_width(measured.scale, discrete=measured.discrete))


def one_way(
    key: str,
    dimension: str,
    codes: list[str],
    measured: Measurement,
    released: tuple[int, list[int]],
    minimum: int,
) -> Table:
    """A one-way table of one measured partition, projected to the release total."""
    total, total_interval = released
    raw = np.asarray(measured.noisy, dtype=float)
    values = round_to_total(project_to_total(raw, total), total)
    cut = threshold(measured.scale, discrete=measured.discrete)
    width = half_width(measured.scale, discrete=measured.discrete)
    noise = (measured.scale, 1, measured.discrete)
    n = len(codes)
    primary = {(0, c) for c in range(n) if raw[c] < cut}
    hidden = hidden_entries(
        [values.tolist()], minimum, two_way=False, primary=primary, keep={(0, n)}, bucket=True
    )
    cells: list[int | None] = []
    intervals: list[list[int] | None] = []
    for c in range(n):
        shown = (0, c) not in hidden
        cells.append(int(values[c]) if shown else None)
        found = interval(raw[c], int(values[c]), width, cut=cut, noise=noise) if shown else None
        intervals.append(found)
    return Table(
        key=key,
        rows=dimension,
        row_codes=codes,
        cells=[cells],
        intervals=[intervals],
        total=total,
        total_interval=total_interval,
        suppressed=_suppressed(values, hidden),
        threshold=cut,
        measurement=measured.key,
    )


def _suppressed(values: np.ndarray, hidden: set[Entry]) -> int:
    return int(sum(int(values.flat[c]) for (_r, c) in hidden if c < values.size))


def grid(
    measured: Measurement,
    years: list[str],
    stages: list[str],
    released: tuple[int, list[int]],
    minimum: int,
) -> tuple[Table, Table, Table]:
    """Year × stage, and its margins by year and by stage, from one measured grid."""
    total, total_interval = released
    rows, cols = len(years), len(stages)
    raw = np.asarray(measured.noisy, dtype=float).reshape(rows, cols)
    values = round_to_total(project_to_total(raw.ravel(), total), total).reshape(rows, cols)
    b = measured.scale
    cut, cut_row, cut_col = threshold(b), threshold(b, cols), threshold(b, rows)
    primary = {(r, c) for r in range(rows) for c in range(cols) if raw[r, c] < cut}
    primary |= {(r, cols) for r in range(rows) if raw[r].sum() < cut_row}
    primary |= {(rows, c) for c in range(cols) if raw[:, c].sum() < cut_col}
    hidden = hidden_entries(
        values.tolist(), minimum, two_way=True, primary=primary, keep={(rows, cols)}, bucket=True
    )
    width, width_row, width_col = half_width(b), half_width(b, cols), half_width(b, rows)

    def shown(
        entry: Entry, value: int, raw_value: float, w: float, t: float, k: int
    ) -> tuple[int | None, list[int] | None]:
        if entry in hidden:
            return None, None
        return value, interval(raw_value, value, w, cut=t, noise=(b, k, True))

    cells = [
        [shown((r, c), int(values[r, c]), raw[r, c], width, cut, 1) for c in range(cols)]
        for r in range(rows)
    ]
    by_row = [
        shown((r, cols), int(values[r].sum()), raw[r].sum(), width_row, cut_row, cols)
        for r in range(rows)
    ]
    by_col = [
        shown((rows, c), int(values[:, c].sum()), raw[:, c].sum(), width_col, cut_col, rows)
        for c in range(cols)
    ]
    hidden_cells = sum(
        int(values[r, c]) for r in range(rows) for c in range(cols) if (r, c) in hidden
    )
    two_way = Table(
        key="year_by_stage",
        rows="year",
        row_codes=years,
        columns="stage",
        column_codes=stages,
        cells=[[v for v, _i in row] for row in cells],
        intervals=[[i for _v, i in row] for row in cells],
        row_totals=[v for v, _i in by_row],
        row_intervals=[i for _v, i in by_row],
        column_totals=[v for v, _i in by_col],
        column_intervals=[i for _v, i in by_col],
        suppressed=hidden_cells,
        threshold=cut,
        total=total,
        total_interval=total_interval,
        measurement=measured.key,
    )
    by_year = Table(
        key="by_year",
        rows="year",
        row_codes=years,
        cells=[[v for v, _i in by_row]],
        intervals=[[i for _v, i in by_row]],
        threshold=cut_row,
        suppressed=total - sum(v or 0 for v, _i in by_row),
        total=total,
        total_interval=total_interval,
        measurement=measured.key,
    )
    by_stage = Table(
        key="by_stage",
        rows="stage",
        row_codes=stages,
        cells=[[v for v, _i in by_col]],
        intervals=[[i for _v, i in by_col]],
        threshold=cut_col,
        suppressed=total - sum(v or 0 for v, _i in by_col),
        total=total,
        total_interval=total_interval,
        measurement=measured.key,
    )
    return by_year, by_stage, two_way


def derive(
    measured: dict[str, Measurement], keys: dict[str, list[str]], minimum: int
) -> list[Table]:
    """Every public table, by post-processing alone (pure: the 200-release test calls it)."""
    released = release_total(measured["total"])
    by_year, by_stage, year_by_stage = grid(
        measured["year_stage"], keys["year"], keys["stage"], released, minimum
    )
    by_country = one_way(
        "by_host_country",
        "host_country",
        keys["host_country"],
        measured["host_country"],
        released,
        minimum,
    )
    by_tactic = one_way(
        "by_tactic", "tactic", keys["tactic"], measured["tactic"], released, minimum
    )
    tables = [by_year, by_country, by_stage, by_tactic, year_by_stage]
    if 0 < released[0] < minimum:
        return [withheld(table) for table in tables]
    return tables


def withheld(table: Table) -> Table:
    """The table of a release whose total is below the minimum: every count hidden.

    Hiding only the cells is not enough: the ``suppressed`` sum of a table with every cell
    hidden *is* the total, so a noisy total of 3 would be published as "3 suppressed"."""

    def hide(values: list[int | None]) -> list[int | None]:
        return [None] * len(values)

    def hide_intervals(values: list[list[int] | None]) -> list[list[int] | None]:
        return [None] * len(values)

    return replace(
        table,
        cells=[hide(row) for row in table.cells],
        intervals=[hide_intervals(row) for row in table.intervals],
        row_totals=hide(table.row_totals),
        row_intervals=hide_intervals(table.row_intervals),
        column_totals=hide(table.column_totals),
        column_intervals=hide_intervals(table.column_intervals),
        total=None,
        total_interval=[],
        suppressed=None,
    )

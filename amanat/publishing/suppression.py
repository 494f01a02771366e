"""Cell suppression for published tables: primary and complementary, with margins.

A table is its interior cells plus its margins (row totals, column totals, grand total). They
are tied by *lines*: every row with its row total, every column with its column total, the row
totals with the grand total, the column totals with the grand total. Anyone can subtract along
a line, so a line must never hide exactly one entry.

1. Primary suppression: every entry (interior or margin) below the minimum is hidden, zeros
   included (a published number is never below the minimum).
2. Complementary suppression: while some line hides exactly one entry, or hides entries that
   add up to less than the minimum (subtracting would then prove each of them small — the
   usual case of one small count among zeros), hide the smallest visible entry of that line
   too (an interior cell before a margin, when equal), and repeat. Hiding only grows, so this
   ends; at worst the whole line is hidden.

Guarantee (property-tested in ``tests/test_suppression.py``): no visible entry is below the
minimum, and in every line the hidden entries are none, or at least two adding up to at least
the minimum, so subtraction along a row or column recovers no hidden entry and bounds none
below the minimum. Recovery by combining several lines (solving the linear
system, as audit software like tau-Argus does) is not checked; the counts are also noisy
(differential privacy), so even such a recovery yields a protected, noisy number.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

Entry = tuple[int, int]  # (row, column); row == rows is the totals row, column == cols the totals


@dataclass(frozen=True)
class Suppressed:
    """Interior cells and margins, ``None`` where hidden."""

    cells: list[list[int | None]]
    row_totals: list[int | None]
    column_totals: list[int | None]
    total: int | None

    def published(self) -> list[int]:
        values = [v for row in self.cells for v in row]
        values += [*self.row_totals, *self.column_totals, self.total]
        return [v for v in values if v is not None]


def _lines(rows: int, cols: int, two_way: bool, bucket: bool = False) -> list[list[Entry]]:
    lines = [[(r, c) for c in range(cols + 1)] for r in range(rows)]
    if two_way:
        lines += [[(r, c) for r in range(rows + 1)] for c in range(cols)]
        lines.append([(r, cols) for r in range(rows + 1)])  # row totals → grand total
        lines.append([(rows, c) for c in range(cols + 1)])  # column totals → grand total
        if bucket:  # every interior cell → grand total: the published "suppressed" sum
            lines.append([*((r, c) for r in range(rows) for c in range(cols)), (rows, cols)])
    return lines


def _extended(cells: Sequence[Sequence[int]]) -> dict[Entry, int]:
    rows, cols = len(cells), len(cells[0]) if cells else 0
    values: dict[Entry, int] = {}
    for r, row in enumerate(cells):
        for c, value in enumerate(row):
            values[(r, c)] = int(value)
        values[(r, cols)] = sum(int(v) for v in row)
    for c in range(cols):
        values[(rows, c)] = sum(int(cells[r][c]) for r in range(rows))
    values[(rows, cols)] = sum(values[(r, cols)] for r in range(rows))
    return values


def hidden_entries(
    cells: Sequence[Sequence[int]],
    minimum: int,
    *,
    two_way: bool,
    primary: Iterable[Entry] = (),
    keep: Iterable[Entry] = (),
    bucket: bool = False,
) -> set[Entry]:
    """Every entry to hide: below the minimum, then the complements that protect them.

    For consistent public tables (``consistent.py``): ``primary`` entries are hidden whatever
    their value (they failed the phantom-cell threshold); ``keep`` entries are never hidden
    (the release total, published on every table); ``bucket`` publishes the sum of hidden
    entries per line, so a line whose hidden entries are all zero exposes nothing (a zero
    identifies nobody) and only a hidden sum between 0 and the minimum, or one non-zero
    hidden entry on its own, is exposed.
    """
    rows, cols = len(cells), len(cells[0]) if cells else 0
    values = _extended(cells)
    lines = _lines(rows, cols, two_way, bucket)
    relevant = {entry for line in lines for entry in line}
    kept = set(keep)
    hidden = {entry for entry in relevant if values[entry] < minimum} | set(primary)
    hidden -= kept

    def exposed(line: list[Entry]) -> bool:
        inside = [values[entry] for entry in line if entry in hidden]
        if bucket:
            total = sum(inside)
            return 0 < total < minimum or (len(inside) == 1 and total > 0)
        return bool(inside) and (len(inside) == 1 or sum(inside) < minimum)

    def order(entry: Entry) -> tuple[int, bool, Entry]:
        return values[entry], entry[0] == rows or entry[1] == cols, entry

    changed = True
    while changed:
        changed = False
        for line in lines:
            visible = [entry for entry in line if entry not in hidden and entry not in kept]
            if exposed(line) and visible:
                hidden.add(min(visible, key=order))
                changed = True
    return hidden


def suppress(cells: Sequence[Sequence[int]], minimum: int, *, two_way: bool) -> Suppressed:
    """The table as it may be published. ``two_way`` False: one row, with its total only."""
    if minimum < 1:
        raise ValueError("the minimum cell count must be at least 1")
    if any(value < 0 for row in cells for value in row):
        raise ValueError("counts are never negative (clamp noisy counts first)")
    rows, cols = len(cells), len(cells[0]) if cells else 0
    values = _extended(cells)
    hidden = hidden_entries(cells, minimum, two_way=two_way)

    def shown(entry: Entry) -> int | None:
        return None if entry in hidden else values[entry]

    return Suppressed(
        cells=[[shown((r, c)) for c in range(cols)] for r in range(rows)],
        row_totals=[shown((r, cols)) for r in range(rows)],
        column_totals=[shown((rows, c)) for c in range(cols)] if two_way else [],
        total=shown((rows, cols)) if two_way else shown((0, cols)) if rows == 1 else None,
    )

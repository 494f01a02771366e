"""Suppression: no published cell below the minimum, and no suppressed cell recoverable by
subtraction along a row or column (margins included) — property-tested."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from amanat.publishing.suppression import suppress

counts = st.integers(min_value=0, max_value=60)
one_way = st.lists(counts, min_size=1, max_size=12).map(lambda row: [row])
two_way = st.integers(1, 6).flatmap(
    lambda cols: st.lists(st.lists(counts, min_size=cols, max_size=cols), min_size=1, max_size=6)
)
minimums = st.integers(min_value=1, max_value=12)


def _truth(cells: list[list[int]], two: bool) -> list[list[int]]:
    """The same lines with the true values, margins computed by hand."""
    rows, cols = len(cells), len(cells[0])
    row_totals = [sum(row) for row in cells]
    column_totals = [sum(cells[r][c] for r in range(rows)) for c in range(cols)]
    total = sum(row_totals)
    lines = [[*cells[r], row_totals[r]] for r in range(rows)]
    if two:
        lines += [[*(cells[r][c] for r in range(rows)), column_totals[c]] for c in range(cols)]
        lines += [[*row_totals, total], [*column_totals, total]]
    return lines


def _check(cells: list[list[int]], minimum: int, two: bool) -> None:
    """Checked on the published table only, as a reader with a pencil would."""
    result = suppress(cells, minimum, two_way=two)
    assert all(value >= minimum for value in result.published())
    rows, cols = len(cells), len(cells[0])
    lines = [[*result.cells[r], result.row_totals[r]] for r in range(rows)]
    if two:
        lines += [
            [*(result.cells[r][c] for r in range(rows)), result.column_totals[c]]
            for c in range(cols)
        ]
        lines += [[*result.row_totals, result.total], [*result.column_totals, result.total]]
    truth = _truth(cells, two)
    for line, values in zip(lines, truth, strict=True):
        assert line.count(None) != 1, f"a hidden entry is recoverable by subtraction: {line}"
        hidden_sum = sum(v for shown, v in zip(line, values, strict=True) if shown is None)
        whole = line.count(None) == len(line)  # nothing left to subtract from
        assert line.count(None) == 0 or whole or hidden_sum >= minimum, f"bounded: {line}"
    for r in range(rows):
        for c in range(cols):
            assert result.cells[r][c] in (None, cells[r][c])  # shown values are not altered


@settings(max_examples=400, deadline=None)
@given(cells=one_way, minimum=minimums)
def test_one_way_tables_never_show_or_leak_a_small_count(cells, minimum) -> None:
    _check(cells, minimum, two=False)


@settings(max_examples=400, deadline=None)
@given(cells=two_way, minimum=minimums)
def test_two_way_tables_never_show_or_leak_a_small_count(cells, minimum) -> None:
    _check(cells, minimum, two=True)


def test_a_single_small_cell_takes_the_next_smallest_with_it() -> None:
    result = suppress([[12, 3, 40, 9]], 5, two_way=False)
    assert result.cells == [[12, None, 40, None]]
    assert result.total == 64


def test_small_counts_among_zeros_are_not_bounded_by_the_total() -> None:
    # Hiding the 3 with the zeros would still tell that every hidden country had fewer than 5.
    result = suppress([[40, 12, 3, 0, 0]], 5, two_way=False)
    assert result.cells == [[40, None, None, None, None]]


def test_a_small_total_hides_the_whole_line() -> None:
    result = suppress([[1, 2]], 5, two_way=False)
    assert result.cells == [[None, None]]
    assert result.total is None


def test_a_two_way_table_protects_rows_columns_and_margins() -> None:
    cells = [[20, 2, 30], [25, 15, 40], [30, 18, 50]]
    result = suppress(cells, 5, two_way=True)
    assert result.cells[0][1] is None
    hidden_in_column = [row[1] for row in result.cells].count(None)
    hidden_in_row = result.cells[0].count(None) + (result.row_totals[0] is None)
    assert hidden_in_column >= 2
    assert hidden_in_row >= 2


def test_zero_is_below_the_minimum_too() -> None:
    assert suppress([[0, 50, 60]], 5, two_way=False).cells[0][0] is None


@pytest.mark.parametrize(("cells", "minimum"), [([[-1, 5]], 5), ([[5, 5]], 0)])
def test_it_refuses_negative_counts_and_a_zero_minimum(cells, minimum) -> None:
    with pytest.raises(ValueError):  # noqa: PT011 - two different messages, both ValueError
        suppress(cells, minimum, two_way=False)

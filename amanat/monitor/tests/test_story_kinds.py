"""STORY_KINDS.tsv gives every story group of the blind splits exactly one fitting kind.

The table is how later sessions learn which kinds of story the monitor gets wrong without
reading per-file predictions, so a missing, doubled, stray or mismatched row would silently
skew those counts.
"""

from collections import Counter

import pytest

from amanat.monitor.story_kinds import (
    LOOKALIKE_KINDS,
    SPLITS,
    TNR_KINDS,
    label_groups,
    read_table,
)


@pytest.fixture(scope="module")
def rows() -> list[dict[str, str]]:
    return read_table()


@pytest.fixture(scope="module")
def groups() -> dict[tuple[str, str], set[bool]]:
    return {(split, g): tnr for split in SPLITS for g, tnr in label_groups(split).items()}


def test_every_labelled_group_has_exactly_one_row(rows, groups):
    counts = Counter((r["split"], r["story_group"]) for r in rows)
    missing = sorted(set(groups) - set(counts))
    doubled = sorted(key for key, n in counts.items() if n > 1)
    assert not missing, f"groups without a kind: {missing[:10]}"
    assert not doubled, f"groups with more than one row: {doubled[:10]}"


def test_no_row_names_a_group_missing_from_the_labels(rows, groups):
    stray = sorted({(r["split"], r["story_group"]) for r in rows} - set(groups))
    assert not stray, f"rows for groups not in labels.jsonl: {stray[:10]}"


def test_kinds_come_from_the_fixed_lists(rows):
    unknown = sorted({r["kind"] for r in rows} - (TNR_KINDS | LOOKALIKE_KINDS))
    assert not unknown, f"unknown kinds: {unknown}"


def test_tnr_groups_get_tnr_kinds_and_lookalikes_lookalike_kinds(rows, groups):
    wrong = []
    for r in rows:
        tnr = groups.get((r["split"], r["story_group"]))
        if tnr is None:
            continue  # reported by the stray-row test
        allowed = TNR_KINDS if tnr == {True} else LOOKALIKE_KINDS if tnr == {False} else set()
        if r["kind"] not in allowed:
            wrong.append((r["split"], r["story_group"], r["kind"]))
    assert not wrong, f"kind does not fit the group's is_tnr: {wrong[:10]}"


def test_other_kinds_say_why(rows):
    silent = [r["story_group"] for r in rows if r["kind"].startswith("other_") and not r["comment"]]
    assert not silent, f"other_* rows without a reason: {silent}"


def test_kind_lists_do_not_overlap():
    assert not TNR_KINDS & LOOKALIKE_KINDS

"""Story kinds of the blind splits: which *kind* of story each group of tnr-fresh18 … 43 is.

The blind splits are scored only as pooled totals, so nobody may read the monitor's
per-file predictions on them. Giving every story group a kind taken from the texts and
labels alone (``corpus/STORY_KINDS.tsv``) lets a later session ask which kinds the monitor
gets wrong without opening those predictions. This module holds the fixed kind codes and
reads the table and the labels; it imports neither Django nor the nlp package, so the
check runs anywhere.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

CORPUS = Path(__file__).resolve().parent / "corpus"
TABLE = CORPUS / "STORY_KINDS.tsv"
SPLITS = tuple(f"tnr-fresh{n}" for n in range(18, 44))
HEADER = ("split", "story_group", "kind", "comment")

# What a look-alike story is (is_tnr false).
LOOKALIKE_KINDS = frozenset(
    {
        "domestic",
        "lawful_transfer",
        "foreign_act",
        "hacking",
        "diplomacy",
        "release",
        "policy",
        "diaspora_life",
        "other_lookalike",
    }
)
# How a TNR act reaches the people (is_tnr true).
TNR_KINDS = frozenset(
    {
        "act_abroad",
        "host_transfer",
        "kin_at_home",
        "remote_legal",
        "pressure_abroad",
        "official_account",
        "other_tnr",
    }
)


def label_groups(split: str, corpus: Path = CORPUS) -> dict[str, set[bool]]:
    """Every story group of a split with the is_tnr values of its texts.

    A text without a story_group is its own group, named by its file, as the table names it.
    The values are a set so that a group mixing TNR and look-alike texts shows up.
    """
    groups: dict[str, set[bool]] = {}
    for line in (corpus / split / "labels.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        group = row.get("story_group") or row["file"]
        groups.setdefault(group, set()).add(bool(row["is_tnr"]))
    return groups


def read_table(path: Path = TABLE) -> list[dict[str, str]]:
    """The rows of STORY_KINDS.tsv as dictionaries keyed by the header."""
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        if tuple(reader.fieldnames or ()) != HEADER:
            raise ValueError(f"{path.name}: header must be {HEADER}, got {reader.fieldnames}")
        return list(reader)

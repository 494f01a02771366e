"""Which kinds of story the monitor gets wrong on text nobody has read, pooled by kind.

``python -m bench.monitor_story_kinds [--set blind|selection|confirmation|test]`` (issue 12,
session 16). On the blind splits only totals are known: 0.70 of the look-alikes rejected, 0.86
of the TNR texts found. Each story group of tnr-fresh18…43 was given a kind
(``amanat/monitor/corpus/STORY_KINDS.tsv``) by a reader who never saw a prediction, from the
texts, labels and the corpus README: what a look-alike is (a trial at home, a lawful
extradition, a foreign state's act…) and how a TNR act reaches its people (an act abroad, a
host's transfer, kin at home, a legal step at home…). This prints, per kind, how many of its
texts the monitor reads right. A kind with fewer than ``MIN_TEXTS`` texts in the set is pooled
into "(kinds under N texts)", so that no line comes near a single story.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from amanat.monitor import story_kinds
from amanat.monitor.nlp import corpus
from bench import monitor_ablation
from bench.monitor_tactic_choice import CORPUS, SETS

KINDS_FILE = story_kinds.TABLE
MIN_TEXTS = 12
BLIND = story_kinds.SPLITS


def kinds(path: Path = KINDS_FILE) -> dict[tuple[str, str], str]:
    """(split, story group) → kind, from the table :mod:`amanat.monitor.story_kinds` reads."""
    return {(row["split"], row["story_group"]): row["kind"]
            for row in story_kinds.read_table(path)}  # fmt: skip


def kind_of(label: corpus.Label, known: dict[tuple[str, str], str]) -> str:
    """The kind of a gold label named ``<split>/<file>`` with group ``<split>/<group>``."""
    split, name = label.file.split("/", 1)
    group = label.story_group.split("/", 1)[1] if label.story_group else name
    try:
        return known[(split, group)]
    except KeyError:
        raise KeyError(f"{split}: story group {group} has no kind in {KINDS_FILE.name}") from None


def table(gold: Sequence[corpus.Label], guessed: Sequence[corpus.Label],
          known: dict[tuple[str, str], str]) -> list[tuple[str, str, int, int]]:  # fmt: skip
    """(TNR or look-alike, kind, texts, read right) per kind, small kinds pooled; a look-alike
    is read right when rejected, a TNR text when found."""
    texts: Counter[tuple[str, str]] = Counter()
    right: Counter[tuple[str, str]] = Counter()
    by_file = {label.file: label for label in guessed}
    for label in gold:
        key = ("TNR" if label.is_tnr else "look-alike", kind_of(label, known))
        texts[key] += 1
        right[key] += by_file[label.file].is_tnr == label.is_tnr
    rows: list[tuple[str, str, int, int]] = []
    for side in ("look-alike", "TNR"):
        small = (0, 0)
        for (s, kind), n in sorted(texts.items(), key=lambda item: -item[1]):
            if s != side:
                continue
            if n < MIN_TEXTS:
                small = (small[0] + n, small[1] + right[(s, kind)])
            else:
                rows.append((side, kind, n, right[(s, kind)]))
        if small[0]:
            rows.append((side, f"(kinds under {MIN_TEXTS} texts)", *small))
    return rows


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.monitor_story_kinds",
                                     description=__doc__.splitlines()[0])  # fmt: skip
    sets = {"blind": BLIND, **{k: v for k, v in SETS.items() if k != "read"}}
    parser.add_argument("--set", choices=sorted(sets), default="blind")
    options = parser.parse_args(argv)
    splits = [s for s in sets[options.set] if (CORPUS / s).is_dir()]
    if not splits:
        parser.exit(2, f"no split of the {options.set} set is in the corpus\n")
    if not KINDS_FILE.is_file():
        parser.exit(2, f"{KINDS_FILE} is missing\n")
    known = kinds(KINDS_FILE)
    gold, guessed = monitor_ablation.predict(splits, "base")
    try:
        rows = table(gold, guessed, known)
    except KeyError as exc:
        parser.exit(2, f"{exc.args[0]}\n")
    print(f"{options.set}: {len(splits)} splits, {len(gold)} texts, pooled by kind")
    print(f"{'':11} {'kind':30} {'texts':>5}  read right")
    for side, kind, n, ok in rows:
        verb = "rejected" if side == "look-alike" else "found"
        print(f"{side:11} {kind:30} {n:>5}  {ok:>4} {verb} ({ok / n:.2f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())

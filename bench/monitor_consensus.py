"""One reading per story: the texts of a predicted story group share their relevance and tactics.

``python -m bench.monitor_consensus [--set selection|confirmation|test|read] [variant ...]``
(issue 12, session 16). The grouper joins translations and rewrites of one story; the rules read
each text alone, and their errors differ by language and wording. Each variant
(``<relevance>/<tactics>``) rereads every text of a predicted group of two or more from the
rules' readings of all its members (never from labels):

- relevance ``own`` (the rules'), ``all`` (TNR only if every member is) or ``any`` (TNR if any
  member is);
- tactics ``own``, ``shared`` (those read in more than half of the group's TNR members; if none,
  its own) or ``union`` (its own and every TNR member's).

A text made TNR by ``any`` takes the shared tactics and the commonest origin of the TNR members.
Pooled totals are printed beside the rules (``own/own``); groups never change. The test was
pre-registered (docs/monitor/accuracy.md, "Session 16: one reading per story").
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import replace
from itertools import product

from amanat.monitor.nlp import corpus
from bench import monitor_ablation
from bench.monitor_tactic_choice import HEADER, parse

RELEVANCE = ("own", "all", "any")
TACTICS = ("own", "shared", "union")
VARIANTS = tuple(f"{r}/{t}" for r, t in product(RELEVANCE, TACTICS))


def _shared(members: Sequence[corpus.Label]) -> tuple[str, ...]:
    """Tactics read in more than half of ``members``, in the order first read."""
    counts = Counter(t for member in members for t in dict.fromkeys(member.tactics))
    return tuple(t for t in counts if counts[t] * 2 > len(members))


def _origin(members: Sequence[corpus.Label]) -> str | None:
    counts = Counter(member.origin_state for member in members)
    return max(counts, key=lambda origin: counts[origin]) if counts else None  # first on ties


def reread(label: corpus.Label, members: Sequence[corpus.Label], variant: str) -> corpus.Label:
    """``label`` as its group reads it (``members`` includes ``label``, in file order)."""
    relevance, tactics = variant.split("/")
    found = [m for m in members if m.is_tnr]
    is_tnr = {"own": label.is_tnr, "all": label.is_tnr and len(found) == len(members),
              "any": bool(found)}[relevance]  # fmt: skip
    if not is_tnr:
        return replace(label, is_tnr=False, origin_state=None, host_countries=(), tactics=())
    if not label.is_tnr:  # made TNR by the group
        return replace(label, is_tnr=True, origin_state=_origin(found), tactics=_shared(found))
    if tactics == "shared":
        return replace(label, tactics=_shared(found) or label.tactics)
    if tactics == "union":
        return replace(label, tactics=tuple(dict.fromkeys(
            [*label.tactics, *(t for m in found for t in m.tactics)])))  # fmt: skip
    return label


def one_reading(labels: Sequence[corpus.Label], variant: str) -> list[corpus.Label]:
    """Every label reread by its predicted group; a text alone is left as it is."""
    groups: dict[str, list[corpus.Label]] = defaultdict(list)
    for label in labels:
        if label.story_group is not None:
            groups[label.story_group].append(label)
    return [label if label.story_group is None or len(groups[label.story_group]) < 2
            else reread(label, groups[label.story_group], variant)
            for label in labels]  # fmt: skip


def main(argv: Sequence[str] | None = None) -> int:
    name, splits, variants = parse("python -m bench.monitor_consensus",
                                   __doc__.splitlines()[0], VARIANTS, argv)  # fmt: skip
    gold, guessed = monitor_ablation.predict(splits, "base")
    print(f"{name}: {len(splits)} splits, pooled totals only")
    print(HEADER)
    for variant in variants:
        print(monitor_ablation.row(variant, gold, one_reading(guessed, variant)), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

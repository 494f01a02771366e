"""Which of the tactics read in a text to report: the story's own act, not its background.

``python -m bench.monitor_tactic_choice [--set selection|confirmation|test|read] [variant ...]``
(issue 12, session 16). On texts both labelled and found TNR, the labels carry 1.6 tactics per
text and the monitor 2.2: two false tactics in three fall on true TNR texts, where the rules read
an act the story only mentions (an earlier arrest, a feared deportation). Labellers code the
act the story reports. Each variant keeps some of the tactics the tagger found, by where each was
first read (its sentence's place in the text) and in how many sentences, then prints pooled
totals beside the tagger as it is (``base``). Only the reported tactic list changes: relevance,
origin, hosts and the grouper's reading are the tagger's own.

The test was pre-registered (docs/monitor/accuracy.md, "Session 16: which tactics to report"):
chosen on ``selection``, confirmed on ``confirmation``, tested once on ``test`` (written after the
pre-registration). The blind sets print pooled totals only, never a file or a split.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any
from unittest import mock

from amanat.monitor.nlp import corpus, pipeline, story_reading, tagging
from bench import monitor_ablation

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "amanat" / "monitor" / "corpus"
SETS = {
    "selection": tuple(f"tnr-fresh{n}" for n in range(18, 32)),
    "confirmation": tuple(f"tnr-fresh{n}" for n in range(32, 40)),
    "test": tuple(f"tnr-fresh{n}" for n in range(40, 44)),
    "read": (*(f"tnr-fresh{n}" for n in range(2, 18)), "tnr-fresh", "tnr-blind", "tnr-dev"),
}


@dataclass(frozen=True)
class Read:
    """One tactic as the tagger read it: its first sentence's place, and its sentences."""

    value: str
    position: int
    sentences: int
    order: int  # the tagger's own order


Choose = Callable[[list[Read]], list[str]]


def _earliest(reads: list[Read]) -> list[Read]:
    return sorted(reads, key=lambda r: (r.position, -r.sentences, r.order))


def cap(k: int) -> Choose:
    """The ``k`` tactics read earliest in the text."""
    return lambda reads: [r.value for r in _earliest(reads)[:k]]


def lead(sentences: int) -> Choose:
    """The tactics first read in the text's first ``sentences`` sentences; failing that, the
    earliest one."""

    def choose(reads: list[Read]) -> list[str]:
        kept = [r.value for r in _earliest(reads) if r.position < sentences]
        return kept or [_earliest(reads)[0].value]

    return choose


def most(k: int) -> Choose:
    """The ``k`` tactics read in the most sentences (ties: the earliest)."""
    return lambda reads: [r.value for r in sorted(
        reads, key=lambda r: (-r.sentences, r.position, r.order))[:k]]  # fmt: skip


def then(first: Choose, second: Choose) -> Choose:
    def choose(reads: list[Read]) -> list[str]:
        kept = set(first(reads))
        return second([r for r in reads if r.value in kept])

    return choose


VARIANTS: dict[str, Choose | None] = {
    "base": None,
    "cap1": cap(1), "cap2": cap(2), "cap3": cap(3),
    "lead1": lead(1), "lead2": lead(2), "lead3": lead(3),
    "most1": most(1), "most2": most(2),
    "lead2cap2": then(lead(2), cap(2)),
}  # fmt: skip


@contextlib.contextmanager
def choosing(choose: Choose | None) -> Iterator[None]:
    """While open, the pipeline reports only the tactics ``choose`` keeps. The tagger's tactic
    passes are watched to learn where each tactic was first read and how often."""
    if choose is None:
        yield
        return
    seen: dict[int, tuple[Any, dict[str, list[int]]]] = {}
    real = tagging._tactics
    real_report = pipeline.tag_prepared

    def watched(rules: Any, analysis: tagging.Analysis, *args: Any, **kwargs: Any) -> Any:
        hits = real(rules, analysis, *args, **kwargs)
        places = {span.text: i for i, span in reversed(list(enumerate(analysis.sentences.spans)))}
        reads = seen.setdefault(id(analysis), (analysis, {}))[1]
        for value, (sentence, _rule) in hits.first.items():
            position = places.get(sentence, len(places))
            found = reads.setdefault(value, [position, 0])
            found[0] = min(found[0], position)
            found[1] += hits.count[value]
        return hits

    def reported(prepared: pipeline.Prepared) -> tagging.Tagging:
        tagged = real_report(prepared)
        if not tagged.is_tnr or len(tagged.tactics) < 2:
            return tagged
        reads_of = seen[id(prepared.analysis)][1]
        last = [len(prepared.analysis.sentences.spans), 1]  # the tactic model's: read last, once
        reads = [Read(value, reads_of.get(value, last)[0], reads_of.get(value, last)[1], i)
                 for i, value in enumerate(tagged.tactics)]  # fmt: skip
        kept = set(choose(reads))
        tactics = [value for value in tagged.tactics if value in kept]
        tags = [t for t in tagged.tags if t.kind != "tactic" or t.value in kept]
        return replace(tagged, tactics=tactics, tags=tags)

    with mock.patch.object(tagging, "_tactics", watched), \
            mock.patch.object(pipeline, "tag_prepared", reported):  # fmt: skip
        yield


def predict(splits: Sequence[str], variant: str) -> tuple[list[corpus.Label], list[corpus.Label]]:
    """Gold and predicted labels of every text of ``splits``, the tactics chosen by
    ``variant``; files and groups named ``<split>/<name>``."""
    with choosing(VARIANTS[variant]), each_telling_alone():
        return monitor_ablation.predict(splits, "base")


@contextlib.contextmanager
def each_telling_alone() -> Iterator[None]:
    """A story's reports not sharing their tactics (nlp/story_reading.py): the choices measured
    are the tagger's, per article, as this measurement was written; the story's join would add
    back the tactics another telling keeps."""
    was, story_reading.ENABLED = story_reading.ENABLED, False
    try:
        yield
    finally:
        story_reading.ENABLED = was


HEADER = f"{'variant':36} relevance P / R / F1    look-alikes  tactic P / R / F1        origin"


def parse(prog: str, description: str, known: Sequence[str],
          argv: Sequence[str] | None) -> tuple[str, list[str], list[str]]:  # fmt: skip
    """The set, the splits of it in the corpus and the variants asked (default: all ``known``);
    an unknown variant, or a set none of whose splits is written yet, exits with code 2."""
    parser = argparse.ArgumentParser(prog=prog, description=description)
    parser.add_argument("--set", choices=sorted(SETS), default="selection")
    parser.add_argument("variants", nargs="*", help="default: every variant")
    options = parser.parse_args(argv)
    unknown = [name for name in options.variants if name not in known]
    if unknown:
        parser.exit(2, f"unknown variant {', '.join(unknown)}; known: {', '.join(known)}\n")
    splits = [s for s in SETS[options.set] if (CORPUS / s).is_dir()]
    if not splits:
        parser.exit(2, f"no split of the {options.set} set is in the corpus\n")
    return options.set, splits, options.variants or list(known)


def main(argv: Sequence[str] | None = None) -> int:
    name, splits, variants = parse("python -m bench.monitor_tactic_choice",
                                   __doc__.splitlines()[0], list(VARIANTS), argv)  # fmt: skip
    print(f"{name}: {len(splits)} splits, pooled totals only")
    print(HEADER)
    for variant in variants:
        print(monitor_ablation.row(variant, *predict(splits, variant)), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

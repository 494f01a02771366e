"""A 20-line English keyword baseline, to calibrate our blind splits against the hidden corpus.

``python -m bench.monitor_keywords [--out DIR] [split ...]`` (issue 12, session 15). The issue
scores "a 20-line English keyword list" on the hidden held-out corpus (relevance P / R / F1
0.85 / 0.56 / 0.67, look-alikes rejected 0.79, tactic micro-F1 0.38). Our own estimate of the
monitor on unread text comes from the blind splits ``tnr-fresh18`` … ``tnr-fresh27``. Whether
those splits are harder or easier than the hidden corpus cannot be read off the monitor's
figures alone; a baseline of the same kind, scored on both, calibrates them.

The list is ``bench/data/monitor_keywords.tsv``: 20 lines, each a tactic code of the codebook
and a case-insensitive regular expression for it (``threat_to_family`` has two lines, one per
word order), written from the codebook's definitions in ``../shared/design/taxonomy.md`` as a
journalist would word them, without opening any corpus text or label. The list was frozen in a
commit before anything was scored and must not be changed after: tuning it on the splits would
make the calibration meaningless.

A text is TNR when any line matches; its tactics are the codes whose lines match. No origin
state, no host countries, and ``story_group`` null (no group): the scorer counts only pairs of
articles sharing a predicted group, so null and "one group per text" both predict no pairs and
score the same; null is what the format prescribes for an article in no group.

Predictions go to ``DIR/<split>.jsonl`` in the labels format and are scored with the project's
scorer (:mod:`amanat.monitor.nlp.evaluate`). Figures per split are printed only for splits
outside :data:`UNREAD` (the project's unread test set, of which only pooled totals may be
shown); every pool in :data:`POOLS` whose splits were all asked for is printed, whole and split
into English (gold ``lang`` absent or ``en``) and the other languages. A pool renames each
file and gold group ``<split>/<name>``, so grouping pairs are counted within each split.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from amanat.monitor.nlp import corpus, evaluate, normalise

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "amanat" / "monitor" / "corpus"
UNREAD = frozenset(f"tnr-fresh{n}" for n in range(18, 40))

KEYWORDS_FILE = ROOT / "bench" / "data" / "monitor_keywords.tsv"


def load_keywords(path: Path = KEYWORDS_FILE) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The frozen list as (tactic code, compiled case-insensitive pattern), in file order."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        code, pattern = line.split("\t", 1)
        rows.append((code, re.compile(pattern, re.IGNORECASE)))
    return tuple(rows)


KEYWORDS = load_keywords()


def tag(text: str) -> tuple[str, ...]:
    """The tactic codes whose lines match ``text``, in list order, once each."""
    return tuple(dict.fromkeys(code for code, rx in KEYWORDS if rx.search(text)))


def known_splits() -> list[str]:
    """The labelled folders of the corpus, by name."""
    return sorted(p.parent.name for p in CORPUS.glob(f"*/{corpus.LABELS_FILE}"))


def _fresh(split: str) -> int:
    """The number of a ``tnr-fresh<n>`` split (``tnr-fresh`` is 1), else 0."""
    match = re.fullmatch(r"tnr-fresh(\d*)", split)
    return 0 if match is None else int(match.group(1) or 1)


POOLS: dict[str, Callable[[str], bool]] = {
    "blind tnr-fresh18..27": lambda split: 18 <= _fresh(split) <= 27,
    "all tnr-fresh*": lambda split: _fresh(split) > 0,
}
DEFAULT = ("tnr-dev", "tnr-heldout")  # plus every tnr-fresh* split


def predict(folder: corpus.Folder) -> list[corpus.Label]:
    """The baseline's labels for a folder's texts (its gold labels give only the file names)."""
    labels = []
    for gold in folder.labels:
        codes = tag(normalise.decode(folder.texts[gold.file]).text)
        labels.append(corpus.Label(gold.file, bool(codes), tactics=codes))
    return labels


def _renamed(split: str, labels: Sequence[corpus.Label]) -> list[corpus.Label]:
    def group(name: str | None) -> str | None:
        return None if name is None else f"{split}/{name}"

    return [replace(x, file=f"{split}/{x.file}", story_group=group(x.story_group)) for x in labels]


def figures(gold: Sequence[corpus.Label], guess: Sequence[corpus.Label]) -> dict[str, Any]:
    """The scorer's report plus the counts a reader needs: found / TNR, rejected / look-alikes."""
    report = evaluate.score(gold, guess)
    by_file = {x.file: x for x in guess}
    tnr = [g for g in gold if g.is_tnr]
    negatives = len(gold) - len(tnr)
    report["found"] = (sum(by_file[g.file].is_tnr for g in tnr), len(tnr))
    report["rejected"] = (negatives - len(evaluate.lookalikes_taken(gold, guess)), negatives)
    return report


def row(name: str, report: dict[str, Any]) -> str:
    """One line of the table: relevance, look-alikes, tactics, grouping."""
    rel, tac, grp = report["relevance"], report["tactics"]["micro"], report["grouping"]
    (hit, tnr), (ok, neg) = report["found"], report["rejected"]
    return (f"{name:<32} {report['n']:>4}  {rel['precision']:.3f} / {rel['recall']:.3f} / "
            f"{rel['f1']:.3f}  found {hit:>3}/{tnr:<3}  look-alikes {ok:>3}/{neg:<3} "
            f"({ok / neg if neg else 1.0:.3f})  tactics {tac['precision']:.3f} / "
            f"{tac['recall']:.3f} / {tac['f1']:.3f}  grouping F1 {grp['f1']:.3f}")  # fmt: skip


def _english(label: corpus.Label) -> bool:
    return label.lang in (None, "en")


def pooled(name: str, runs: dict[str, tuple[list[corpus.Label], list[corpus.Label]]]) -> list[str]:
    """The pool's line, then its English and non-English lines (totals only)."""
    gold = [x for s, (g, _) in runs.items() for x in _renamed(s, g)]
    guess = [x for s, (_, p) in runs.items() for x in _renamed(s, p)]
    lines = [row(f"{name} ({len(runs)} splits)", figures(gold, guess))]
    for part, keep in (("English", True), ("non-English", False)):
        chosen = [g for g in gold if _english(g) == keep]
        if chosen:
            lines.append(row(f"  {part}", figures(chosen, guess)))
    return lines


def run(splits: Sequence[str], out: Path) -> list[str]:
    """Predict, write and score every split; the table as lines."""
    out.mkdir(parents=True, exist_ok=True)
    runs = {}
    lines = [f"{'split or pool':<32} {'texts':>4}  relevance P / R / F1, TNR found, look-alikes "
             "rejected, tactic micro P / R / F1, grouping pairwise F1"]  # fmt: skip
    for split in splits:
        folder = corpus.read_folder(CORPUS / split)
        guess = predict(folder)
        corpus.write_labels(out / f"{split}.jsonl", guess)
        runs[split] = (folder.labels, guess)
        if split not in UNREAD:
            lines.append(row(split, figures(folder.labels, guess)))
    lines += pooled("all asked", runs) if len(runs) > 1 else []
    for name, member in POOLS.items():
        chosen = {s: r for s, r in runs.items() if member(s)}
        if chosen and len(chosen) == sum(member(s) for s in known_splits()):
            lines += pooled(name, chosen)
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.monitor_keywords",
                                     description=__doc__.splitlines()[0])  # fmt: skip
    parser.add_argument("splits", nargs="*", help="corpus folders (default: tnr-dev, "
                        "tnr-heldout and every tnr-fresh*)")  # fmt: skip
    parser.add_argument("--out", type=Path, default=Path("/tmp/monitor_keywords"),
                        help="where <split>.jsonl predictions are written")  # fmt: skip
    args = parser.parse_args(argv)
    known = known_splits()
    unknown = [s for s in args.splits if s not in known]
    if unknown:
        parser.error(f"unknown split {', '.join(unknown)}: no {CORPUS}/<split>/"
                     f"{corpus.LABELS_FILE} (known: {', '.join(known)})")  # fmt: skip
    splits = args.splits or [*DEFAULT, *sorted((s for s in known if _fresh(s)), key=_fresh)]
    print("\n".join(run(splits, args.out)))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""A text model as a veto on the rules' positives — tried in session 10 and not kept (issue 12).

``python -m bench.monitor_textmodel``. On text nobody had read the rules take a third of the
look-alikes for TNR (bench/monitor_blind.py). A look-alike often reads as one as a whole, so a
logistic regression over the text's hashed words and word pairs (Chinese: pairs of
characters; CRC-32 into 2^20 buckets; binary features of unit length; words of fewer than two
training texts dropped; C = 10, balanced classes) was asked about each article of 60 words or
more that the rules found TNR, its "no" (p < 0.5) vetoing it. It prints:

1. leave-one-split-out over the splits written blind: for each, a model trained on every other
   training split vetoes the rules' positives *as the rules stood before the split was read*
   (the code of the commit that added it, as bench/monitor_blind.py runs it), pooled;
2. a model trained on every training split, on the splits it never saw (:data:`HELD_OUT`),
   beside today's rules.

C and the threshold were chosen on the first table in session 10, and the rule for keeping it
was written down before the second was run: keep it only if, on tnr-fresh16 and tnr-fresh17,
relevance F1 does not drop and more look-alikes are rejected. It lowered relevance F1 there,
so the monitor does not use it (docs/monitor/learned-models.md, "Session 10: a text model as a
veto").
"""

from __future__ import annotations

import argparse
import itertools
import re
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from amanat.monitor.nlp import corpus, normalise, pipeline
from bench import monitor_blind

HELD_OUT = ("tnr-heldout", "tnr-fresh16", "tnr-fresh17")
C = 10.0
BITS = 20
THRESHOLD = 0.5
MIN_WORDS = 60
_WORD = re.compile(r"\w+")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")


def tokens(text: str) -> list[str]:
    """Lower-cased words; a run of Chinese characters becomes its overlapping pairs."""
    found: list[str] = []
    for word in _WORD.findall(text.lower()):
        runs = _HAN.findall(word)
        if not runs:
            found.append(word)
            continue
        for run in runs:
            found += [run[i : i + 2] for i in range(len(run) - 1)] or [run]
    return found


def features(text: str) -> list[int]:
    """The sorted hashed buckets of the text's words and adjacent word pairs."""
    words = tokens(text)
    grams = set(words)
    grams.update(f"{a} {b}" for a, b in itertools.pairwise(words))
    mask = (1 << BITS) - 1
    return sorted({zlib.crc32(gram.encode()) & mask for gram in grams})


@dataclass
class Text:
    split: str
    file: str
    text: str
    gold: corpus.Label


def texts(split: str) -> list[Text]:
    """A split's texts as the tagger sees them (decoded and cleaned), with their labels."""
    folder = monitor_blind.CORPUS / split
    raw = corpus.read_folder(folder).texts
    return [Text(split, g.file, normalise.clean(normalise.decode(raw[g.file]).text), g)
            for g in corpus.read_labels(folder / corpus.LABELS_FILE)]  # fmt: skip


def fit(train: Sequence[Text]) -> tuple[np.ndarray, np.ndarray, float]:
    """Sparse weights (bucket indices, weights) and the bias, trained on ``train``."""
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression

    rows = [features(t.text) for t in train]
    seen = np.bincount(np.concatenate([np.asarray(r, dtype=np.int64) for r in rows]),
                       minlength=1 << BITS)  # fmt: skip
    kept = [[b for b in r if seen[b] >= 2] for r in rows]
    indptr = np.cumsum([0] + [len(r) for r in kept])
    data = np.concatenate([np.full(len(r), 1 / np.sqrt(max(1, len(f))))
                           for r, f in zip(kept, rows, strict=True)])  # fmt: skip
    x = csr_matrix((data, np.concatenate([np.asarray(r, dtype=np.int64) for r in kept]), indptr),
                   shape=(len(train), 1 << BITS))  # fmt: skip
    model = LogisticRegression(C=C, class_weight="balanced", max_iter=5000)
    model.fit(x, [t.gold.is_tnr for t in train])
    weights = model.coef_[0]
    index = np.flatnonzero(weights).astype(np.int32)
    return index, weights[index].astype(np.float32), float(model.intercept_[0])


def _scorer(index: np.ndarray, weight: np.ndarray, bias: float) -> Callable[[str], float | None]:
    dense = np.zeros(1 << BITS, dtype=np.float32)
    dense[index] = weight

    def probability(text: str) -> float | None:
        if len(_WORD.findall(text)) < MIN_WORDS:
            return None
        buckets = features(text)
        score = bias + float(dense[np.asarray(buckets, dtype=np.int64)].sum()) / np.sqrt(
            len(buckets)
        )
        return float(1 / (1 + np.exp(-score)))

    return probability


def _vetoed(labels: list[corpus.Label], found: dict[str, Text],
            probability: Callable[[str], float | None]) -> list[corpus.Label]:  # fmt: skip
    """The predictions with every positive the model says no to turned negative."""
    out = []
    for label in labels:
        p = probability(found[label.file].text) if label.is_tnr else None
        out.append(corpus.Label(label.file, False) if p is not None and p < THRESHOLD else label)
    return out


def _row(name: str, gold: list[corpus.Label], predicted: list[corpus.Label]) -> str:
    report = monitor_blind.figures(gold, predicted)
    return f"| {name} | {monitor_blind._cells(report, grouping=False)} |"


def measure() -> str:
    splits = monitor_blind.splits()
    training = [s for s in splits if s not in HELD_OUT]
    blind = [s for s in training if s.startswith(monitor_blind.WRITTEN_BLIND)]
    all_texts = {s: texts(s) for s in splits}
    gold, rules, vetoed = [], [], []
    for split in blind:
        commit, _date = monitor_blind.added_in(split)
        old = monitor_blind.predict_with(commit, monitor_blind.CORPUS / split)
        others = [t for s in training if s != split for t in all_texts[s]]
        probability = _scorer(*fit(others))
        found = {t.file: t for t in all_texts[split]}
        gold += [monitor_blind._renamed(t.gold, split) for t in all_texts[split]]
        rules += [monitor_blind._renamed(label, split) for label in old]
        vetoed += [monitor_blind._renamed(label, split)
                   for label in _vetoed(old, found, probability)]  # fmt: skip
    lines = [f"Leave-one-split-out over the {len(blind)} blind splits (the rules of each "
             "split's own commit; pooled):", "",
             "| reader | relevance P / R / F1 | look-alikes rejected | tactic F1 | origin |",
             "|---|---|--:|--:|--:|",
             _row("rules, blind", gold, rules),
             _row("rules, blind, + text-model veto", gold, vetoed),
             "", "Trained on every training split, on splits it never saw, beside the rules:",
             "",
             "| split | relevance P / R / F1 | look-alikes rejected | tactic F1 | origin |",
             "|---|---|--:|--:|--:|"]  # fmt: skip
    probability = _scorer(*fit([t for s in training for t in all_texts[s]]))
    for split in HELD_OUT:
        labels = [t.gold for t in all_texts[split]]
        today = pipeline.predict_folder(corpus.read_folder(monitor_blind.CORPUS / split))
        found = {t.file: t for t in all_texts[split]}
        lines.append(_row(f"{split}, today's rules", labels, today.predictions))
        lines.append(_row(f"{split}, + veto", labels,
                          _vetoed(today.predictions, found, probability)))  # fmt: skip
    return "\n".join(lines)


def one_shot(tests: Sequence[str], kept_out: Sequence[str] = ("tnr-heldout",)) -> str:
    """Session 15's one-shot test: a model trained on every split but ``tests`` and
    ``kept_out``, asked about today's rules' positives in ``tests``, pooled totals only (the
    test splits are unread: no split or file is printed)."""
    splits = monitor_blind.splits()
    unknown = sorted(set(tests) - set(splits))
    if unknown:
        raise ValueError(f"unknown split {', '.join(unknown)}")
    training = [s for s in splits if s not in set(tests) | set(kept_out)]
    probability = _scorer(*fit([t for s in training for t in texts(s)]))
    gold, rules, vetoed = [], [], []
    for split in tests:
        found = {t.file: t for t in texts(split)}
        today = pipeline.predict_folder(corpus.read_folder(monitor_blind.CORPUS / split))
        gold += [monitor_blind._renamed(t.gold, split) for t in found.values()]
        rules += [monitor_blind._renamed(label, split) for label in today.predictions]
        vetoed += [monitor_blind._renamed(label, split)
                   for label in _vetoed(today.predictions, found, probability)]  # fmt: skip
    return "\n".join([
        f"Trained on {len(training)} splits (all but {', '.join([*kept_out, *tests])}); "
        f"pooled over {', '.join(tests)}:", "",
        "| reader | relevance P / R / F1 | look-alikes rejected | tactic F1 | origin |",
        "|---|---|--:|--:|--:|",
        _row("today's rules", gold, rules),
        _row("today's rules + veto", gold, vetoed)])  # fmt: skip


def run(**_ignored: object) -> str:
    return measure()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(prog="python -m bench.monitor_textmodel")
    parser.add_argument("--test", nargs="+", metavar="SPLIT",
                        help="one-shot test on these splits (trained on all others but "
                             "tnr-heldout)")  # fmt: skip
    options = parser.parse_args()
    if options.test:
        try:
            print(one_shot(options.test))
        except ValueError as exc:
            parser.exit(2, f"{exc}\n")
    else:
        print(measure())

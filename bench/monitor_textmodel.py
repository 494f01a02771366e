"""The text model that vetoes the rules' positives: training, and what it does on unread text.

``python -m bench.monitor_textmodel --write`` trains ``amanat/monitor/nlp/textmodel.py``'s
weights on every labelled split but :data:`HELD_OUT` and writes ``data/text-model.npz``
(logistic regression, C = 10, balanced classes; features of fewer than two training texts are
dropped before fitting). Without ``--write`` it measures, and prints:

1. leave-one-split-out over the splits written blind: for each, a model trained on every other
   training split vetoes the rules' positives *as the rules stood before the split was read*
   (the code of the commit that added it, as bench/monitor_blind.py runs it), pooled;
2. the shipped model on the held-out splits it was not trained on, beside today's rules.

The threshold (0.5) and C were chosen on the first table's pooling in session 10, before the
held-out splits tnr-fresh16 and tnr-fresh17 were scored.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from amanat.monitor.nlp import corpus, normalise, pipeline, textmodel
from bench import monitor_blind

HELD_OUT = ("tnr-heldout", "tnr-fresh16", "tnr-fresh17")
C = 10.0


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

    rows = [textmodel.features(t.text) for t in train]
    seen = np.bincount(np.concatenate([np.asarray(r, dtype=np.int64) for r in rows]),
                       minlength=1 << textmodel.BITS)  # fmt: skip
    kept = [[b for b in r if seen[b] >= 2] for r in rows]
    indptr = np.cumsum([0] + [len(r) for r in kept])
    data = np.concatenate([np.full(len(r), 1 / np.sqrt(max(1, len(f))))
                           for r, f in zip(kept, rows, strict=True)])  # fmt: skip
    x = csr_matrix((data, np.concatenate([np.asarray(r, dtype=np.int64) for r in kept]), indptr),
                   shape=(len(train), 1 << textmodel.BITS))  # fmt: skip
    model = LogisticRegression(C=C, class_weight="balanced", max_iter=5000)
    model.fit(x, [t.gold.is_tnr for t in train])
    weights = model.coef_[0]
    index = np.flatnonzero(weights).astype(np.int32)
    return index, weights[index].astype(np.float32), float(model.intercept_[0])


def _scorer(index: np.ndarray, weight: np.ndarray, bias: float) -> Callable[[str], float | None]:
    dense = np.zeros(1 << textmodel.BITS, dtype=np.float32)
    dense[index] = weight

    def probability(text: str) -> float | None:
        if len(textmodel._WORD.findall(text)) < textmodel.MIN_WORDS:
            return None
        buckets = textmodel.features(text)
        score = bias + float(dense[np.asarray(buckets, dtype=np.int64)].sum()) / np.sqrt(
            len(buckets)
        )
        return float(1 / (1 + np.exp(-score)))

    return probability


def write() -> str:
    train = [t for s in monitor_blind.splits() if s not in HELD_OUT for t in texts(s)]
    index, weight, bias = fit(train)
    textmodel.MODEL.parent.mkdir(exist_ok=True)
    np.savez_compressed(textmodel.MODEL, index=index, weight=weight, bias=np.float64(bias))
    return f"{len(train)} texts; {len(index)} weighted buckets; written to {textmodel.MODEL}"


def _vetoed(labels: list[corpus.Label], found: dict[str, Text],
            probability: Callable[[str], float | None]) -> list[corpus.Label]:  # fmt: skip
    """The predictions with every positive the model says no to turned negative."""
    out = []
    for label in labels:
        p = probability(found[label.file].text) if label.is_tnr else None
        out.append(
            corpus.Label(label.file, False) if p is not None and p < textmodel.THRESHOLD else label
        )
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
             "", "The shipped model on splits it was not trained on, beside today's rules:", "",
             "| split | relevance P / R / F1 | look-alikes rejected | tactic F1 | origin |",
             "|---|---|--:|--:|--:|"]  # fmt: skip
    for split in HELD_OUT:
        labels = [t.gold for t in all_texts[split]]
        saved, textmodel.THRESHOLD = textmodel.THRESHOLD, -1.0  # today's rules without the veto
        try:
            today = pipeline.predict_folder(corpus.read_folder(monitor_blind.CORPUS / split))
        finally:
            textmodel.THRESHOLD = saved
        found = {t.file: t for t in all_texts[split]}
        lines.append(_row(f"{split}, today's rules", labels, today.predictions))
        lines.append(_row(f"{split}, + veto", labels,
                          _vetoed(today.predictions, found, textmodel.probability)))  # fmt: skip
    return "\n".join(lines)


def run(**_ignored: object) -> str:
    return measure()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(prog="python -m bench.monitor_textmodel")
    parser.add_argument("--write", action="store_true", help="train and write the model file")
    print(write() if parser.parse_args().write else measure())

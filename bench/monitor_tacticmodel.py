"""A tactic for a report found with none: one word model per tactic (issue 12, session 18).

``python -m bench.monitor_tacticmodel`` prints the selection run; ``--write`` writes the shipped
weights (nlp/data/tactic-model.npz); ``--threshold T --test SPLIT ...`` runs the one-shot test
pre-registered in docs/monitor/learned-models.md ("Session 18: a tactic for a report found
with none").

- selection: the monitor as shipped (session 18's short reading, the tactic model off) on the
  20 short splits tnr-fresh59 … 78, in five folds of four splits; each fold's tactic models
  trained on the true reports of every labelled split the text model is trained on but the
  fold's; each report found with no tactic gets the likeliest tactic if p ≥ t, for t in
  :data:`THRESHOLDS`. Only tactic scores change;
- the one-shot test: the tagger with the shipped weights, the tactic model off and on, pooled.

Only pooled totals are printed: no split, file or probability of an unread split.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from unittest.mock import patch

import numpy as np

from amanat.monitor.nlp import corpus, pipeline, tacticmodel, textmodel
from bench import monitor_blind, monitor_textmodel
from bench import monitor_veto_data as veto

SELECTION = tuple(f"tnr-fresh{n}" for n in range(59, 79))
FOLDS = tuple(SELECTION[i : i + 4] for i in range(0, len(SELECTION), 4))
THRESHOLDS = (0.0, 0.3, 0.5, 0.7)
C = monitor_textmodel.C  # the text model's, one value for both (session 22: 30)
# The tactic model whose readings the link veto's weights were trained on (nlp/link_veto.py
# reads whether two texts' acts agree, and the model adds and drops acts): kept, as the word
# model of ``textmodel.P_SCALE`` is, so that bench/monitor_link_veto.py rebuilds the shipped
# file from the same readings. Session 35's retrain was tested with those weights kept.
LINK_VETO_READINGS = "tacticmodel-8"
LINK_VETO_FILE = Path(__file__).resolve().parent / "data" / "tactic-model-8.npz"
MIN_POSITIVES = 5  # a tactic with fewer true reports in training gets no model
MIN_SEEN = 3
HEAD = ("| reader | relevance P / R / F1 | look-alikes rejected | tactic F1 | origin | grouping |\n"
        "|---|---|--:|--:|--:|--:|")  # fmt: skip


@contextmanager
def link_veto_readings() -> Iterator[None]:
    """The tagger with the tactic model of :data:`LINK_VETO_READINGS` in place of the shipped
    one (nlp/tacticmodel.py reads it once per process: the cache is cleared on the way in and
    out). A missing file stops the bench."""
    if not LINK_VETO_FILE.is_file():
        raise SystemExit(f"{LINK_VETO_FILE}: the tactic model of {LINK_VETO_READINGS} is missing")
    tacticmodel.load.cache_clear()
    try:
        with (
            patch.object(tacticmodel, "SHIPPED", LINK_VETO_FILE),
            patch.object(tacticmodel, "VERSION", LINK_VETO_READINGS),
            patch.object(tacticmodel, "PREFIX", 0),  # tacticmodel-8 reads words only
        ):
            tacticmodel.load()
            yield
    finally:
        tacticmodel.load.cache_clear()


def fit(train: Sequence[monitor_textmodel.Text]) -> tacticmodel.Tactics:
    """One logistic regression per tactic with :data:`MIN_POSITIVES` true reports or more, over
    the true reports of ``train`` (``tacticmodel.features``, the text model's C and class
    weights; a bucket counts only if :data:`MIN_SEEN` reports or more have it, which keeps the
    file small)."""
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression

    reports = [t for t in train if t.gold.is_tnr]
    rows = [tacticmodel.features(t.text).tolist() for t in reports]
    seen = np.bincount(np.concatenate([np.asarray(r, dtype=np.int64) for r in rows]),
                       minlength=1 << textmodel.BITS)  # fmt: skip
    kept = [[b for b in r if seen[b] >= MIN_SEEN] for r in rows]
    indptr = np.cumsum([0] + [len(r) for r in kept])
    data = np.concatenate([np.full(len(k), 1 / math.sqrt(max(1, len(r))))
                           for k, r in zip(kept, rows, strict=True)])  # fmt: skip
    x = csr_matrix((data, np.concatenate([np.asarray(k, dtype=np.int64) for k in kept]), indptr),
                   shape=(len(rows), 1 << textmodel.BITS))  # fmt: skip
    index = np.flatnonzero(seen >= MIN_SEEN)
    codes, weights, biases = [], [], []
    for code in sorted({c for t in reports for c in t.gold.tactics}):
        y = [code in t.gold.tactics for t in reports]
        if sum(y) < MIN_POSITIVES:
            continue
        model = LogisticRegression(C=C, class_weight="balanced", max_iter=5000).fit(x, y)
        codes.append(code)
        weights.append(model.coef_[0][index].astype(np.float32))
        biases.append(float(model.intercept_[0]))
    return tacticmodel.Tactics(tuple(codes), index.astype(np.int64),
                               np.array(weights, dtype=np.float32).reshape(len(codes), index.size),
                               np.array(biases))  # fmt: skip


def write(path: Path = tacticmodel.SHIPPED) -> str:
    """Train on the text model's training splits and write the file the monitor reads."""
    splits = monitor_textmodel.training_splits()
    train = [t for s in splits for t in monitor_textmodel.texts(s)]
    tactics = fit(train)
    monitor_textmodel.save(path, {
        "version": np.array(tacticmodel.VERSION), "splits": np.array(splits),
        "codes": np.array(tactics.codes), "index": tactics.index.astype(np.int32),
        "weights": tactics.weights, "biases": tactics.biases,
        "digest": np.array(digest(train)),
    })  # fmt: skip
    size = path.stat().st_size
    return (f"{len(tactics.codes)} tactics from the true reports of {len(train)} texts of "
            f"{len(splits)} splits; {tactics.index.size} buckets; {size} bytes written to "
            f"{path}")  # fmt: skip


def digest(train: Sequence[monitor_textmodel.Text]) -> str:
    """SHA-256 of the training texts and their tactics: the file is stale when they change."""
    found = hashlib.sha256()
    for t in train:
        tactics = ",".join(t.gold.tactics) if t.gold.is_tnr else "-"
        for part in (t.split, t.file, t.text, tactics):
            found.update(part.encode() + b"\0")
    return found.hexdigest()


@contextmanager
def tactic_model(on: bool, models: tacticmodel.Tactics | None = None) -> Iterator[None]:
    """The tagger with the tactic model off (a threshold no p reaches), or on with ``models``
    in place of the shipped ones."""
    saved_threshold, saved_load = tacticmodel.THRESHOLD, tacticmodel.load
    if not on:
        tacticmodel.THRESHOLD = 2.0
    if models is not None:
        tacticmodel.load = lambda: models  # type: ignore[assignment] - a fold's models in place of the cached loader
    try:
        yield
    finally:
        tacticmodel.THRESHOLD, tacticmodel.load = saved_threshold, saved_load


def _predict(split: str) -> list[corpus.Label]:
    return pipeline.predict_folder(corpus.read_folder(monitor_blind.CORPUS / split)).predictions


def _row(name: str, gold: list[corpus.Label], predicted: list[corpus.Label]) -> str:
    return f"| {name} | {monitor_blind._cells(monitor_blind.figures(gold, predicted))} |"


def selection() -> str:
    """Five folds over :data:`SELECTION`, pooled, for each threshold."""
    all_splits = monitor_textmodel.training_splits()
    texts = {s: monitor_textmodel.texts(s) for s in all_splits}
    gold: list[corpus.Label] = []
    rows: dict[str, list[corpus.Label]] = {}
    for fold in FOLDS:
        models = fit([t for s in all_splits if s not in fold for t in texts[s]])
        for split in fold:
            gold += veto._renamed([t.gold for t in texts[split]], split)
            with tactic_model(False):
                rows.setdefault("tactic model off", []).extend(
                    veto._renamed(_predict(split), split)
                )
            for t in THRESHOLDS:
                saved, tacticmodel.THRESHOLD = tacticmodel.THRESHOLD, t
                try:
                    with tactic_model(True, models):
                        predicted = _predict(split)
                finally:
                    tacticmodel.THRESHOLD = saved
                rows.setdefault(f"likeliest tactic at p ≥ {t}", []).extend(
                    veto._renamed(predicted, split))  # fmt: skip
    lines = [f"Five folds over the {len(SELECTION)} short splits tnr-fresh59 … 78 "
             f"({len(gold)} texts), the monitor as shipped, pooled:", "", HEAD]  # fmt: skip
    lines += [_row(name, gold, predicted) for name, predicted in rows.items()]
    return "\n".join(lines)


def one_shot(tests: Sequence[str]) -> str:
    """The pre-registered test through the tagger, with the shipped weights."""
    gold = [g for s in tests for g in veto._renamed(
        corpus.read_labels(monitor_blind.CORPUS / s / corpus.LABELS_FILE), s)]  # fmt: skip
    lines = [f"Shipped weights ({tacticmodel.VERSION}, t = {tacticmodel.THRESHOLD}); pooled "
             f"over {len(tests)} splits ({len(gold)} texts):", "", HEAD]  # fmt: skip
    for name, on in (("the monitor, tactic model off", False),
                     ("the monitor as shipped (tactic model on)", True)):  # fmt: skip
        with tactic_model(on):
            predicted = [p for s in tests for p in veto._renamed(_predict(s), s)]
        lines.append(_row(name, gold, predicted))
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> str:
    if argv is None:
        import sys

        argv = sys.argv[1:]
    if list(argv) == ["--write"]:
        return write()
    options = veto.one_shot_options("python -m bench.monitor_tacticmodel", "threshold", float,
                                    "the tactic model's threshold (the shipped THRESHOLD)",
                                    SELECTION, argv)  # fmt: skip
    if options.test:
        if options.threshold != tacticmodel.THRESHOLD:
            options.error(f"--threshold {options.threshold} is not the shipped "
                          f"{tacticmodel.THRESHOLD}")  # fmt: skip
        learned = sorted(set(textmodel.load().splits) & set(options.test))
        if learned:
            options.error(f"the shipped weights were trained on {', '.join(learned)}")
        return one_shot(options.test)
    return selection()


def run(**_ignored: object) -> str:
    return main([])


if __name__ == "__main__":
    print(main())

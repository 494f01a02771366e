"""The text model that vetoes the rules' positives: training it, and what it did (issue 12).

``python -m bench.monitor_textmodel --write`` trains ``amanat/monitor/nlp/textmodel.py``'s
weights on :func:`training_splits` (every labelled split but tnr-heldout, which stays
out-of-sample for the veto, and the blind splits written after the weights, tnr-fresh52 on,
kept for an unread estimate of the monitor with the veto) and writes
``amanat/monitor/nlp/data/text-model.npz``: the weighted buckets, their weights, the bias, the
training split names, the version and a digest of the training texts and labels. The same
corpus gives the same file, byte for byte. The monitor applies it by default
(``AMANAT_MONITOR_TEXTMODEL=0`` turns it off); ``--time`` measures its cost per positive
article.

The model (session 10's; the features are textmodel.py's, shared with this script): a logistic
regression over the text's hashed words and word pairs (Chinese: pairs of characters; CRC-32
into 2^20 buckets; binary features of unit length; words of fewer than two training texts
dropped; C = 10, balanced classes), asked about each article of 60 words or more that the rules
found TNR, its "no" (p < textmodel.THRESHOLD, 0.4 since session 17) vetoing it.

Without ``--write`` it prints session 10's measurement (at its threshold, 0.5):

1. leave-one-split-out over the splits written blind: for each, a model trained on every other
   training split vetoes the rules' positives *as the rules stood before the split was read*
   (the code of the commit that added it, as bench/monitor_blind.py runs it), pooled;
2. a model trained on every training split, on the splits it never saw (:data:`HELD_OUT`),
   beside today's rules.

C and the threshold were chosen on the first table in session 10, and the rule for keeping it
was written down before the second was run: keep it only if, on tnr-fresh16 and tnr-fresh17,
relevance F1 does not drop and more look-alikes are rejected. It lowered relevance F1 there and
was taken out (docs/monitor/learned-models.md, "Session 10: a text model as a veto"); session 15
tested it again on tnr-fresh32 … 35 (``--test``, not kept), and session 17 with twice the data
and t = 0.4 on tnr-fresh44 … 51 (bench/monitor_veto_data.py): kept, the monitor's default.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import time
import zipfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from unittest.mock import patch

import numpy as np

from amanat.monitor.nlp import corpus, normalise, pipeline, textmodel
from amanat.monitor.nlp.textmodel import (  # the monitor's own features, not a copy
    _WORD,
    BITS,
    MIN_WORDS,
    THRESHOLD,
    features,
    tokens,
)
from bench import monitor_blind

__all__ = ["BITS", "MIN_WORDS", "THRESHOLD", "_WORD", "features", "tokens"]

HELD_OUT = ("tnr-heldout", "tnr-fresh16", "tnr-fresh17")  # session 10's measurement
NOT_TRAINED = ("tnr-heldout",)  # the shipped model's held-out split: out-of-sample for the veto
C = 30.0  # session 22: chosen among 3, 10, 30 and 100 on tnr-fresh169 … 184 (learned-models.md)
SESSION_10_THRESHOLD = 0.5  # the threshold of session 10's and session 15's measurements below
_EPOCH = (1980, 1, 1, 0, 0, 0)  # one date for every member of the model file: same bytes twice


# The last split of the shipped weights' day (session 38, `textmodel-13`; `textmodel-12` ended
# at tnr-fresh456, `textmodel-10` at tnr-fresh232, `textmodel-9` at tnr-fresh208, `textmodel-8`
# at tnr-fresh184, `textmodel-7` at tnr-fresh176, session 20's weights at tnr-fresh138, session
# 18's at tnr-fresh78, session 17's at tnr-fresh51). Splits written since (tnr-fresh513 on) are
# blind estimates of the monitor with these weights: trained on, they would be in-sample for it.
LAST_TRAINED = 512
# The word model whose p the decider, nlp/unplaced.py and the story vote were trained on
# (``textmodel.P_SCALE``): its last split, and its weights, kept here so that those benches
# rebuild the shipped files from the same p (the blind splits after it are out of its sample).
P_SCALE_LAST = 232
P_SCALE_FILE = Path(__file__).resolve().parent / "data" / "text-model-10.npz"


def training_splits() -> list[str]:
    """Every labelled split but tnr-heldout (out-of-sample for the veto) and the blind splits
    written after the shipped weights (tnr-fresh52 on): what the shipped weights are trained on."""
    return [s for s in monitor_blind.splits() if s not in NOT_TRAINED and not _later(s)]


@contextmanager
def p_scale() -> Iterator[None]:
    """The tagger with the word model of ``textmodel.P_SCALE`` in place of the shipped one: the
    p the decider, nlp/unplaced.py and the story vote were trained on, on splits that model was
    never trained on. A missing or foreign file stops the bench."""
    try:
        with np.load(P_SCALE_FILE, allow_pickle=False) as data, \
                patch.object(textmodel, "VERSION", textmodel.P_SCALE), \
                patch.object(textmodel, "MODEL", P_SCALE_FILE):  # fmt: skip
            model = textmodel._read(data)
    except (OSError, textmodel.ModelFileError) as exc:
        raise SystemExit(f"{P_SCALE_FILE}: the word model of {textmodel.P_SCALE} ({exc})") from exc
    with patch.object(textmodel, "load", lambda: model):
        yield


def p_scale_splits() -> list[str]:
    """The splits the word model of ``textmodel.P_SCALE`` was trained on, as its file records."""
    with np.load(P_SCALE_FILE, allow_pickle=False) as data:
        return [str(s) for s in data["splits"]]


def _later(split: str) -> bool:
    return monitor_blind.written_after(split, LAST_TRAINED)


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


def digest(train: Sequence[Text]) -> str:
    """SHA-256 of the training texts and their labels, in order: the shipped file is stale when
    the corpus it was trained on has changed (amanat/monitor/tests/test_text_model_veto.py)."""
    found = hashlib.sha256()
    for t in train:
        for part in (t.split, t.file, t.text, "1" if t.gold.is_tnr else "0"):
            found.update(part.encode() + b"\0")
    return found.hexdigest()


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
        if textmodel.word_count(text) < MIN_WORDS:
            return None
        buckets = features(text)
        score = bias + float(dense[np.asarray(buckets, dtype=np.int64)].sum()) / np.sqrt(
            len(buckets)
        )
        return float(1 / (1 + np.exp(-score)))

    return probability


def save(path: Path, arrays: dict[str, np.ndarray]) -> None:
    """np.savez_compressed's format (np.load reads it) with fixed member dates, written to a
    temporary file and moved into place."""
    partial = path.with_name(path.name + ".partial")
    with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, array in arrays.items():
            info = zipfile.ZipInfo(f"{name}.npy", date_time=_EPOCH)
            info.compress_type = zipfile.ZIP_DEFLATED
            with archive.open(info, "w", force_zip64=True) as member:
                np.lib.format.write_array(member, np.asanyarray(array), allow_pickle=False)
    os.replace(partial, path)


def write(path: Path = textmodel.MODEL) -> str:
    """Train on :func:`training_splits` and write the model file the monitor reads."""
    splits = training_splits()
    train = [t for s in splits for t in texts(s)]
    index, weight, bias = fit(train)
    path.parent.mkdir(exist_ok=True)
    save(path, {"index": index, "weight": weight, "bias": np.float64(bias),
                "version": np.array(textmodel.VERSION), "splits": np.array(splits),
                "digest": np.array(digest(train))})  # fmt: skip
    return (f"{len(train)} texts of {len(splits)} splits; {len(index)} weighted buckets; "
            f"{path.stat().st_size} bytes written to {path}")  # fmt: skip


def _vetoed(labels: list[corpus.Label], found: dict[str, Text],
            probability: Callable[[str], float | None],
            threshold: float = SESSION_10_THRESHOLD) -> list[corpus.Label]:  # fmt: skip
    """The predictions with every positive the model says no to turned negative."""
    out = []
    for label in labels:
        p = probability(found[label.file].text) if label.is_tnr else None
        out.append(corpus.Label(label.file, False) if p is not None and p < threshold else label)
    return out


def _row(name: str, gold: list[corpus.Label], predicted: list[corpus.Label]) -> str:
    report = monitor_blind.figures(gold, predicted)
    return f"| {name} | {monitor_blind._cells(report, grouping=False)} |"


def _rules_alone(split: str) -> list[corpus.Label]:
    """Today's predictions of a split without the shipped veto, whatever the switch says."""
    saved, textmodel.ENABLED = textmodel.ENABLED, False
    try:
        return pipeline.predict_folder(corpus.read_folder(monitor_blind.CORPUS / split)).predictions
    finally:
        textmodel.ENABLED = saved


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
        today = _rules_alone(split)
        found = {t.file: t for t in all_texts[split]}
        lines.append(_row(f"{split}, today's rules", labels, today))
        lines.append(_row(f"{split}, + veto", labels,
                          _vetoed(today, found, probability)))  # fmt: skip
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
        today = _rules_alone(split)
        gold += [monitor_blind._renamed(t.gold, split) for t in found.values()]
        rules += [monitor_blind._renamed(label, split) for label in today]
        vetoed += [monitor_blind._renamed(label, split)
                   for label in _vetoed(today, found, probability)]  # fmt: skip
    return "\n".join([
        f"Trained on {len(training)} splits (all but {', '.join([*kept_out, *tests])}); "
        f"pooled over {', '.join(tests)}:", "",
        "| reader | relevance P / R / F1 | look-alikes rejected | tactic F1 | origin |",
        "|---|---|--:|--:|--:|",
        _row("today's rules", gold, rules),
        _row("today's rules + veto", gold, vetoed)])  # fmt: skip


READ = ("tnr-dev", "tnr-blind", "tnr-fresh", *(f"tnr-fresh{n}" for n in range(2, 18)))


def timing(splits: Sequence[str] = READ, rounds: int = 5) -> str:
    """The veto's cost per article the rules found TNR in the read splits: the shipped model
    applied to each, best of ``rounds`` passes, after the model is loaded; and per positive of
    60 words or more (the only ones whose features are computed)."""
    saved, textmodel.ENABLED = textmodel.ENABLED, False
    try:
        positives = [t.text for s in splits for t in texts(s)
                     if pipeline.prepare(t.file, t.text).tagging.is_tnr]  # fmt: skip
        start = time.perf_counter()
        for text in positives:
            pipeline.prepare("x", text)
        whole = (time.perf_counter() - start) / len(positives) * 1e6
    finally:
        textmodel.ENABLED = saved
    textmodel.load()
    long = [t for t in positives if textmodel.word_count(t) >= MIN_WORDS]
    every = min(_pass(positives) for _ in range(rounds)) / len(positives) * 1e6
    read = min(_pass(long) for _ in range(rounds)) / len(long) * 1e6
    return (
        f"{len(splits)} read splits: {len(positives)} positives of the rules, {len(long)} of "
        f"{MIN_WORDS}+ words; the veto costs {every:.1f} µs per positive article, "
        f"{read:.1f} µs per positive of {MIN_WORDS}+ words (best of {rounds} passes); "
        f"the pipeline without it (pipeline.prepare, one pass) {whole:.0f} µs per positive"
    )


def _pass(items: Sequence[str]) -> float:
    start = time.perf_counter()
    for text in items:
        textmodel.vetoes(text)
    return time.perf_counter() - start


def run(**_ignored: object) -> str:
    return measure()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(prog="python -m bench.monitor_textmodel")
    parser.add_argument("--test", nargs="+", metavar="SPLIT",
                        help="one-shot test on these splits (trained on all others but "
                             "tnr-heldout)")  # fmt: skip
    parser.add_argument("--write", action="store_true",
                        help="train on every labelled split but tnr-heldout (and the blind "
                             "splits written since, tnr-fresh52 on) and write the model file "
                             "the monitor ships")  # fmt: skip
    parser.add_argument("--time", action="store_true", help="the veto's cost per positive")
    options = parser.parse_args()
    if options.test:
        try:
            print(one_shot(options.test))
        except ValueError as exc:
            parser.exit(2, f"{exc}\n")
    else:
        print(write() if options.write else timing() if options.time else measure())

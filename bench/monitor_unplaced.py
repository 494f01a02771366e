"""The decider of short reports with no origin read (nlp/unplaced.py, session 30): its training
and its selection run.

``python -m bench.monitor_unplaced`` prints the selection run; ``--write`` writes the shipped
weights (``amanat/monitor/nlp/data/unplaced.json``).

Like the decider of reports with an origin (bench/monitor_decider.py), it weighs the word
model's p, so it learns from the blind splits written after the word model's weights
(tnr-fresh after ``monitor_textmodel.LAST_TRAINED``), here up to :data:`LAST_TRAINED`, every
blind split scored before session 30's test. Retraining the word model makes these splits
in-sample for it: the weights file names the word model it was trained beside, and the tagger
refuses another.

The selection run: leave-one-wave-out over those splits (waves of eight in the order written),
each wave's short reports with no origin decided by weights trained on the other waves, against
the word model's sure rescue it replaces (``unplaced.ENABLED`` off). Pooled relevance F1 and
look-alikes rejected over every text of the splits (a text it is not asked about keeps the
tagger's verdict), per wave and in all.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from unittest.mock import patch

from amanat.monitor.nlp import corpus, decider, normalise, pipeline, textmodel, unplaced
from bench import monitor_blind, monitor_textmodel
from bench.monitor_decider import WAVE, scores

LAST_TRAINED = 368  # session 30: every blind split scored before its test
C = 1.0  # scikit-learn's default, as the decider's


@dataclass(frozen=True)
class Row:
    split: str
    file: str
    gold: bool
    sure: bool  # the verdict with the sure rescue (this model off)
    signals: unplaced.Signals | None  # None: the model is not asked about this text


def training_splits() -> list[str]:
    """The blind splits after the word model's last and up to :data:`LAST_TRAINED`."""
    first = monitor_textmodel.LAST_TRAINED
    blind = [(s, monitor_blind._order(s)) for s in monitor_blind.splits()]
    return [s for s, (stem, n) in blind if stem == "tnr-fresh" and first < n <= LAST_TRAINED]


@contextmanager
def _capturing(found: list[unplaced.Signals | None]) -> Iterator[None]:
    """The tagger with the model's question recorded instead of answered."""

    def record(signals: unplaced.Signals) -> float:
        found[-1] = signals
        return 0.0

    with (
        patch.object(unplaced, "probability", record),
        patch.object(unplaced, "ready", lambda: None),
        patch.object(unplaced, "ENABLED", True),
    ):
        yield


def rows(splits: Sequence[str]) -> list[Row]:
    """Every text of the splits: its label, the sure rescue's verdict and the model's signals."""
    if not textmodel.ENABLED:
        raise SystemExit("the model weighs the word model's p: unset AMANAT_MONITOR_TEXTMODEL")
    found: list[Row] = []
    for split in splits:
        folder = monitor_blind.CORPUS / split
        raw = corpus.read_folder(folder).texts
        for label in corpus.read_labels(folder / corpus.LABELS_FILE):
            text = normalise.decode(raw[label.file]).text
            with patch.object(unplaced, "ENABLED", False):
                sure = pipeline.prepare(label.file, text).tagging.is_tnr
            signals: list[unplaced.Signals | None] = [None]
            with _capturing(signals):
                pipeline.prepare(label.file, text)
            found.append(Row(split, label.file, label.is_tnr, sure, signals[0]))
    return found


def fit(train: Sequence[Row]) -> tuple[dict[str, float], float]:
    """Weights by feature name and the bias: an L2 logistic regression on the asked texts."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    asked = [r.signals for r in train if r.signals is not None]
    vectors = DictVectorizer(sort=True)
    x = vectors.fit_transform([unplaced.features(s) for s in asked])
    gold = [r.gold for r in train if r.signals is not None]
    model = LogisticRegression(C=C, max_iter=5000).fit(x, gold)
    names = vectors.get_feature_names_out()
    weights = {str(n): round(float(w), 6) for n, w in zip(names, model.coef_[0], strict=True)}
    return weights, round(float(model.intercept_[0]), 6)


def _stable(signals: unplaced.Signals | None) -> str:
    """The signals as text the same in every process (sets sorted, p to four places)."""
    if signals is None:
        return "-"
    fields = dataclasses.asdict(signals) | {"p": f"{signals.p:.4f}",
                                            "tactics": sorted(signals.tactics),
                                            "roles": sorted(signals.roles)}  # fmt: skip
    return json.dumps(fields, sort_keys=True)


def digest(train: Sequence[Row]) -> str:
    """SHA-256 of what the weights are trained on (file, label and every signal), in order."""
    found = hashlib.sha256()
    for r in train:
        found.update(f"{r.split}/{r.file}\0{int(r.gold)}\0{_stable(r.signals)}\0".encode())
    return found.hexdigest()


def write(path: Path = unplaced.SHIPPED) -> str:
    splits = training_splits()
    train = rows(splits)
    weights, bias = fit(train)
    payload = {"version": unplaced.VERSION, "textmodel": textmodel.VERSION, "bias": bias,
               "threshold": unplaced.THRESHOLD, "c": C, "splits": splits,
               "texts": sum(r.signals is not None for r in train), "digest": digest(train),
               "weights": dict(sorted(weights.items()))}  # fmt: skip
    path.write_text(json.dumps(payload, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return f"{path}: {payload['texts']} short reports with no origin, of {len(splits)} splits"


def selection() -> str:
    splits = training_splits()
    every = rows(splits)
    waves = [splits[i : i + WAVE] for i in range(0, len(splits), WAVE)]
    decided: dict[tuple[str, str], bool] = {}
    for wave in waves:
        weights, bias = fit([r for r in every if r.split not in wave])
        model = decider.Model(weights, bias, textmodel.VERSION, ())
        for r in every:
            if r.split in wave and r.signals is not None:
                p = decider.score(unplaced.features(r.signals).items(), model)
                decided[(r.split, r.file)] = p >= unplaced.THRESHOLD
    lines = ["| texts | asked | sure rescue F1 | this model F1 | sure rescue rejected | "
             "this model rejected |", "|---|--:|--:|--:|--:|--:|"]  # fmt: skip
    for name, part in [(f"{w[0]} … {w[-1]}", w) for w in waves] + [("all", splits)]:
        chosen = [r for r in every if r.split in part]
        asked = sum(r.signals is not None for r in chosen)
        sure = scores([(r.gold, r.sure) for r in chosen])
        new = scores([(r.gold, decided.get((r.split, r.file), r.sure)) for r in chosen])
        lines.append(f"| {name} ({len(chosen)}) | {asked} | {sure[0]:.4f} | {new[0]:.4f} | "
                     f"{sure[1]}/{sure[2]} | {new[1]}/{new[2]} |")  # fmt: skip
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.monitor_unplaced")
    parser.add_argument("--write", action="store_true", help="write the shipped weights")
    args = parser.parse_args(argv)
    print(write() if args.write else selection())


if __name__ == "__main__":
    main()

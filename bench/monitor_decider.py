"""The decider of short reports (nlp/decider.py, session 27): its training and its selection run.

``python -m bench.monitor_decider`` prints the selection run; ``--write`` writes the shipped
weights (``amanat/monitor/nlp/data/decider.json``).

The decider weighs the rules' readings and the word model's p, so it must learn from texts the
word model was not trained on: its p on them is the p it gives on unseen news. Those are the
blind splits written after the word model's weights (tnr-fresh after
``monitor_textmodel.P_SCALE_LAST``) up to :data:`LAST_TRAINED`, the last split scored before the
decider was chosen. A word model retrained with the same features, C and class weights gives p
on the same scale (``textmodel.P_SCALE``, session 35): the weights stay, and this bench rebuilds
them from that model's p (``monitor_textmodel.p_scale``, its weights kept in bench/data). A word
model of another recipe makes them miscalibrated: the decider must then be retrained on splits
the new model never saw (the weights file names the scale it was trained on, and the tagger
refuses another, nlp/decider.py).

The selection run: leave-one-wave-out over those splits (waves of eight in the order written),
each wave's short reports decided by weights trained on the other waves, against the chain of
thresholds the decider replaces (the tagger with ``decider.ENABLED`` off). Pooled relevance F1
and look-alikes rejected over every text of the splits (a text the decider is not asked about
keeps the chain's verdict), and per wave.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any
from unittest.mock import patch

from amanat.monitor.nlp import corpus, decider, grouping, normalise, pipeline, textmodel
from bench import monitor_blind, monitor_textmodel

LAST_TRAINED = 312  # session 27: every blind split scored before the decider was chosen
WAVE = 8
C = 1.0  # scikit-learn's default; 0.3 … 10 gave the same selection table within 0.002
# The story vote's and the link veto's rows are stories and links as grouping-14 made them,
# which asked the within-language overlap across languages too (grouping-15 asks less,
# grouping.ACROSS_OVERLAP): their benches group so (trained_grouping), and their files stand.
TRAINED_ACROSS_OVERLAP = 0.5


@contextmanager
def trained_grouping() -> Iterator[None]:
    """The grouper as the story vote's and the link veto's weights were trained beside it."""
    with patch.object(grouping, "ACROSS_OVERLAP", TRAINED_ACROSS_OVERLAP):
        yield


@dataclass(frozen=True)
class Row:
    split: str
    file: str
    gold: bool
    chain: bool  # the tagger's verdict with the model off (the decider: the chain of thresholds)
    signals: Any  # the model's Signals; None: the model is not asked about this text


def blind_after_the_word_model(last: int) -> list[str]:
    """The blind splits after the last of the word model whose p these models read
    (``monitor_textmodel.P_SCALE_LAST``) and up to ``last``."""
    first = monitor_textmodel.P_SCALE_LAST
    blind = [(s, monitor_blind._order(s)) for s in monitor_blind.splits()]
    return [s for s, (stem, n) in blind if stem == "tnr-fresh" and first < n <= last]


def training_splits() -> list[str]:
    """The blind splits after the word model's last and up to :data:`LAST_TRAINED`."""
    return blind_after_the_word_model(LAST_TRAINED)


@contextmanager
def _capturing(model: ModuleType, found: list[Any]) -> Iterator[None]:
    """The tagger with the model's question recorded instead of answered (its answer does not
    matter here: only the signals are kept)."""

    def record(signals: object) -> float:
        found[-1] = signals
        return float(model.THRESHOLD)

    with (
        patch.object(model, "probability", record),
        patch.object(model, "ready", lambda: None),
        patch.object(model, "ENABLED", True),
    ):
        yield


def rows(splits: Sequence[str], model: ModuleType = decider) -> list[Row]:
    """Every text of the splits: its label, the tagger's verdict with the model off and the
    model's signals (``model`` is nlp/decider.py or nlp/unplaced.py)."""
    if not textmodel.ENABLED:
        raise SystemExit("the model weighs the word model's p: unset AMANAT_MONITOR_TEXTMODEL")
    with monitor_textmodel.p_scale():  # the p the shipped weights were trained on
        return [row for split in splits for row in _split_rows(split, model)]


def _split_rows(split: str, model: ModuleType) -> list[Row]:
    """One split's rows (:func:`rows`)."""
    found: list[Row] = []
    folder = monitor_blind.CORPUS / split
    raw = corpus.read_folder(folder).texts
    for label in corpus.read_labels(folder / corpus.LABELS_FILE):
        text = normalise.decode(raw[label.file]).text
        with patch.object(model, "ENABLED", False):
            chain = pipeline.prepare(label.file, text).tagging.is_tnr
        signals: list[Any] = [None]
        with _capturing(model, signals):  # preparing tags the text: the question is asked
            pipeline.prepare(label.file, text)
        found.append(Row(split, label.file, label.is_tnr, chain, signals[0]))
    return found


def fit(train: Sequence[Row], features: Callable[[Any], dict[str, float]] = decider.features
        ) -> tuple[dict[str, float], float]:  # fmt: skip
    """Weights by feature name and the bias: an L2 logistic regression on the asked texts."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    asked = [r for r in train if r.signals is not None]
    vectors = DictVectorizer(sort=True)
    x = vectors.fit_transform([features(r.signals) for r in asked])
    model = LogisticRegression(C=C, max_iter=5000).fit(x, [r.gold for r in asked])
    names = vectors.get_feature_names_out()
    weights = {str(n): round(float(w), 6) for n, w in zip(names, model.coef_[0], strict=True)}
    return weights, round(float(model.intercept_[0]), 6)


def digest(train: Sequence[Row]) -> str:
    """SHA-256 of what the weights are trained on (file, label and every signal), in order."""
    found = hashlib.sha256()
    for r in train:
        found.update(f"{r.split}/{r.file}\0{int(r.gold)}\0{_stable(r.signals)}\0".encode())
    return found.hexdigest()


def _stable(signals: Any) -> str:
    """The signals as text the same in every process and on every machine: sets sorted (a
    frozenset's order follows the process's string hashing), p to four places (float32 sums
    may differ in their last bits between CPUs)."""
    if signals is None:
        return "-"
    fields = {name: sorted(value) if isinstance(value, frozenset) else value
              for name, value in dataclasses.asdict(signals).items()}  # fmt: skip
    return json.dumps(fields | {"p": f"{signals.p:.4f}"}, sort_keys=True)


RowsOf = Callable[[Sequence[str], ModuleType], list[Row]]  # how a model's texts are asked


def write_model(model: ModuleType, splits: list[str], what: str, rows_of: RowsOf = rows) -> str:
    """Train ``model`` on the splits' rows (``rows_of``: how its texts are asked) and write
    its shipped weights file."""
    train = rows_of(splits, model)
    weights, bias = fit(train, model.features)
    payload = {"version": model.VERSION, "textmodel": textmodel.P_SCALE, "bias": bias,
               "threshold": model.THRESHOLD, "c": C, "splits": splits,
               "texts": sum(r.signals is not None for r in train), "digest": digest(train),
               "weights": dict(sorted(weights.items()))}  # fmt: skip
    path: Path = model.SHIPPED
    path.write_text(json.dumps(payload, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return f"{path}: {payload['texts']} {what} of {len(splits)} splits"


def write() -> str:
    return write_model(decider, training_splits(), "short reports")


def scores(pairs: Sequence[tuple[bool, bool]]) -> tuple[float, int, int]:
    """Relevance F1, look-alikes (and other non-reports) rejected, and how many there are."""
    tp = sum(g and p for g, p in pairs)
    fp = sum(p and not g for g, p in pairs)
    fn = sum(g and not p for g, p in pairs)
    negatives = sum(not g for g, _ in pairs)
    return 2 * tp / max(1, 2 * tp + fp + fn), negatives - fp, negatives


def selection_of(model: ModuleType, splits: list[str], before: str,
                 rows_of: RowsOf = rows) -> str:  # fmt: skip
    """Leave-one-wave-out: each wave's asked texts decided by weights trained on the others,
    against the tagger with the model off (``before`` names it in the table)."""
    every = rows_of(splits, model)
    waves = [splits[i : i + WAVE] for i in range(0, len(splits), WAVE)]
    decided: dict[tuple[str, str], bool] = {}
    for wave in waves:
        weights, bias = fit([r for r in every if r.split not in wave], model.features)
        trained = decider.Model(weights, bias, textmodel.P_SCALE, ())
        for r in every:
            if r.split in wave and r.signals is not None:
                p = decider.score(model.features(r.signals).items(), trained)
                decided[(r.split, r.file)] = p >= model.THRESHOLD
    lines = [f"| texts | asked | {before} F1 | model F1 | {before} rejected | model rejected |",
             "|---|--:|--:|--:|--:|--:|"]  # fmt: skip
    for name, part in [(f"{w[0]} … {w[-1]}", w) for w in waves] + [("all", splits)]:
        chosen = [r for r in every if r.split in part]
        asked = sum(r.signals is not None for r in chosen)
        chain = scores([(r.gold, r.chain) for r in chosen])
        new = scores([(r.gold, decided.get((r.split, r.file), r.chain)) for r in chosen])
        lines.append(f"| {name} ({len(chosen)}) | {asked} | {chain[0]:.4f} | {new[0]:.4f} | "
                     f"{chain[1]}/{chain[2]} | {new[1]}/{new[2]} |")  # fmt: skip
    return "\n".join(lines)


def selection() -> str:
    return selection_of(decider, training_splits(), "chain")


def cli(prog: str, write: Callable[[], str], selection: Callable[[], str],
        argv: Sequence[str] | None = None) -> None:  # fmt: skip
    """The selection run, or with ``--write`` the shipped weights (both benches' command)."""
    parser = argparse.ArgumentParser(prog=prog)
    parser.add_argument("--write", action="store_true", help="write the shipped weights")
    args = parser.parse_args(argv)
    print(write() if args.write else selection())


def main(argv: Sequence[str] | None = None) -> None:
    cli("python -m bench.monitor_decider", write, selection, argv)


if __name__ == "__main__":
    main()

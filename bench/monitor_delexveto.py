"""A look-alike veto that cannot learn names: a text model on delexicalised text (issue 12).

``python -m bench.monitor_delexveto [--loso] [--set selection|confirmation]`` (session 15). On
unread text the rules take about a third of the look-alikes for TNR. A logistic regression over
hashed words as a veto on the rules' positives (bench/monitor_textmodel.py, session 10) lost
recall on unread splits, and the reason written down then was that the splits share people,
places and states across stories, so a word model learns names as much as acts. This tests
that explanation: the same machinery (hashed words and word pairs, or character 3-5-grams;
logistic regression, balanced classes) on text whose states, places, dates and names are
placeholders (bench/delexicalise.py), beside the same model on the plain text.

- training: only the read splits (:data:`READ`), never tnr-heldout or tnr-fresh18 … 31;
- veto: a text of :data:`MIN_TOKENS` tokens or more that the rules call TNR becomes a
  negative (and loses its tactics) when p(TNR) < threshold; negatives stay negative;
- ``--loso``: leave-one-split-out over the read splits written blind (:data:`FOLDS`), the rules
  there being each split's *blind* predictions (the code of the commit that added it, as
  bench/monitor_blind.py rebuilds them; cached under $DELEXVETO_CACHE), the model trained on
  every other read split, the lower-case vocabulary of the delexicaliser from the same
  training texts. Features, C and the threshold are chosen over :data:`GRID` by pooled
  relevance F1 (three decimals), ties to more look-alikes rejected, then to the lower
  threshold;
- ``--set selection|confirmation``: the model trained on every read split vetoes today's rules
  on tnr-fresh18 … 23 (selection) or tnr-fresh24 … 31 (confirmation); pooled totals only,
  nothing per split or per file is printed or written.

Pre-registered before any unread split was scored (session 15, the commit that sets
:data:`FROZEN`; no change after the first unread score). The leave-one-split-out run (669 texts,
18 folds) chose, by the rule above, the delexicalised veto on character 3-5-grams, C = 100,
threshold 0.2 (relevance F1 0.817 -> 0.829, look-alikes rejected 175 -> 196 of 268); that is
:data:`FROZEN`, the only veto under test. Beside it, as references and not under test
(:data:`REFERENCES`): the plain word veto of session 10 (words, C = 10, t = 0.5), the same
configuration on delexicalised text (the paired test of the names explanation: if names are
why the veto lost recall on unread text, the delexicalised one loses less of it there), and
the best plain veto of the same run (characters, C = 100, t = 0.3). Keep rule: the
delexicalised veto is kept (as an option) only if, on the selection set tnr-fresh18 … 23
pooled, relevance F1 does not fall and look-alikes rejected rise; then confirmed on
tnr-fresh24 … 31 pooled by the same rule. Each set is scored once. The result is in
docs/monitor/learned-models.md ("Session 15: a veto that cannot learn names").
"""

from __future__ import annotations

import argparse
import dataclasses
import itertools
import os
import sys
import zlib
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from amanat.monitor.nlp import corpus, normalise, pipeline
from amanat.monitor.nlp.tagging import Analysis
from bench import delexicalise, monitor_blind, monitor_textmodel

CACHE = Path(os.environ.get("DELEXVETO_CACHE", "/tmp/delexveto"))
FOLDS = ("tnr-blind", "tnr-fresh", *(f"tnr-fresh{n}" for n in range(2, 18)))
READ = ("tnr-dev", *FOLDS)
SETS = {
    "selection": tuple(f"tnr-fresh{n}" for n in range(18, 24)),
    "confirmation": tuple(f"tnr-fresh{n}" for n in range(24, 32)),
}
BITS = 20
MIN_TOKENS = 60  # shorter texts are never vetoed (monitor_textmodel's tokens: Han pairs count)
MIN_TEXTS = 2  # a feature of fewer training texts is dropped
THRESHOLDS = tuple(round(0.1 * n, 1) for n in range(1, 10))
GRID_FEATURES = ("words", "chars")  # the grid of :data:`GRID`, typed apart
GRID_C = (1.0, 10.0, 100.0)
GRID = {"features": GRID_FEATURES, "C": GRID_C}


@dataclass(frozen=True)
class Config:
    text: str  # "plain" or "delex"
    features: str  # "words" or "chars"
    C: float
    threshold: float


SESSION_10 = Config("plain", "words", 10.0, 0.5)  # bench/monitor_textmodel.py's configuration
# Frozen from the --loso run (session 15), before any unread split was scored.
FROZEN = Config("delex", "chars", 100.0, 0.2)  # the veto under test (LOSO's best delexicalised)
REFERENCES = (  # shown beside it on the unread sets, not under test
    ("plain word veto, session 10's configuration", SESSION_10),
    ("delexicalised word veto, session 10's configuration", Config("delex", "words", 10.0, 0.5)),
    ("plain veto, LOSO's best", Config("plain", "chars", 100.0, 0.3)),
)


@dataclass
class Doc:
    split: str
    file: str
    text: str  # cleaned as the tagger reads it
    gold: corpus.Label
    analysis: Analysis | None  # the monitor's reading (None: not an article, nothing masked)


def docs(split: str) -> list[Doc]:
    """A split's texts with their labels and the monitor's own analysis of each."""
    found = []
    for t in monitor_textmodel.texts(split):
        try:
            prepared = pipeline.prepare(t.file, t.text)
        except normalise.BadInput:
            found.append(Doc(split, t.file, t.text, t.gold, None))
            continue
        found.append(Doc(split, t.file, prepared.text, t.gold, prepared.analysis))
    return found


def strings(text: str, items: Sequence[Doc], lower: Counter[str]) -> list[str]:
    """What the model reads: the plain text or the delexicalised text."""
    if text == "plain":
        return [d.text for d in items]
    return [delexicalise.delexicalise(d.text, d.analysis, lower) for d in items]


def word_grams(text: str) -> list[str]:
    """monitor_textmodel's words (Han: character pairs) and adjacent pairs; a placeholder is one
    word."""
    words: list[str] = []
    position = 0
    for match in delexicalise.PLACEHOLDER.finditer(text):
        words += [*monitor_textmodel.tokens(text[position : match.start()]), match.group(0)]
        position = match.end()
    words += monitor_textmodel.tokens(text[position:])
    return words + [f"{a} {b}" for a, b in itertools.pairwise(words)]


_PRIVATE = 0xE000


def one_character_placeholders(text: str) -> str:
    """Each placeholder as one private-use character, so that character n-grams see it once."""

    def one(match: Any) -> str:
        return chr(_PRIVATE + zlib.crc32(match.group(0).encode()) % 4096)

    return delexicalise.PLACEHOLDER.sub(one, text)


def vectoriser(features: str) -> Any:
    from sklearn.feature_extraction.text import HashingVectorizer

    common = {"n_features": 1 << BITS, "alternate_sign": False, "binary": True, "norm": None}
    if features == "words":
        return HashingVectorizer(analyzer=word_grams, **common)
    return HashingVectorizer(analyzer="char_wb", ngram_range=(3, 5), lowercase=True,
                             preprocessor=one_character_placeholders, **common)  # fmt: skip


def matrices(features: str, train: list[str], test: list[str]) -> tuple[Any, Any]:
    """Binary hashed features, those of fewer than MIN_TEXTS training texts dropped, rows of
    unit length."""
    from sklearn.preprocessing import normalize

    hashing = vectoriser(features)
    x_train, x_test = hashing.transform(train).tocsr(), hashing.transform(test).tocsr()
    kept = np.flatnonzero(np.bincount(x_train.indices, minlength=1 << BITS) >= MIN_TEXTS)
    x_train, x_test = x_train[:, kept], x_test[:, kept]
    return normalize(x_train.tocsr()), normalize(x_test.tocsr())


def p_tnr(x_train: Any, y: Sequence[bool], x_test: Any, c: float) -> np.ndarray:
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=c, class_weight="balanced", max_iter=5000).fit(x_train, list(y))
    return model.predict_proba(x_test)[:, list(model.classes_).index(True)]


def vocabulary(items: Sequence[Doc]) -> Counter[str]:
    return delexicalise.vocabulary(d.text for d in items)


def long_enough(text: str) -> bool:
    return len(monitor_textmodel.tokens(text)) >= MIN_TOKENS


def veto(labels: Sequence[corpus.Label], p: dict[str, float | None],
         t: float) -> list[corpus.Label]:  # fmt: skip
    """A positive stays TNR unless its text is long enough and p(TNR) < t; a vetoed one loses
    its tactics. Negatives stay."""
    out = []
    for label in labels:
        chance = p.get(label.file)
        vetoed = label.is_tnr and chance is not None and chance < t
        out.append(dataclasses.replace(label, is_tnr=False, tactics=()) if vetoed else label)
    return out


def probabilities(text: str, features: str, cs: Sequence[float], train: Sequence[Doc],
                  test: Sequence[Doc]) -> dict[float, dict[str, float | None]]:  # fmt: skip
    """For each C, p(TNR) of every long-enough test text (None for the short ones)."""
    lower = vocabulary(train)
    x_train, x_test = matrices(features, strings(text, train, lower), strings(text, test, lower))
    y = [d.gold.is_tnr for d in train]
    out: dict[float, dict[str, float | None]] = {}
    for c in cs:
        p = p_tnr(x_train, y, x_test, c)
        out[c] = {d.file: float(q) if long_enough(d.text) else None
                  for d, q in zip(test, p, strict=True)}  # fmt: skip
    return out


def blind(split: str) -> list[corpus.Label]:
    """The split's predictions by the code of the commit that added it, cached."""
    return monitor_blind.cached_blind(split, CACHE)


Pooled = list[tuple[str, list[corpus.Label]]]


def _pool(parts: Pooled) -> list[corpus.Label]:
    return [monitor_blind._renamed(label, split) for split, labels in parts for label in labels]


def cells(gold: Pooled, predicted: Pooled) -> tuple[str, float, int]:
    """The pooled row's cells, its relevance F1 and its look-alikes rejected."""
    report = monitor_blind.figures(_pool(gold), _pool(predicted))
    return (monitor_blind._cells(report, grouping=False), report["relevance"]["f1"],
            report["rejected"][0])  # fmt: skip


HEAD = ["| {} | relevance P / R / F1 | look-alikes rejected | tactic F1 | origin |",
        "|---|---|--:|--:|--:|"]  # fmt: skip
Probabilities = dict[tuple[str, str, float], dict[str, dict[str, float | None]]]


def loso_probabilities(data: dict[str, list[Doc]]) -> Probabilities:
    """(text, features, C) -> split -> file -> p(TNR), each fold's model trained without it."""
    found: Probabilities = {}
    for split in FOLDS:
        train = [d for s in READ if s != split for d in data[s]]
        for text, features in itertools.product(("plain", "delex"), GRID_FEATURES):
            by_c = probabilities(text, features, GRID_C, train, data[split])
            for c, p in by_c.items():
                found.setdefault((text, features, c), {})[split] = p
        print(f"  fold {split} done", file=sys.stderr, flush=True)
    return found


def choose(rows: Sequence[tuple[Config, float, int]]) -> Config:
    """Best F1 to three decimals, ties to more look-alikes rejected, then the lower threshold."""
    return max(rows, key=lambda row: (round(row[1], 3), row[2], -row[0].threshold))[0]


def loso(data: dict[str, list[Doc]]) -> str:
    gold: Pooled = [(s, [d.gold for d in data[s]]) for s in FOLDS]
    rules: Pooled = [(s, blind(s)) for s in FOLDS]
    found = loso_probabilities(data)

    def vetoed(config: Config) -> tuple[str, float, int]:
        key = (config.text, config.features, config.C)
        return cells(gold, [(s, veto(labels, found[key][s], config.threshold))
                            for s, labels in rules])  # fmt: skip

    scored: dict[str, list[tuple[Config, float, int]]] = {"plain": [], "delex": []}
    sweep = []
    for (text, features, c), t in itertools.product(found, THRESHOLDS):
        config = Config(text, features, c, t)
        row, f1, rejected = vetoed(config)
        scored[text].append((config, f1, rejected))
        sweep.append(f"| {text}, {features}, C = {c:g}, t = {t:.1f} | {row} |")
    best = {text: choose(rows) for text, rows in scored.items()}
    texts = sum(len(data[s]) for s in FOLDS)
    lines = [f"Leave-one-split-out over the {len(FOLDS)} read splits written blind ({texts} "
             "texts; rules = each split's blind code; model trained on the other read splits; "
             "pooled):", "", HEAD[0].format("reader"), HEAD[1],
             f"| rules, blind | {cells(gold, rules)[0]} |",
             f"| + plain word veto, session 10's {_name(SESSION_10)} | {vetoed(SESSION_10)[0]} |",
             f"| + plain veto, best: {_name(best['plain'])} | {vetoed(best['plain'])[0]} |",
             f"| + delexicalised veto, best: {_name(best['delex'])} | "
             f"{vetoed(best['delex'])[0]} |", "",
             f"chosen: plain {best['plain']}, delex {best['delex']}", "",
             "Every configuration:", "", HEAD[0].format("veto"), HEAD[1], *sweep]  # fmt: skip
    return "\n".join(lines)


def _name(config: Config) -> str:
    return f"{config.features}, C = {config.C:g}, t = {config.threshold:.1f}"


def unread(data: dict[str, list[Doc]], name: str) -> str:
    """Today's rules and the frozen vetoes on one unread set: pooled totals only."""
    splits = SETS[name]
    train = [d for s in READ for d in data[s]]
    tests = [d for s in splits for d in data[s]]
    gold: Pooled = [(s, [d.gold for d in data[s]]) for s in splits]
    today: Pooled = [(s, pipeline.predict_folder(corpus.read_folder(monitor_blind.CORPUS / s))
                      .predictions) for s in splits]  # fmt: skip
    before, f1_before, rejected_before = cells(gold, today)
    lines = [f"{name}: {len(splits)} unread splits, {len(tests)} texts, pooled totals only; "
             f"vetoes trained on the {len(READ)} read splits ({len(train)} texts):", "",
             HEAD[0].format("reader"), HEAD[1], f"| today's rules | {before} |"]  # fmt: skip
    verdict = ""
    for label, config in (*REFERENCES, ("delexicalised veto, under test", FROZEN)):
        p = probabilities(config.text, config.features, [config.C], train, tests)[config.C]
        after, f1, rejected = cells(gold, [(s, veto(labels, p, config.threshold))
                                           for s, labels in today])  # fmt: skip
        lines.append(f"| + {label}: {_name(config)} | {after} |")
        if config is FROZEN:
            kept = f1 >= f1_before and rejected > rejected_before
            verdict = "passes" if kept else "fails"
    return "\n".join([*lines, "", f"keep rule on {name}: the delexicalised veto {verdict}"])


def measure(run_loso: bool, sets: Sequence[str]) -> str:
    needed = list(READ) + [s for name in sets for s in SETS[name]]
    data = {s: docs(s) for s in needed}
    out = [loso(data)] if run_loso else []
    out += [unread(data, name) for name in sets]
    return "\n\n".join(out)


def main(argv: Sequence[str] | None = None,
         report: Callable[[str], None] = print) -> int:  # fmt: skip
    parser = argparse.ArgumentParser(prog="python -m bench.monitor_delexveto",
                                     description=__doc__.splitlines()[0])  # fmt: skip
    parser.add_argument("--loso", action="store_true",
                        help="leave-one-split-out over the read splits (the default)")  # fmt: skip
    parser.add_argument("--set", choices=sorted(SETS), action="append", default=[],
                        help="the frozen veto, once, on an unread set (pooled)")  # fmt: skip
    options = parser.parse_args(argv)
    report(measure(options.loso or not options.set, options.set))
    return 0


def run(**_ignored: object) -> str:
    return measure(True, [])


if __name__ == "__main__":
    sys.exit(main())

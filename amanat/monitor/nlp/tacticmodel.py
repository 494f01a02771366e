"""A tactic for a report the rules found no act in: one word model per tactic (session 18).

A report can be found without a tactic: a short report the text model rescued (its act was in
words the tactic rules do not read), or one that names transnational repression itself. Such a
report counts against the tactic bar in full: each of its tactics is missed. So for a report
found with no tactic, a logistic regression per tactic over the same hashed words and word pairs
as the text model (nlp/textmodel.py) and the beginnings of longer words (:data:`PREFIX`),
trained on the true reports of every labelled split the text model was trained on, names the
likeliest tactic, if its p reaches :data:`THRESHOLD`.
Micro-F1 rises with an added tactic whenever the added ones are right more often than about
F1 / (2 − F1) ≈ 0.4 of the time; it is never asked about a report that has a tactic.

Each tactic's weights are sparse (bucket, weight) arrays (``data/tactic-model.npz``, written by
``python -m bench.monitor_tacticmodel --write``). The evidence is the sentence whose own words
weigh most for the tactic; the rule names the model, its version and p. Switched with the text
model (``AMANAT_MONITOR_TEXTMODEL``).
"""

from __future__ import annotations

import math
from collections.abc import Collection
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import numpy as np

from amanat.monitor.nlp import textmodel

VERSION = "tacticmodel-12"  # 12: retrain to 512; 11: word beginnings (PREFIX); 9: not kept
# Session 25 raised the bars (0.3 → 0.4, 0.6 → 0.7): once a story's reports share their tactics
# (story_reading.py), a tactic the model adds to one telling reaches them all.
THRESHOLD = 0.4  # a report found with no tactic gets the likeliest at this p or more
DROP = 0.3  # a rules' tactic of a report the model reads, under this p, is dropped (session 20)
ADD = 0.7  # the likeliest tactic the rules lack, at this p or more, is added (session 20, 25)
# Besides the words and word pairs, the first PREFIX letters of every longer word (session 37,
# ``tacticmodel-11``): a tactic is told in inflected forms, and the model learns each form
# apart from too few reports (tehdit, tehdidi, tehditler; угрозы, угрозами; threatened,
# threats). Chosen among 4 … 7 on read splits (docs/monitor/learned-models.md); 0: words only,
# as every model before tacticmodel-11 was trained.
PREFIX = 5
SHIPPED = Path(__file__).resolve().parent / "data" / "tactic-model.npz"
REBUILD = "python -m bench.monitor_tacticmodel --write"


@dataclass(frozen=True)
class Tactics:
    """Every tactic's weights over one shared sorted array of buckets (a bucket no tactic
    weighs is not stored): ``weights[i]`` is the tactic ``codes[i]``'s row."""

    codes: tuple[str, ...]
    index: np.ndarray
    weights: np.ndarray
    biases: np.ndarray
    # Derived when the model is loaded (before the workers fork, so their pages are shared):
    # each bucket's row of the weights laid out bucket by bucket, the last row (zeros) where no
    # tactic weighs it, so that a text's sums are one lookup and one gather (the reread asks
    # them of every report).
    rows: np.ndarray = field(init=False, repr=False, compare=False)
    by_bucket: np.ndarray = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        rows = np.full(1 << textmodel.BITS, self.index.size, dtype=np.int32)
        rows[self.index] = np.arange(self.index.size, dtype=np.int32)
        by_bucket = np.zeros((self.index.size + 1, len(self.codes)), dtype=np.float32)
        by_bucket[:-1] = self.weights.T
        object.__setattr__(self, "rows", rows)
        object.__setattr__(self, "by_bucket", by_bucket)

    def raw(self, buckets: np.ndarray) -> np.ndarray:
        """Each tactic's sum of the weights of the buckets present."""
        if not buckets.size:
            return np.zeros(len(self.codes))
        return self.by_bucket[self.rows[buckets]].sum(axis=0, dtype=np.float64)


@dataclass(frozen=True)
class Guess:
    code: str
    p: float
    sentence: str


def _broken(why: str) -> textmodel.ModelFileError:
    return textmodel.ModelFileError(f"tactic model {SHIPPED}: {why}; rebuild it with `{REBUILD}`")


@cache
def load() -> Tactics:
    """The shipped tactics, read once per process; a missing or foreign file raises."""
    try:
        with np.load(SHIPPED, allow_pickle=False) as data:
            if "version" not in data.files or str(data["version"]) != VERSION:
                raise _broken(f"not written as {VERSION!r}")
            found = Tactics(tuple(str(code) for code in data["codes"]),
                            data["index"].astype(np.int64), data["weights"],
                            data["biases"].astype(np.float64))  # fmt: skip
    except FileNotFoundError:
        raise _broken("missing") from None
    except textmodel.ModelFileError:
        raise
    except Exception as exc:  # any reading failure (zip, npy, a missing array) is one error
        raise _broken(f"unreadable ({type(exc).__name__}: {exc})") from exc
    if found.weights.shape != (len(found.codes), found.index.size) or found.biases.shape != (
        len(found.codes),
    ):
        raise _broken("the arrays differ in shape")
    return found


def ready() -> None:
    """Load the tactics now if the text model is on (``tagging.warm_up`` and every command that
    tags): a missing or foreign file stops it at start."""
    if textmodel.ENABLED:
        load()


def features(text: str) -> np.ndarray:
    """The sorted buckets the model reads: the text model's words and word pairs, and the
    beginnings of the longer words (:data:`PREFIX`)."""
    return textmodel._buckets(textmodel.tokens(text), PREFIX)


def likeliest(text: str, sentences: list[str]) -> Guess | None:
    """The tactic the words of the whole text make likeliest, with the sentence that weighs
    most for it; None under :data:`THRESHOLD` or without sentences."""
    tactics = load()
    if not sentences or not tactics.codes:
        return None
    buckets = features(text)
    norm = math.sqrt(max(1, buckets.size))  # each text's vector has unit length, as trained
    scores = tactics.biases + tactics.raw(buckets) / norm
    best = int(np.argmax(scores))
    p = 1.0 / (1.0 + math.exp(min(-float(scores[best]), 700.0)))
    if p < THRESHOLD:
        return None
    return Guess(tactics.codes[best], p, _weighing_most(tactics, best, sentences))


def _weighing_most(tactics: Tactics, best: int, sentences: list[str]) -> str:
    """The sentence whose own words weigh most for the tactic ``best`` (the first of equals)."""
    weighed = [(float(tactics.raw(features(sentence))[best]), -i)
               for i, sentence in enumerate(sentences)]  # fmt: skip
    _weight, at = max(weighed)
    return sentences[-at]


@dataclass(frozen=True)
class Change:
    dropped: frozenset[str]
    added: Guess | None


def reread(
    text: str, sentences: list[str], found: Collection[str], named: set[str]
) -> Change | None:
    """The model's reading of the tactics the rules found in a report it reads (a short report
    or a long text, textmodel.reading): the rules' tactics it gives p under :data:`DROP` are
    dropped, though never the last one (the likeliest of them stays), and the likeliest tactic
    the rules lack is added at p ≥ :data:`ADD`, unless a rule named it and a veto dropped it as
    not done (``named``). None when nothing changes or the model abstains."""
    read = textmodel.reading(text)
    if read is None or not sentences or not found:
        return None
    tactics = load()
    buckets = textmodel.with_beginnings(read[1], read[2], PREFIX)  # the words hashed once
    scores = tactics.biases + tactics.raw(buckets) / math.sqrt(max(1, buckets.size))
    p = {code: 1.0 / (1.0 + math.exp(min(-score, 700.0)))
         for code, score in zip(tactics.codes, scores.tolist(), strict=True)}  # fmt: skip
    kept = {code for code in found if p.get(code, 1.0) >= DROP}  # a tactic with no model stays
    if not kept:
        kept = {max(sorted(found), key=lambda code: p.get(code, 1.0))}
    lacking = [(chance, code) for code, chance in p.items()
               if code not in kept and code not in found and code not in named]  # fmt: skip
    added = None
    if lacking and max(lacking)[0] >= ADD:
        chance, code = max(lacking)
        best = tactics.codes.index(code)
        added = Guess(code, chance, _weighing_most(tactics, best, sentences))
    if kept == set(found) and added is None:
        return None
    return Change(frozenset(set(found) - kept), added)

"""A second reader of the rules' positives: a linear model over the words of the whole text.

On text nobody had read, the rules take a third of the look-alikes for transnational
repression (bench/monitor_blind.py: 156 of 236 rejected over 16 blind splits), and every
round of vetoes written on one split changed nothing on the next. A look-alike usually reads
as one as a whole — a trial at home, a lawful extradition, a diplomatic row — even where one
of its sentences carries a tactic the rules read. So a logistic regression over the text's
words and word pairs (Chinese: pairs of characters), trained on every labelled split but the
held-out ones (``scripts/train_text_model.py``), is asked about each article the rules found
TNR, and its "no" (probability under :data:`THRESHOLD`) vetoes it. It never makes an article
TNR: without the rules there is no origin state and no tactic to report.

The features are hashed (CRC-32, 2^20 buckets) so the model is one array of weights and no
vocabulary; words seen in fewer than two training texts carry no weight. Articles under
:data:`MIN_WORDS` words are left to the rules: the model was trained and measured on news
texts of 80–250 words, not on headlines or the one-sentence examples of the rules' tests.
"""

from __future__ import annotations

import itertools
import math
import re
import zlib
from functools import cache
from pathlib import Path

import numpy as np

VERSION = "textmodel-1"
BITS = 20
THRESHOLD = 0.5
MIN_WORDS = 60
MODEL = Path(__file__).resolve().parent / "data" / "text-model.npz"

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
    """The sorted hashed buckets of the text's words and adjacent word pairs (present or not:
    how often a word recurs says little in an article this short)."""
    words = tokens(text)
    grams = set(words)
    grams.update(f"{a} {b}" for a, b in itertools.pairwise(words))
    mask = (1 << BITS) - 1
    return sorted({zlib.crc32(gram.encode()) & mask for gram in grams})


@cache
def _weights() -> tuple[np.ndarray, float] | None:
    """The trained weights as one dense array (4 MiB), or None without a model file."""
    if not MODEL.exists():
        return None
    with np.load(MODEL) as data:
        dense = np.zeros(1 << BITS, dtype=np.float32)
        dense[data["index"]] = data["weight"]
        return dense, float(data["bias"])


def probability(text: str) -> float | None:
    """The model's probability that the text reports transnational repression; None when it
    abstains (a short text, or no model file)."""
    model = _weights()
    if model is None or len(_WORD.findall(text)) < MIN_WORDS:
        return None
    dense, bias = model
    buckets = features(text)
    if not buckets:
        return None
    # Each text's feature vector has unit length (binary features divided by √n), as trained.
    score = bias + float(dense[np.asarray(buckets, dtype=np.int64)].sum()) / math.sqrt(len(buckets))
    return 1.0 / (1.0 + math.exp(-score))


def vetoes(text: str) -> float | None:
    """The probability, when it is low enough to veto the rules' positive; else None."""
    p = probability(text)
    return p if p is not None and p < THRESHOLD else None

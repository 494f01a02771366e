"""A second reader of the rules' decisions: a linear model over the words of the whole text.

On text nobody had read, the rules take about a third of the look-alikes for transnational
repression, and rules written on one split rarely carry to the next. A look-alike usually reads
as one as a whole (a trial at home, a lawful extradition, a row between states) even where one
of its sentences carries a tactic the rules read. So a logistic regression over the text's
words and word pairs (Chinese: pairs of characters) is asked about each article of
:data:`MIN_WORDS` words or more that the rules found TNR, and its "no" (p(TNR) under
:data:`THRESHOLD`) vetoes it.

Short reports (session 18): in texts of :data:`SHORT_FLOOR` to :data:`MIN_WORDS` words (a
Chinese character counting as half a word, :func:`short_size`) the rules find only about half
the true reports, because a short report names its act in a few words the tactic rules do not
read. There the model vetoes only a firmer "no" (p under :data:`SHORT_THRESHOLD`), and its "yes"
(p ≥ :data:`RESCUE`) makes a rules' negative TNR when the rules found the origin state and
people abroad (nlp/tagging.py); where a look-alike gate turned the report down, only a surer
"yes" (p ≥ :data:`GATE_RESCUE`, session 21) overrules it. The rescued report carries the
origin, hosts and any tactic the rules read. Where the rules read no origin state at all, a
"yes" beyond doubt (p ≥ :data:`SURE_RESCUE`, session 25) makes a short text a report with no
origin, and the tactic model gives its tactic. Snippets under :data:`SHORT_FLOOR` words, the
one-sentence examples of the rules' tests among them, are never read. Since session 27 the
veto and the rescues of a short report with an origin read are decided by nlp/decider.py,
which weighs this model's p with the rules' readings; these thresholds decide there only with
the decider switched off (``AMANAT_MONITOR_DECIDER=0``). Likewise, since session 30 a short
report with no origin read is decided by nlp/unplaced.py, and :data:`SURE_RESCUE` decides it
only with that switched off (``AMANAT_MONITOR_UNPLACED=0``).

History (docs/monitor/learned-models.md): session 10's veto, restored in session 15 behind a
switch, made the default in session 17 after its pre-registered test (tnr-fresh44 … 51:
relevance F1 0.798 → 0.805, look-alikes rejected 82 → 96 of 128); the short reports' reading
chosen in session 18 on the 20 short splits tnr-fresh59 … 78 and tested on tnr-fresh79 … 86.
The features are hashed (CRC-32 into 2^20 buckets, present or not, each text's vector of unit
length), so the model is one array of weights and no vocabulary. The shipped weights
(``data/text-model.npz``) are trained on every labelled split up to tnr-fresh512 but tnr-heldout
(20,801 texts, C = 30, session 38; ``LAST_TRAINED`` in bench/monitor_textmodel.py), so
tnr-heldout and the splits written since stay out-of-sample, by ``python -m
bench.monitor_textmodel --write`` (scikit-learn, a dev dependency); applying them needs numpy
only. The switch is read once, at import, from ``AMANAT_MONITOR_TEXTMODEL`` (``1`` or ``0``;
unset: :data:`DEFAULT`); changing it changes the tagger's VERSION, so stored articles are
tagged again. ``tagging.warm_up`` loads the weights before workers fork, so a missing or
foreign file fails there, at start.
"""

from __future__ import annotations

import itertools
import math
import os
import re
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

import numpy as np

VERSION = "textmodel-13"  # 11 was session 25's retrain up to tnr-fresh248, not kept
# The word model whose p, read on blind splits it was never trained on, the decider,
# nlp/unplaced.py and the story vote were trained on. A retrain with the same features, C, class
# weights and thresholds gives p on the same scale and keeps this (sessions 35 and 38: trained
# up to tnr-fresh456, then 512, tested beside those models' weights); a change of any of those
# changes the scale, and the three models must then be retrained (their files name this,
# nlp/decider.py).
P_SCALE = "textmodel-10"
BITS = 20
THRESHOLD = 0.4
MIN_WORDS = 60
# A short report (session 18, docs/monitor/learned-models.md): SHORT_FLOOR to MIN_WORDS words, a
# Chinese character counting as half a word (short_size). The floor is where the blind short
# splits the reading was chosen and tested on begin (25-55 words); the rules' one-sentence
# test examples stay under it.
SHORT_FLOOR = 25
SHORT_THRESHOLD = 0.3
RESCUE = 0.5
GATE_RESCUE = 0.7  # a report a look-alike gate turned down (session 21)
SURE_RESCUE = 0.85  # a short report with no origin read, nlp/unplaced.py off (session 25)
SHIPPED = Path(__file__).resolve().parent / "data" / "text-model.npz"
REBUILD = "python -m bench.monitor_textmodel --write"
SWITCH = "AMANAT_MONITOR_TEXTMODEL"
# Another weights file in the shipped format, for measuring a model trained on other splits
# through the tagger itself (the same features, threshold and floor), never needed to run.
MODEL_FILE = "AMANAT_MONITOR_TEXTMODEL_FILE"
MODEL = Path(os.environ.get(MODEL_FILE) or SHIPPED)
DEFAULT = True  # the veto without AMANAT_MONITOR_TEXTMODEL: on since session 17's test

_WORD = re.compile(r"\w+")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_MASK = (1 << BITS) - 1
_PREFIX_MARK = "\x01"  # a word's beginning is hashed after this character, apart from words


def read_switch(name: str, value: str | None, default: bool) -> bool:
    """An environment switch of the monitor's models (this one, nlp/decider.py): unset means
    ``default``; anything but 1 or 0 is refused, so a typo never silently runs the monitor
    the other way."""
    if value is None or value == "":
        return default
    if value not in ("0", "1"):
        raise ValueError(f"{name} must be 1 or 0, not {value!r}")
    return value == "1"


def _switch(value: str | None) -> bool:
    """The environment's word on the veto (:func:`read_switch`)."""
    return read_switch(SWITCH, value, DEFAULT)


ENABLED: bool = _switch(os.environ.get(SWITCH))


class ModelFileError(RuntimeError):
    """The model file is missing or not what this code writes: the veto cannot run."""


def word_count(text: str) -> int:
    """Words as the length floor counts them (a run of Chinese characters is one word)."""
    return len(_WORD.findall(text))


def short_size(text: str) -> float | None:
    """The text's size in words when it reads as a short report (:data:`SHORT_FLOOR` words or
    more, under :data:`MIN_WORDS`), a Chinese character counting as half a word; else None.
    A run of Chinese characters is one word to :func:`word_count`, so a Chinese article of 300
    characters counts as a dozen words there: here it is 150, too long to be short."""
    words = _WORD.findall(text)
    if len(words) >= MIN_WORDS:
        return None
    han = sum(len(run) for run in _HAN.findall(text))
    size = sum(_HAN.search(word) is None for word in words) + han / 2
    return size if SHORT_FLOOR <= size < MIN_WORDS else None


def _han_pairs(words: list[str]) -> list[str]:
    found: list[str] = []
    for word in words:
        runs = _HAN.findall(word)
        if not runs:
            found.append(word)
            continue
        for run in runs:
            found += [run[i : i + 2] for i in range(len(run) - 1)] or [run]
    return found


def _read_words(text: str) -> tuple[int, list[str]]:
    """:func:`word_count` and :func:`tokens` from one pass of the word pattern. Lower-casing
    keeps every character's being a word character and its length, except U+0130 (İ → i and a
    combining dot, which splits a word): checked over every code point in session 15, so the
    words of the lower-cased text are counted unless the text holds an İ."""
    lowered = text.lower()
    words = _WORD.findall(lowered)
    count = len(words) if "\u0130" not in text else word_count(text)
    if _HAN.search(lowered) is None:
        return count, words  # no Chinese: every word is a token
    return count, _han_pairs(words)


def tokens(text: str) -> list[str]:
    """Lower-cased words; a run of Chinese characters becomes its overlapping pairs."""
    return _read_words(text)[1]


def _buckets(words: list[str], prefix: int = 0) -> np.ndarray:
    """The sorted distinct buckets of the words and adjacent word pairs, and with ``prefix``
    the beginnings of the longer words (:func:`prefix_buckets`). Every gram is hashed, repeats
    too, by ``map`` in C, and the repeated buckets dropped after sorting: a third faster than a
    set of the grams and a set of their buckets (the same buckets)."""
    cut = _beginnings(words, prefix)
    grams = itertools.chain(words, map(" ".join, itertools.pairwise(words)), cut)
    return _distinct(_hashes(grams, max(0, 2 * len(words) - 1) + len(cut)))


def _hashes(grams: Iterable[str], count: int) -> np.ndarray:
    """Each gram's CRC-32, repeats too, computed by ``map`` in C."""
    return np.fromiter(map(zlib.crc32, map(str.encode, grams)), dtype=np.int64, count=count)


def _distinct(found: np.ndarray) -> np.ndarray:
    """The hashes as sorted distinct buckets (in place: ``found`` is the caller's scratch)."""
    found &= _MASK
    found.sort()
    distinct = np.empty(found.size, dtype=bool)
    distinct[:1] = True
    np.not_equal(found[1:], found[:-1], out=distinct[1:])
    return found[distinct]


def _beginnings(words: list[str], size: int) -> list[str]:
    """The first ``size`` letters of each longer word, marked (none for ``size`` 0)."""
    if size <= 0:
        return []
    return [_PREFIX_MARK + word[:size] for word in words if len(word) > size]


def prefix_buckets(words: list[str], size: int) -> np.ndarray:
    """The sorted distinct buckets of the first ``size`` letters of each word longer than that
    (none for ``size`` 0), hashed apart from whole words: one feature for threatened, threats
    and threatening, for Turkish tehdit, tehdidi and tehditler, for Russian угрозы and угрозами
    (the tactic model, nlp/tacticmodel.py)."""
    cut = _beginnings(words, size)
    return _distinct(_hashes(cut, len(cut)))


def with_beginnings(buckets: np.ndarray, words: list[str], size: int) -> np.ndarray:
    """``buckets`` (the words' and pairs', sorted distinct) and the beginnings of ``words``: the
    buckets :func:`_buckets` gives with ``prefix``, the words hashed only once."""
    cut = _beginnings(words, size)
    return _distinct(np.concatenate((buckets, _hashes(cut, len(cut))))) if cut else buckets


def features(text: str) -> list[int]:
    """The sorted hashed buckets of the text's words and adjacent word pairs (present or not:
    how often a word recurs says little in an article this short)."""
    return _buckets(tokens(text)).tolist()


@dataclass(frozen=True)
class Model:
    """The weights as one dense array (4 MiB of float32), the bias and what it was trained on."""

    dense: np.ndarray
    bias: float
    splits: tuple[str, ...]


def _broken(why: str) -> ModelFileError:
    return ModelFileError(f"text model {MODEL}: {why}; rebuild it with `{REBUILD}`")


def _read(data: np.lib.npyio.NpzFile) -> Model:
    """Check every array the file must hold before trusting any of them."""
    missing = {"index", "weight", "bias", "version", "splits"} - set(data.files)
    if missing:
        raise _broken(f"no {', '.join(sorted(missing))} in the file")
    version = str(data["version"])
    if version != VERSION:
        raise _broken(f"written as {version!r}, this code reads {VERSION!r}")
    index, weight = data["index"], data["weight"]
    if index.ndim != 1 or index.shape != weight.shape:
        raise _broken("index and weight arrays differ in shape")
    if index.size and (int(index.min()) < 0 or int(index.max()) > _MASK):
        raise _broken(f"bucket indices outside 0 … 2^{BITS}")
    dense = np.zeros(1 << BITS, dtype=np.float32)
    dense[index.astype(np.int64)] = weight
    return Model(dense, float(data["bias"]), tuple(str(s) for s in data["splits"]))


@cache
def load() -> Model:
    """The shipped model, read once per process; a missing or unreadable file raises
    :class:`ModelFileError` naming it (never a silent pass: the veto would just not happen)."""
    try:
        with np.load(MODEL, allow_pickle=False) as data:
            return _read(data)
    except FileNotFoundError:
        raise _broken("missing") from None
    except ModelFileError:
        raise
    except Exception as exc:  # any reading failure (zip, npy, dtype, shape) is one error
        raise _broken(f"unreadable ({type(exc).__name__}: {exc})") from exc


def ready() -> None:
    """Load the weights now if the veto is on: a command that reads articles calls this first,
    so a missing or foreign file stops it at start, not after minutes of fetching."""
    if ENABLED:
        load()


def _reading(text: str) -> tuple[bool, list[str]] | None:
    """Whether the text is long (:data:`MIN_WORDS` words or more) and its tokens; None when the
    model abstains: a text under :data:`MIN_WORDS` words that is not a short report
    (:func:`short_size`) — a headline, or the one-sentence examples of the rules' tests."""
    count, words = _read_words(text)
    if count >= MIN_WORDS:
        return True, words
    return None if short_size(text) is None else (False, words)


@lru_cache(maxsize=2)
def reading(text: str) -> tuple[bool, np.ndarray, list[str]] | None:
    """Whether the text is long, its sorted buckets (:func:`_buckets`) and its words; None when
    the model abstains (:func:`_reading`). The last two texts' readings are kept: the veto or
    the rescue and then the tactic model (nlp/tacticmodel.py) read the same article in turn,
    and hashing its words is most of what they cost."""
    read = _reading(text)
    return None if read is None else (read[0], _buckets(read[1]), read[1])


def _score(buckets: np.ndarray) -> float:
    model = load()
    # Each text's vector has unit length (binary features divided by √n), as trained.
    total = float(model.dense[buckets].sum())
    score = model.bias + total / math.sqrt(max(1, len(buckets)))
    return 1.0 / (1.0 + math.exp(min(-score, 700.0)))  # 700: math.exp overflows past ~709


def probability(text: str) -> float | None:
    """The model's probability that the text reports transnational repression; None when it
    abstains (:func:`_reading`)."""
    read = reading(text)
    return None if read is None else _score(read[1])


def vetoes(text: str) -> float | None:
    """The probability, when it is low enough to veto the rules' positive (under
    :data:`THRESHOLD`, or :data:`SHORT_THRESHOLD` for a short report); else None."""
    read = reading(text)
    if read is None:
        return None
    p = _score(read[1])
    return p if p < (THRESHOLD if read[0] else SHORT_THRESHOLD) else None


def rescues(text: str, gated: bool = False) -> float | None:
    """The probability, when a short report the rules said no to reads as transnational
    repression (p ≥ :data:`RESCUE`, or :data:`GATE_RESCUE` for one a look-alike gate turned
    down); else None. The tagger asks only about a report whose origin state and people abroad
    the rules found (nlp/tagging.py)."""
    p = short_probability(text)
    return p if p is not None and p >= (GATE_RESCUE if gated else RESCUE) else None


def rescues_unplaced(text: str) -> float | None:
    """The probability, when a short report in which the rules read no origin state at all
    reads as transnational repression to the model beyond doubt (p ≥ :data:`SURE_RESCUE`);
    else None. Without an origin the rules cannot call anything repression, and they miss the
    state in many a short report (a court named by its city, an exile named by his office);
    below this p the model's "yes" there takes look-alikes (session 25,
    docs/monitor/learned-models.md). Only short reports are asked: a long text the model does
    not read this way, and the rest cost it nothing (no hashing)."""
    if short_size(text) is None:  # most texts: no hashing
        return None
    p = short_probability(text)
    return p if p is not None and p >= SURE_RESCUE else None


def short_probability(text: str) -> float | None:
    """The model's p for a short report; None for a long text or where the model abstains:
    what the rescues weigh."""
    read = reading(text)
    return None if read is None or read[0] else _score(read[1])

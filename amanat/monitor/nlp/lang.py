"""Language identification: py3langid, corrected by the script the text is written in.

py3langid's model confuses short Uyghur with Arabic or Persian, Chinese with Wu or Cantonese,
and Russian with other Cyrillic languages on short texts. The script decides first where it is
unambiguous: Arabic script with the letters only Uyghur uses (ە ې ۆ ۈ ۇ ڭ) is Uyghur, with
Persian ی ک پ چ ژ گ and no Urdu letters it is Persian; Han
without kana is Chinese; Cyrillic is Russian unless the model names another Cyrillic language
(Kazakh, Kyrgyz, Ukrainian… matter here too).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from typing import Any

import numpy as np

from amanat.monitor.nlp.normalise import script_counts

VERSION = "lang-2"
# Languages the monitor's readers work in: an article in one of them is flagged for review.
WATCHED = frozenset({"ug", "zh", "tr", "ru", "en", "fa"})
_UYGHUR_LETTERS = "ەېۆۈۇڭ"  # letters only Uyghur uses
# Persian writes ی and ک (Arabic: ي and ك) and has پ چ ژ گ; Urdu adds ٹ ڈ ڑ ں ے.
_PERSIAN_LETTERS = "یکپچژگ"
_URDU = re.compile("[ٹڈڑںےۓ]")
_ARABIC = re.compile("[\u0600-\u06ff]")
_CYRILLIC_LANGUAGES = frozenset(
    {"ru", "uk", "be", "bg", "sr", "mk", "kk", "ky", "mn", "tg", "tt", "ba"}
)
_CHINESE_VARIANTS = frozenset({"zh", "wuu", "yue"})
_SAMPLE_CHARS = 1500


@dataclass(frozen=True)
class LanguageGuess:
    code: str  # ISO 639-1 where one exists, "und" when nothing could be said
    confidence: float
    script: str
    method: str  # "script" (decided by the writing system) or "model" (py3langid)

    @property
    def watched(self) -> bool:
        return self.code in WATCHED


@cache
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    if not all(hasattr(LanguageIdentifier, name) for name in _INTERNALS):
        return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier = _word_walker(LanguageIdentifier).from_model_file(MODEL_FILE, norm_probs=True)
    identifier._table()  # now, so that forked workers share it
    return identifier


# What the word walk reads of py3langid (0.4): its byte automaton and its scoring.
_INTERNALS = ("tk_nextmove", "tk_output", "_rowbase", "_sparse_score", "_raw_score", "nb_ptc")
_MAX_WALKS = 200_000  # cached (state, word) walks before the cache starts again


def _word_walker(base: Any) -> Any:
    """py3langid's identifier, walking its byte automaton a word at a time with the walk of
    each (state, word) remembered: py3langid walks every byte in Python, which took a fifth of
    the pipeline's time, and articles repeat their words. The features visited, in the same
    order, are py3langid's own, so the scores are the same to the last bit."""

    class WordWalker(base):
        __slots__ = ("_walks", "_wide")

        def _raw_score(self, text: bytes) -> Any:
            visits = self._visits(text)
            if not visits:
                return super()._raw_score(text)
            return self._sparse_score(visits, self._table())

        def _table(self) -> Any:
            """py3langid's feature table as float32, converted once. It is stored as float16,
            and ``float32 @ float16`` converts the rows it gathers on every call (half of the
            scoring time) before the same float32 product: converting once gives the same
            bits (a test compares them) at the cost of 57 MB, shared with forked workers."""
            table, wide = self.nb_ptc, getattr(self, "_wide", None)
            if wide is None or wide[0] is not table:
                wide = self._wide = (table, table.astype("float32"))
            return wide[1]

        def _visits(self, text: bytes) -> Counter[int]:
            walks: dict[tuple[int, bytes], tuple[int, tuple[int, ...]]]
            walks = getattr(self, "_walks", None) or {}
            if len(walks) > _MAX_WALKS:
                walks = {}
            self._walks = walks
            indexes: list[int] = []
            words = text.split(b" ")
            state, found = self._walk(0, words[0])
            indexes += found
            for word in words[1:]:  # each with the space before it
                known = walks.get((state, word))
                if known is None:
                    known = walks[(state, word)] = self._walk(state, b" " + word)
                state, found = known
                indexes += found
            return Counter(indexes)

        def _walk(self, state: int, chunk: bytes) -> tuple[int, tuple[int, ...]]:
            """py3langid's byte walk over one chunk: the end state and the features visited."""
            found = []
            nextmove, rowbase, output = self.tk_nextmove, self._rowbase, self.tk_output
            for byte in chunk:
                state = nextmove[rowbase[state] + byte]
                if output[state] >= 0:
                    found.append(output[state])
            return state, tuple(found)

    return WordWalker


def _model(text: str) -> tuple[str, float]:
    code, confidence = _identifier().classify(text)
    return str(code), float(confidence)


def identify(text: str) -> LanguageGuess:
    """The language of ``text`` (its first 1,500 characters)."""
    sample = text[:_SAMPLE_CHARS]
    counts = script_counts(sample)
    if not counts:
        return LanguageGuess("und", 0.0, "none", "script")
    script, letters = counts.most_common(1)[0]
    share = letters / sum(counts.values())
    if script == "arabic":
        arabic = _arabic_letters(sample)
        if _is_uyghur(sample, arabic):
            return LanguageGuess("ug", share, script, "script")
        if _is_persian(sample, arabic):
            return LanguageGuess("fa", share, script, "script")
    if script == "han" and "kana" not in counts:
        return LanguageGuess("zh", share, script, "script")
    if script == "tibetan":
        return LanguageGuess("bo", share, script, "script")
    code, confidence = _model(sample)
    if script == "cyrillic" and code not in _CYRILLIC_LANGUAGES:
        return LanguageGuess("ru", share, script, "script")
    if code in _CHINESE_VARIANTS:
        code = "zh"
    return LanguageGuess(code, confidence, script, "model")


def _is_uyghur(sample: str, arabic: int) -> bool:
    special = _count_of(_UYGHUR_LETTERS, sample)
    return arabic > 0 and special / arabic >= 0.02


def _is_persian(sample: str, arabic: int) -> bool:
    if arabic == 0 or _URDU.search(sample):
        return False
    return _count_of(_PERSIAN_LETTERS, sample) / arabic >= 0.03


# The counts these checks take (once per Arabic-script text, not once per check): the letters of
# the block U+0600–U+06FF (``len(_ARABIC.findall(sample))``, without a list of every letter)
# and of a few letters (``str.count`` of each).
def _arabic_letters(sample: str) -> int:
    codes = np.frombuffer(sample.encode("utf-32-le", "surrogatepass"), dtype="<u4")
    return int(np.count_nonzero(codes - 0x600 < 0x100))  # unsigned: below U+0600 wraps


def _count_of(letters: str, sample: str) -> int:
    return sum(map(sample.count, letters))

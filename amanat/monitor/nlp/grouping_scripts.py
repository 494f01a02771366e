"""Names written in Arabic script, keyed against the names of other scripts (round 17c).

Persian and Uyghur translations keep a report's people and places, but neither script marks a
name (no capitals) and Persian writes no short vowels. The spelling-free key of
:mod:`name_keys` drops every vowel anyway, so a Persian or Uyghur word romanised letter by
letter (the standard consonant values of the script; Uyghur's vowel letters are vowels, Persian
``و`` is a consonant only at the start of a word) keys like the Latin spelling of the same
name: بختیار and Bakhtiar both ``bktl``, مەتىئۇللاھ and Matiullah both ``mtl``. Uyghur writes
case endings on the name (تالىپنىڭ, Talip's): each word is keyed also without one or two of
them.

Since the script does not say which words are names, every word is keyed (``a:``), and an
``a:`` key is never evidence by itself: it counts only where the other text, in another
language, has the same key as a name (``s:``, from Latin, Cyrillic or Chinese names;
:func:`spelled`). Two Arabic-script texts share many words' keys (Persian and Uyghur share
loanwords), so ``a:`` keys never meet each other.
"""

from __future__ import annotations

import math
import re
import sys
from collections.abc import Collection
from functools import lru_cache

from amanat.monitor.nlp.name_keys import name_key
from amanat.monitor.nlp.story_events import _act_and_no_act, _Event, _other_event

ARABIC_KEY = "a:"
_WORD = re.compile(r"[\u0621-\u064a\u0671-\u06d5]{3,}")
# The consonant (or vowel) each letter stands for in the usual romanisations (Persian: the
# Library of Congress consonants; Uyghur: the Uyghur Latin script, ULY).
_LETTERS = {
    "ا": "a", "آ": "a", "أ": "a", "إ": "a", "ب": "b", "پ": "p", "ت": "t", "ث": "s", "ج": "j",
    "چ": "ch", "ح": "h", "خ": "kh", "د": "d", "ذ": "z", "ر": "r", "ز": "z", "ژ": "zh", "س": "s",
    "ش": "sh", "ص": "s", "ض": "z", "ط": "t", "ظ": "z", "ع": "", "غ": "gh", "ف": "f", "ق": "q",
    "ک": "k", "ك": "k", "گ": "g", "ل": "l", "م": "m", "ن": "n", "ه": "h", "ھ": "h", "ی": "y",
    "ي": "y", "ى": "i", "ۋ": "w", "ۇ": "u", "ۆ": "o", "ۈ": "u", "ې": "e", "ە": "e", "ئ": "",
    "ء": "", "ڭ": "ng", "ؤ": "o", "ة": "",
}  # fmt: skip
_WAW = "و"
# Uyghur case and possessive endings written on a name (genitive, accusative, dative,
# locative, ablative, plural, third-person possessive), longest first.
_ENDINGS = tuple(sorted(
    ("نىڭ", "نى", "غا", "قا", "گە", "كە", "دا", "دە", "تا", "تە", "دىن", "تىن", "دىكى", "تىكى",
     "لار", "لەر", "سى", "نىمۇ", "مۇ"), key=len, reverse=True))  # fmt: skip
_HAS_ARABIC = re.compile(r"[\u0621-\u064a\u0671-\u06d5]")


def arabic_script_keys(text: str) -> list[str]:
    """``a:`` keys of every Arabic-script word of the text (and of its stems without one or
    two Uyghur endings)."""
    if not _HAS_ARABIC.search(text):
        return []
    keys: dict[str, None] = {}
    for word in _WORD.findall(text):
        for key in _word_keys(word):
            keys[key] = None
    return list(keys)


@lru_cache(maxsize=100_000)  # words recur across a stream of articles
def _word_keys(word: str) -> tuple[str, ...]:
    stems = [word]
    for _ in range(2):
        stem = stems[-1]
        ending = next((e for e in _ENDINGS if stem.endswith(e) and len(stem) > len(e) + 2), "")
        if not ending:
            break
        stems.append(stems[-1][: -len(ending)])
    keys = {name_key(_romanise(stem)) for stem in stems}
    return tuple(sys.intern(f"{ARABIC_KEY}{key}") for key in keys if key)


def _romanise(word: str) -> str:
    letters = [_LETTERS.get(char, "") for char in word]
    if word[0] == _WAW:
        letters[0] = "w"
    return "".join(letters)


def spelled(mine: Collection[str], theirs: Collection[str]) -> set[str]:
    """The name keys (``s:``) of either text that the other's Arabic-script words spell: of
    four letters or more (a three-letter key is spelled by 9% of unrelated texts, below)."""
    found = {f for f in mine if _spells(f, theirs)}
    found.update(f for f in theirs if _spells(f, mine))
    return found


def _spells(feature: str, words: Collection[str]) -> bool:
    return (
        feature[:2] == "s:" and len(feature) >= _SPELLED and f"{ARABIC_KEY}{feature[2:]}" in words
    )


_SPELLED = len("s:") + 4


def counterpart(feature: str) -> str:
    """The key that would spell the same name in the other kind (``s:bktl`` ↔ ``a:bktl``)."""
    if feature[:2] == "s:":
        return f"{ARABIC_KEY}{feature[2:]}"
    return f"s:{feature[2:]}" if feature[:2] == ARABIC_KEY else ""


# How often a name key of a given length is spelled, by chance, by some word of a Persian or
# Uyghur text of another story: measured over tnr-dev, fresh2, fresh5, fresh8, fresh10 and
# fresh12 (1,708 Latin, Cyrillic and Chinese name keys × 120 Arabic-script texts, with 36.7
# word keys on average): 3 letters 9%, 4 letters 1.6%, 5 or more 0.37% — alike whatever the
# two languages.
_CHANCE = {3: 0.09, 4: 0.016}
_CHANCE_LONGER = 0.0037
_MEAN_WORD_KEYS = 36.7


def spelled_evidence(mine: Collection[str], theirs: Collection[str], spelt: set[str]) -> float:
    """Nats of evidence that the names one text spells in the other's words are no
    coincidence: a text with many names finds some spelled in any Persian or Uyghur text, so
    each way the count spelled is weighed against the count chance would give (a Poisson tail:
    −log P(X ≥ spelled), X ~ Poisson(Σ chance of each name key, scaled by the words keyed))."""
    return _tail(mine, theirs, spelt) + _tail(theirs, mine, spelt)


def _tail(names: Collection[str], words: Collection[str], spelt: set[str]) -> float:
    keys = [f for f in names if f[:2] == "s:"]
    found = sum(1 for f in keys if f in spelt)
    if not found:
        return 0.0
    scale = sum(1 for f in words if f[:2] == ARABIC_KEY) / _MEAN_WORD_KEYS
    expected = scale * sum(_CHANCE.get(len(f) - 2, _CHANCE_LONGER) for f in keys)
    # P(X ≥ found) = 1 − Σ_{k < found} e^−λ λ^k / k!
    term = total = math.exp(-expected)
    for k in range(1, found):
        term *= expected / k
        total += term
    return -math.log(max(1.0 - total, 1e-300))


def unread(event: _Event) -> bool:
    """A dated report read with no state and no act (a translation whose reading was lost):
    it cannot tell which of two stories about the same people it retells, so it joins the
    one it matches best and does not unite them (an undated one is :func:`_vague`)."""
    return bool(event.months) and not (event.origins or event.acts)


def kept_apart(mine: _Event, my_language: str, theirs: _Event, their_language: str) -> bool:
    """Whether the event gates keep a report apart from a story's article read with a state
    or an act (in one language, also one reporting an act against one naming none)."""
    if not (theirs.origins or theirs.acts):
        return False
    return _other_event(mine, theirs) or (
        my_language == their_language and _act_and_no_act(mine, theirs)
    )

"""A text with its names taken out, for a text model that must not learn who and where.

Used by bench/monitor_delexveto.py (issue 12, session 15). A word model trained on the labelled
splits learns the people, places and states the splits share across stories (Khashoggi is named
in 6 splits, Kigali in 9) as much as what an act is; leave-one-split-out does not hold those
out, and on unread text such a veto lost recall (docs/monitor/learned-models.md, "Session 10").
Here every span the monitor itself finds as a state, a place or a date becomes a placeholder
naming its kind and role (``⟨STATE:actor⟩``, ``⟨PLACE:in⟩``, ``⟨DATE⟩``); in Latin and Cyrillic
script every remaining capitalised word becomes ``⟨NAME⟩`` unless it opens a sentence (or sits
in a title-case line) and is also written in lower case in the training texts; Chinese full
names written with an interpunct (the pattern of amanat/monitor/nlp/name_keys.py) become
``⟨NAME⟩``; every digit becomes ``0``. Persian, Uyghur and Chinese have no capitals, so there
only the monitor's spans (and, in Chinese, the interpunct names) are masked.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from amanat.monitor.nlp import name_keys
from amanat.monitor.nlp.tagging import Analysis

NAME = "⟨NAME⟩"
DATE = "⟨DATE⟩"
PLACEHOLDER = re.compile(r"⟨[A-Z]+(?::[a-z]+)?⟩")
# A word in Latin or Cyrillic script (Turkish suffixes after an apostrophe belong to it).
_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ɏЀ-ӿ]+(?:['’][A-Za-zÀ-ÖØ-öø-ɏЀ-ӿ]+)*")
_SENTENCE_END = frozenset(".!?…:;\n")
_OPENERS = frozenset(" \t\"'“”‘’«»„()[]-–—*•·")
# Han characters masked at the end of an interpunct name's first part (a given name is mostly
# 2-4 characters) and at the start of its last part (a surname, mostly 2-3).
_HAN_FIRST, _HAN_LAST = 4, 3
TITLE_SHARE = 0.6  # a line whose words are this capitalised (3 words or more) is a title
MIN_LOWER_TEXTS = 2  # a word written in lower case in fewer training texts is a name


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    placeholder: str


def lower_words(text: str) -> set[str]:
    """The Latin and Cyrillic words the text writes in lower case."""
    return {word for word in _WORD.findall(text) if word[0].islower()}


def vocabulary(texts: Iterable[str]) -> Counter[str]:
    """In how many texts each word is written in lower case: the words that are not names."""
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update(lower_words(text))
    return counts


def monitor_spans(analysis: Analysis) -> list[Span]:
    """The monitor's own states, places and dates as spans, states first where they overlap."""
    spans = [Span(m.start, m.end, f"⟨STATE:{m.role}⟩") for m in analysis.states]
    spans += [Span(p.start, p.end, "⟨PLACE:in⟩" if p.locative else "⟨PLACE⟩")
              for p in analysis.places]  # fmt: skip
    spans += [Span(d.start, d.end, DATE) for d in analysis.dates]
    return spans


def han_name_spans(text: str) -> list[Span]:
    """Chinese full names joined by an interpunct (韦罗妮卡·科曼): the first part runs into the
    words before it and the last into the words after, so only their edges are masked."""
    spans = []
    for match in name_keys._HAN_NAME.finditer(text):
        parts = name_keys._INTERPUNCT.split(match.group(0))
        start = match.start() + max(0, len(parts[0]) - _HAN_FIRST)
        end = match.end() - max(0, len(parts[-1]) - _HAN_LAST)
        spans.append(Span(start, end, NAME))
    return spans


def _disjoint(spans: Sequence[Span]) -> list[Span]:
    """The earliest span wins, the longer one at the same start, the first listed on a tie."""
    order = sorted(enumerate(spans), key=lambda item: (item[1].start, -item[1].end, item[0]))
    kept: list[Span] = []
    for _index, span in order:
        if span.end > span.start and (not kept or span.start >= kept[-1].end):
            kept.append(span)
    return kept


def _overlap(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def _title_lines(text: str) -> list[tuple[int, int]]:
    """The (start, end) of every line written in title case (a headline)."""
    found, position = [], 0
    for line in text.split("\n"):
        words = [w for w in _WORD.findall(line) if len(w) > 1]
        capitals = sum(w[0].isupper() for w in words)
        if len(words) >= 3 and capitals >= TITLE_SHARE * len(words):
            found.append((position, position + len(line)))
        position += len(line) + 1
    return found


def opens_sentence(text: str, start: int) -> bool:
    """Whether only spaces, quotes and brackets stand between ``start`` and a sentence end."""
    position = start - 1
    while position >= 0 and text[position] in _OPENERS:
        position -= 1
    return position < 0 or text[position] in _SENTENCE_END


def _is_name(word: str, initial: bool, lower: Counter[str]) -> bool:
    if len(word) < 2 or not word[0].isupper():
        return False
    return not initial or lower[word.lower()] < MIN_LOWER_TEXTS


def name_spans(text: str, lower: Counter[str]) -> list[Span]:
    """Capitalised Latin and Cyrillic words that are names (see the module docstring)."""
    titles = _title_lines(text)
    spans = []
    for match in _WORD.finditer(text):
        start = match.start()
        initial = opens_sentence(text, start) or any(a <= start < b for a, b in titles)
        if _is_name(match.group(0), initial, lower):
            spans.append(Span(start, match.end(), NAME))
    return spans


def delexicalise(text: str, analysis: Analysis | None, lower: Counter[str]) -> str:
    """The text with states, places, dates and names as placeholders and digits as 0.
    ``analysis`` is the monitor's reading of this very text (None: no spans, names only)."""
    spans = _disjoint([*(monitor_spans(analysis) if analysis else []), *han_name_spans(text)])
    spans += [n for n in name_spans(text, lower) if not any(_overlap(n, s) for s in spans)]
    pieces, position = [], 0
    for span in sorted(spans, key=lambda s: s.start):
        pieces += [text[position : span.start], span.placeholder]
        position = span.end
    pieces.append(text[position:])
    return re.sub(r"\d", "0", "".join(pieces))

"""Sentences, dates at their precision, and counts of people, in five languages.

Dates come out as ISO strings at the precision the text gives: ``2019-06-17`` (day),
``2019-06`` (month) or ``2019`` (year). A bare year counts only after a preposition or a
case ending ("in 2017", "2015'ten beri", "2014年"), so ages and sums are not read as years.
Solar Hijri dates of Iranian and Afghan news ("۳۰ اسفند ۱۴۰۳") are read as Gregorian ones
(nlp/solar_hijri.py).
"""

from __future__ import annotations

import bisect
import re
import re._casefix as sre_casefix  # the letters re.IGNORECASE also takes as equal
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache

from amanat.monitor.nlp import literals, solar_hijri

VERSION = "extract-3"  # 3: Solar Hijri dates (nlp/solar_hijri.py, session 33)
MIN_YEAR, MAX_YEAR = 1980, 2039

_SENTENCE_END = re.compile(r"(?<=[.!?؟])[\"'”’»)]*\s+(?=[\"'“‘«(]?[^\s])|(?<=[。！？])|\n+")


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str


# Where a sentence end can start: just after one of .!?؟。！？ (the look-behinds) or at a line
# break. ``re`` skips to these in C; the pattern itself opens with look-behinds, which it
# entered at every position of the text.
_END_MARK = re.compile(r"[.!?؟。！？]|\n")
_NEWLINES = re.compile(r"\n+")


def _sentence_ends(text: str) -> Iterator[re.Match[str]]:
    """``_SENTENCE_END.finditer(text)``: the pattern ``match``ed only where a match can start
    (after a mark or at a line break), in order, each search going on from the last match's
    end. After an empty match (after 。！？) the search goes on from the same place, where only
    a non-empty match may start: there the look-behind of the first branch fails (the
    character before is 。！？) and the second is empty, so it is the third, ``\n+``, or none."""
    position, match_at = 0, _SENTENCE_END.match
    for mark in _END_MARK.finditer(text):
        start = mark.start() if mark.group() == "\n" else mark.end()
        if start < position:
            continue
        match = match_at(text, start)
        if match is None:
            continue
        yield match
        position = match.end()
        if position == start:  # empty
            match = _NEWLINES.match(text, start)
            if match is not None:
                yield match
                position = match.end()
            else:
                position = start + 1


def sentences(text: str) -> list[Span]:
    """Sentences with their offsets (paragraph breaks always end a sentence)."""
    spans: list[Span] = []
    start = 0
    for match in _sentence_ends(text):
        _add(spans, text, start, match.start())
        start = match.end()
    _add(spans, text, start, len(text))
    return spans


def _add(spans: list[Span], text: str, start: int, end: int) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if stripped:
        offset = start + chunk.index(stripped[0])
        spans.append(Span(offset, offset + len(stripped), stripped))


class SentenceIndex:
    """Which sentence an offset falls in (binary search over sentence starts)."""

    def __init__(self, spans: list[Span]) -> None:
        self.spans = spans
        self._starts = [span.start for span in spans]

    def at(self, offset: int) -> Span:
        index = max(0, bisect.bisect_right(self._starts, offset) - 1)
        return self.spans[index] if self.spans else Span(0, 0, "")


_MONTHS = {
    "en": ["january", "february", "march", "april", "may", "june", "july", "august", "september",
           "october", "november", "december"],
    "en_short": ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                 "dec"],
    "tr": ["ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül",
           "ekim", "kasım", "aralık"],
    "ug": ["يانۋار", "فېۋرال", "مارت", "ئاپرېل", "ماي", "ئىيۇن", "ئىيۇل", "ئاۋغۇست", "سېنتەبىر",
           "ئۆكتەبىر", "نويابىر", "دېكابىر"],
    "ru": ["январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр",
           "ноябр", "декабр"],
    "fa": ["ژانویه", "فوریه", "مارس", "آوریل", "مه", "ژوئن", "ژوئیه", "اوت", "سپتامبر", "اکتبر",
           "نوامبر", "دسامبر"],
}  # fmt: skip
# Persian and Arabic-Indic digits read as ASCII (one code point each: offsets are unchanged).
_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")
_EASTERN_DIGIT = re.compile("[۰-۹٠-٩]")


_DIGIT_PAIRS = [(chr(eastern), chr(ascii)) for eastern, ascii in _DIGITS.items()]


def ascii_digits(text: str) -> str:
    """The text with Persian and Arabic-Indic digits as ASCII (most texts have none). Dates,
    numbers and amounts ask about the same text one after the other: the last answer is kept
    (for that very string object, which the kept pair holds, so no other can take its id)."""
    global _last_digits
    if text.isascii():
        return text
    last = _last_digits  # read once: another thread may store its own text's between two reads
    if last[0] is text:
        return last[1]
    converted = text
    if _EASTERN_DIGIT.search(text):  # each digit replaced in C (``translate`` looks up every
        for eastern, ascii in _DIGIT_PAIRS:  # character of the text in a dict)
            if eastern in converted:
                converted = converted.replace(eastern, ascii)
    _last_digits = (text, converted)
    return converted


_last_digits: tuple[str, str] = ("", "")


_MONTH_NUMBER = {name: i + 1 for names in _MONTHS.values() for i, name in enumerate(names)}
_EN_MONTH = "|".join(_MONTHS["en"] + [m + r"\.?" for m in _MONTHS["en_short"]])
_TR_MONTH = "|".join(_MONTHS["tr"])
_UG_MONTH = "|".join(_MONTHS["ug"])
_FA_MONTH = "|".join(_MONTHS["fa"])
_RU_MONTH = r"(?:январ|феврал|март|апрел|ма|июн|июл|август|сентябр|октябр|ноябр|декабр)[а-я]*"
_Y = r"((?:19|20)\d\d)"
_D = r"(\d{1,2})"
# ``\b`` (or ``(?<!\d)``) before the first digit, read after it instead: the look-behind sees the
# same character, so the matches are the same, and the pattern opens with a digit, which ``re``
# skips to in C where it tried ``\b`` at every position.
_Y_FIRST = r"((?:19|20)(?<!\w..)\d\d)"  # \b{_Y}
_D_FIRST = r"(\d(?<!\w.)\d?)"  # \b{_D}
_DATE_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(rf"{_Y_FIRST}-(\d\d)-(\d\d)\b")),
    ("dmy", re.compile(rf"{_D_FIRST}\s+({_EN_MONTH}|{_TR_MONTH})\s+{_Y}\b", re.I)),
    ("mdy", re.compile(rf"\b({_EN_MONTH})\s+{_D}(?:st|nd|rd|th)?,?\s+{_Y}\b", re.I)),
    ("my", re.compile(rf"\b({_EN_MONTH}|{_TR_MONTH})\s+(?:ayında\s+|of\s+)?{_Y}\b", re.I)),
    ("y_month_tr", re.compile(rf"{_Y_FIRST}\s+yılının\s+({_TR_MONTH})\s+ayında", re.I)),
    ("zh_ymd", re.compile(rf"{_Y}年(\d{{1,2}})月(\d{{1,2}})日")),
    ("zh_ym", re.compile(rf"{_Y}年(\d{{1,2}})月(?!\d)")),
    ("zh_y", re.compile(rf"{_Y}年(?!\d)")),
    ("ug_ymd", re.compile(rf"{_Y}-يىلى\s+(\d{{1,2}})-ئاينىڭ\s+(\d{{1,2}})-كۈنى")),
    ("ug_ydm", re.compile(rf"{_Y}-يىلى\s+(\d{{1,2}})-({_UG_MONTH})")),  # 2025-يىلى 18-ئىيۇل
    ("ug_ym", re.compile(rf"{_Y}-يىلى\s+({_UG_MONTH})")),
    ("ug_ymn", re.compile(rf"{_Y}-يىلى\s+(\d{{1,2}})-ئاي")),
    ("ug_y", re.compile(rf"{_Y}-يىل")),
    ("fa_dmy", re.compile(rf"(\d(?<!\d.)\d?)\s+({_FA_MONTH})\s+{_Y}")),
    ("fa_my", re.compile(rf"(?:^|[\s(])({_FA_MONTH})\s+{_Y}")),
    ("year_fa", re.compile(rf"(?:سال|در)\s+{_Y}")),
    ("ru_dmy", re.compile(rf"{_D_FIRST}\s+({_RU_MONTH})\s+{_Y}", re.I)),
    ("ru_my", re.compile(rf"\b({_RU_MONTH})\s+{_Y}", re.I)),
    (
        "year_en",
        re.compile(rf"\b(?:in|since|during|by|from|until|early|late|mid-?)\s+{_Y}\b", re.I),
    ),
    (
        "year_tr",
        re.compile(rf"{_Y_FIRST}\s*(?:['’](?:te|ta|de|da|ten|tan|den|dan)\b|\s+yılında)", re.I),
    ),
    ("year_ru", re.compile(rf"{_Y_FIRST}\s+год", re.I)),
]


@dataclass(frozen=True)
class DateMention:
    value: str  # ISO at its precision
    precision: str  # "day", "month", "year"
    start: int
    end: int


def _month(name: str) -> int:
    key = name.lower().rstrip(".")
    if key in _MONTH_NUMBER:
        return _MONTH_NUMBER[key]
    for stem, number in ((s, i + 1) for i, s in enumerate(_MONTHS["ru"])):
        if key.startswith(stem) and (stem != "ма" or key.startswith(("мая", "мае", "май"))):
            return number
    return 0


def _build(kind: str, groups: tuple[str, ...]) -> tuple[int, int, int]:
    """(year, month, day) from a match; 0 means not given."""
    if kind in {"iso", "zh_ymd", "ug_ymd"}:
        return int(groups[0]), int(groups[1]), int(groups[2])
    if kind == "ug_ymn":
        return int(groups[0]), int(groups[1]), 0
    if kind == "ug_ydm":
        return int(groups[0]), _month(groups[2]), int(groups[1])
    if kind in {"dmy", "ru_dmy", "fa_dmy"}:
        return int(groups[2]), _month(groups[1]), int(groups[0])
    if kind == "mdy":
        return int(groups[2]), _month(groups[0]), int(groups[1])
    if kind in {"my", "ru_my", "fa_my"}:
        return int(groups[1]), _month(groups[0]), 0
    if kind in {"y_month_tr", "ug_ym"}:
        return int(groups[0]), _month(groups[1]), 0
    if kind == "zh_ym":
        return int(groups[0]), int(groups[1]), 0
    return int(groups[0]), 0, 0


# Each form is searched only in windows that hold one of its literals (a month name, 年…).
_DATE_GATES = [(kind, literals.Gate(pattern)) for kind, pattern in _DATE_PATTERNS]
# An ASCII window holds no literal outside ASCII: the forms needing one (Chinese, Uyghur,
# Persian, Russian) are not even asked.
_ASCII_DATE_GATES = [(kind, gate) for kind, gate in _DATE_GATES
                     if gate.required is None or any(map(str.isascii, gate.required))]  # fmt: skip
_YEAR = re.compile(r"(?:19|20)\d\d")
# What must follow the year in a window where these forms can match: a search for it starts at
# the year's first digit in C, where the forms' own ``\b`` is tried at every position.
_AFTER_YEAR = {
    "iso": re.compile(r"(?:19|20)\d\d-\d\d-\d\d"),
    "y_month_tr": re.compile(r"(?:19|20)\d\d\s+y", re.I),
    "year_tr": re.compile(r"(?:19|20)\d\d(?:\s*['’]|\s+y)", re.I),
}
_WINDOW = 40  # every date form lies within this many characters of its year


# Where a match of a form can start, searched in the case-folded window without IGNORECASE
# (which ``re`` runs fast, from the first letters of its alternation): the forms' own searches
# entered their case-insensitive alternations at every word start. Each is the form's opening
# words (month names, prepositions) and what must follow them up to the year or day, so a
# word that merely opens like a month ("market", "decision") or a preposition not before a
# year is passed over in C; the form itself is then tried only there (``match``).
def _folded(words: list[str]) -> str:
    return "|".join(sorted({literals.fold(word) for word in words}))


_EN_TR_MONTHS = _MONTHS["en"] + _MONTHS["en_short"] + _MONTHS["tr"]
_EN_MONTHS = _MONTHS["en"] + _MONTHS["en_short"]
_FOLDED_Y = r"(?:19|20)\d\d"
_EN_YEAR_BEFORE = ["in", "since", "during", "by", "from", "until", "early", "late", "mid"]
_STARTS = {
    "my": re.compile(rf"(?:{_folded(_EN_TR_MONTHS)})\.?\s+(?:(?:{_folded(['ayında', 'of'])})\s+)?"
                     rf"{_FOLDED_Y}"),
    "mdy": re.compile(rf"(?:{_folded(_EN_MONTHS)})\.?\s+\d"),
    "year_en": re.compile(rf"(?:{_folded(_EN_YEAR_BEFORE)})-?\s+{_FOLDED_Y}"),
}  # fmt: skip


def dates(text: str) -> list[DateMention]:
    """Dates in the text, the most precise reading of each place first, no overlaps. Every
    form contains a year, so only windows around years are searched (long texts stay fast)."""
    found: list[DateMention] = []
    text = ascii_digits(text)
    for begin, end in _year_windows(text):
        window = text[begin:end]
        folded = _fold(window)
        taken: list[tuple[int, int]] = []
        plan = _ASCII_PLAN if window.isascii() else _PLAN
        held: list[bool | None] = [None] * _TESTS
        for kind, test, holds, after_year, starts, pattern in plan:
            if after_year is not None and after_year(window) is None:
                continue
            if (ok := held[test]) is None:
                ok = held[test] = holds(window, folded)
            if not ok:
                continue
            found_in = (pattern.finditer(window) if starts is None
                        else _from_starts(pattern, starts, window, folded))  # fmt: skip
            for match in found_in:
                if any(match.start() < stop and start < match.end() for start, stop in taken):
                    continue
                year, month, day = _build(kind, match.groups())
                mention = _mention(year, month, day, begin + match.start(), begin + match.end())
                if mention is not None:
                    found.append(mention)
                    taken.append((match.start(), match.end()))
    for start, end, (year, month, day) in solar_hijri.dates(text):  # Iranian and Afghan news
        if (mention := _mention(year, month, day, start, end)) is not None:
            found.append(mention)
    return sorted(found, key=lambda mention: mention.start)


# The forms of each window in order, each with its gate's literal test: forms with the same
# literals (the three ``年`` forms, three ``-يىلى`` forms, ``dmy`` and ``my``, ``ru_dmy`` and
# ``ru_my``…) share one test, asked once per window (a test's answer depends on the window and
# the literals alone).
_TEST_OF: dict[tuple[bool, frozenset[str] | None], int] = {}
_Plan = list[tuple[str, int, Callable[[str, str], bool], Callable[[str], object] | None,
                   re.Pattern[str] | None, re.Pattern[str]]]  # fmt: skip


def _plan(gates: list[tuple[str, literals.Gate]]) -> _Plan:
    plan: _Plan = []
    for kind, gate in gates:
        test = _TEST_OF.setdefault((gate.folds, gate.required), len(_TEST_OF))
        after_year = _AFTER_YEAR[kind].search if kind in _AFTER_YEAR else None
        plan.append((kind, test, gate.holds, after_year, _STARTS.get(kind), gate.pattern))
    return plan


_PLAN, _ASCII_PLAN = _plan(_DATE_GATES), _plan(_ASCII_DATE_GATES)
_TESTS = len(_TEST_OF)


def _fold(window: str) -> str:
    """``literals.fold(window)``: a non-ASCII window is its ``str.lower`` (in C) unless it holds
    a character whose fold is not its lower case (``str.translate`` looks up every character in
    a dict: a third of the dates' time in Chinese, Persian and Uyghur text)."""
    if window.isascii() or _fold_not_lower().search(window) is not None:
        return literals.fold(window)
    return window.lower()


@cache
def _fold_not_lower() -> re.Pattern[str]:
    """The characters whose ``literals.fold`` is not their ``str.lower`` (31 in the BMP: Turkish
    İ and ı, Greek Σ and its final form…), and every one beyond the BMP. ``fold`` is
    ``re``'s simple lower case, then the least of the letters ``re._casefix`` takes as equal;
    ``str.lower`` is the full lower case (one character wherever it is not longer, and then the
    simple one; Σ the only one read in context). So only a character whose lower case is longer
    or has such equals can differ: those are asked (built once, by ``pipeline.warm_up``)."""
    equals, odd = sre_casefix._EXTRA_CASES, []
    for code in range(0x10000):
        char = chr(code)
        lower = char.lower()
        if (len(lower) != 1 or ord(lower) in equals) and literals.fold(char) != lower:
            odd.append(char)
    return re.compile("[" + "".join(map(re.escape, odd)) + "\U00010000-\U0010ffff]")


def _from_starts(
    pattern: re.Pattern[str], starts: re.Pattern[str], window: str, folded: str
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(window)`` for a pattern whose every match starts where ``starts``
    matches ``folded`` (the window case-folded, offsets unchanged); matches are never empty."""
    position, find, match_at = 0, starts.search, pattern.match
    while (start := find(folded, position)) is not None:
        match = match_at(window, start.start())
        if match is None:
            position = start.start() + 1
        else:
            yield match
            position = match.end()


def _year_windows(text: str) -> list[tuple[int, int]]:
    windows: list[tuple[int, int]] = []
    for match in _YEAR.finditer(text):
        begin, end = max(0, match.start() - _WINDOW), min(len(text), match.end() + _WINDOW)
        if windows and begin <= windows[-1][1]:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((begin, end))
    return windows


def _mention(year: int, month: int, day: int, start: int, end: int) -> DateMention | None:
    if not MIN_YEAR <= year <= MAX_YEAR or month > 12 or day > 31:
        return None
    if month and day:
        return DateMention(f"{year:04d}-{month:02d}-{day:02d}", "day", start, end)
    if month:
        return DateMention(f"{year:04d}-{month:02d}", "month", start, end)
    return DateMention(f"{year:04d}", "year", start, end)


# The look-behind is read after the first digit (two characters back, the digit the second):
# the same matches as ``(?<![A-Za-z0-9.,])(?:\d{1,3}(?:,\d{3})+|\d{2,})``, but the pattern opens
# with a digit, which ``re`` skips to in C instead of entering the look-behind everywhere.
_NUMBER = re.compile(r"\d(?<![A-Za-z0-9.,].)(?:\d{0,2}(?:,\d{3})+|\d+)(?![A-Za-z0-9,]|\.\d)")


def numbers_at(text: str) -> list[tuple[int, str]]:
    """Numbers of two digits or more with their offsets, as plain digits (language-neutral
    grouping evidence)."""
    text = ascii_digits(text)
    return [(match.start(), match.group(0).replace(",", "")) for match in _NUMBER.finditer(text)]

"""Counts of people in a text ("at least 30 people", "三名维吾尔人"), as numbers with whether the
text gives them as approximate: each becomes a ``people_count`` tag with its sentence.

Moved out of ``extract`` (sentences and dates) unchanged when the search from where a count can
start made that module too long. A number that reads as a year is not a count."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from amanat.monitor.nlp import count_starts, literals
from amanat.monitor.nlp.extract import MAX_YEAR, MIN_YEAR

_NUMBER_WORDS = {
    "en": {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "twenty": 20, "dozens": 24,
           "hundreds": 200, "thousands": 2000, "a dozen": 12},
    "tr": {"iki": 2, "üç": 3, "dört": 4, "beş": 5, "altı": 6, "yedi": 7, "sekiz": 8,
           "dokuz": 9, "on": 10, "yüzlerce": 200, "binlerce": 2000, "onlarca": 24},
    "ug": {"ئىككى": 2, "ئۈچ": 3, "تۆت": 4, "بەش": 5, "ئالتە": 6, "يەتتە": 7, "سەككىز": 8,
           "توققۇز": 9, "ئون": 10, "يۈزلىگەن": 200, "مىڭلىغان": 2000},
    "ru": {"два": 2, "две": 2, "двух": 2, "три": 3, "трёх": 3, "четыре": 4, "пять": 5,
           "шесть": 6, "десять": 10, "сотни": 200, "тысячи": 2000},
    "zh": {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
           "十": 10, "数十": 24, "数百": 200, "数千": 2000},
}  # fmt: skip
_PEOPLE = {
    "en": r"(?:(?:more|other|young|elderly|ethnic|exiled|Uyghur|Uighur|Kazakh|Tibetan|Muslim|"
          r"family|pro-democracy|Chinese|foreign|Hong Kong)\s+){0,2}"
          r"(?:people|persons|Uyghurs|Uighurs|Kazakhs|Tibetans|Hong Kongers|men|women|children|"
          r"brothers|sisters|relatives|members|students|activists|protesters|demonstrators|"
          r"individuals|respondents|journalists|detainees|refugees|dissidents|families|Muslims)",
    "tr": r"(?:Uygur\w*|kişi\w*|kardeş\w*|akraba\w*|öğrenci\w*|aktivist\w*|gazeteci\w*|"
          r"mülteci\w*|insan\w*|erkek\w*|kadın\w*|çocu\w*)",
    "ug": r"(?:نەپەر\s+)?(?:ئۇيغۇر\w*|كىشى\w*|ئادەم\w*|نامايىشچى\w*|ئوقۇغۇچى\w*|قېرىنداش\w*|"
          r"تۇغقان\w*|پائالىيەتچى\w*)",
    "ru": r"(?:человек|уйгур\w*|казах\w*|активист\w*|студент\w*|родственник\w*|брат\w*|"
          r"беженц\w*|журналист\w*)",
    "zh": r"(?:名|位|个)?(?:维吾尔\w{0,2}|人|男子|女子|学生|亲属|活动人士|民主派人士|记者|"
          r"难民|兄弟)",
}  # fmt: skip
_QUALIFIERS = ["more than", "over", "at least", "almost", "about", "nearly", "some", "around",
               "up to"]  # fmt: skip
_QUALIFIER = rf"(?:(?:{'|'.join(_QUALIFIERS)})\s+)?"
_ZH_QUALIFIERS = ["至少", "超过", "逾", "近", "约"]
_QUALIFIERS_OF = {"en": _QUALIFIERS, "zh": _ZH_QUALIFIERS}


@dataclass(frozen=True)
class Count:
    value: int
    approximate: bool
    start: int
    end: int


def _count_pattern(language: str) -> re.Pattern[str]:
    words = "|".join(sorted(map(re.escape, _NUMBER_WORDS[language]), key=len, reverse=True))
    number = rf"(\d{{1,3}}(?:[,.]\d{{3}})+|\d+|{words})"
    if language == "zh":
        return re.compile(rf"({'|'.join(_ZH_QUALIFIERS)})?{number}(?:多)?{_PEOPLE['zh']}")
    qualifier = _QUALIFIER if language == "en" else ""
    return re.compile(rf"(?<!\w)({qualifier}){number}\s+{_PEOPLE[language]}(?!\w)", re.I)


_COUNT_PATTERNS = {language: _count_pattern(language) for language in _NUMBER_WORDS}
# A character ``re`` matches with a Latin letter when it ignores case (A–Z, a–z, İ, ı, ſ, K).
_LATIN_LETTER = re.compile("[a-z]", re.IGNORECASE)


def _needs_latin(pattern: re.Pattern[str]) -> bool:
    """Whether every match holds a Latin letter: each literal every match contains (the
    people: "people", "Uyghurs"…) has one. Text in another script (Persian, read with the
    English pattern) then has no count, without the search."""
    required = literals.Gate(pattern).required
    return required is not None and all(_LATIN_LETTER.search(word) for word in required)


_NEEDS_LATIN = {language: _needs_latin(pattern) for language, pattern in _COUNT_PATTERNS.items()}


def people_counts(text: str, language: str) -> list[Count]:
    """ "two brothers", "3 Uyghurs", "more than 300 individuals", "40名维吾尔男子"."""
    language = language if language in _COUNT_PATTERNS else "en"
    pattern, words = _COUNT_PATTERNS[language], _NUMBER_WORDS[language]
    if _NEEDS_LATIN[language] and _LATIN_LETTER.search(text) is None:
        return []
    found = []
    if language == "en" and text.isascii():
        found_in = _english_counts(text)
    elif language in _COUNTED_FROM_STARTS:
        found_in = _counts(language, text)
    else:
        found_in = pattern.finditer(text)
    for match in found_in:
        qualifier, raw = match.group(1) or "", match.group(2)
        value = words.get(raw.lower()) or _to_int(raw)
        if value and not (MIN_YEAR <= value <= MAX_YEAR and raw.isdigit()):
            approximate = bool(qualifier.strip()) or raw.lower() in {"dozens", "hundreds"}
            found.append(Count(value, approximate, match.start(), match.end()))
    return found


# Where an English count can start in ASCII text: a qualifier, a number word or a digit (the
# text lower-cased: on ASCII, what ``re.IGNORECASE`` takes as equal), at a word start.
_EN_COUNT_STARTS = re.compile(literals.trie_pattern(
    sorted({*_QUALIFIERS, *_NUMBER_WORDS["en"], *"0123456789"})))  # fmt: skip
_ASCII_WORD = frozenset(char for char in map(chr, range(128)) if re.fullmatch(r"\w", char))


def _english_counts(text: str) -> Iterator[re.Match[str]]:
    """``_COUNT_PATTERNS["en"].finditer(text)`` for ASCII text, the pattern ``match``ed only
    where a match can start: its case-insensitive alternations and leading look-behind are
    entered at every position by its own search. Matches are never empty. The starts are
    looked for only after a character that is no word character (the look-behind's
    condition), which ``re`` skips to in C, and at the text's start."""
    lowered, position = text.lower(), 0
    match_at = _COUNT_PATTERNS["en"].match
    if _EN_COUNT_STARTS.match(lowered) is not None:
        match = match_at(text, 0)
        if match is not None:
            yield match
            position = match.end()
    find = _EN_COUNT_AFTER_BREAK.search
    while (before := find(lowered, max(position - 1, 0))) is not None:
        at = before.end()
        position = at + 1
        match = match_at(text, at)
        if match is not None:
            yield match
            position = match.end()


_EN_COUNT_AFTER_BREAK = re.compile(  # the character before a word starting as a count can
    "[^" + "".join(sorted(_ASCII_WORD)).lower() + "]" + f"(?=(?:{_EN_COUNT_STARTS.pattern}))"
)


# The patterns matched only where a count can start (the English one in text beyond ASCII:
# Persian, Uyghur…). In Turkish, Russian and Uyghur text so many words start with the first
# letter of a number word that their own search is as fast (29 → 36, 33 → 31 and 21 → 34 µs
# a text; English beyond ASCII 51 → 23, Chinese 23 → 18).
_COUNTED_FROM_STARTS = frozenset({"en", "zh"})


@cache
def _count_starts(language: str) -> re.Pattern[str]:
    """Where a count of ``language`` can start (Chinese has no ``(?<!\\w)``)."""
    firsts = [word[0] for word in (*_NUMBER_WORDS[language], *_QUALIFIERS_OF.get(language, ()))]
    pattern = _COUNT_PATTERNS[language]
    return count_starts.starts(firsts, pattern.flags, after_break=language != "zh")


def warm_up() -> None:
    """Build the count-start classes (≈ 20 ms each, read from every character of the BMP)
    before workers fork, so each worker does not build its own at its first such text."""
    for language in _COUNTED_FROM_STARTS:
        _count_starts(language)


def _counts(language: str, text: str) -> Iterator[re.Match[str]]:
    """``_COUNT_PATTERNS[language].finditer(text)``, matched only where a count can start."""
    pattern, starts = _COUNT_PATTERNS[language], _count_starts(language)
    return count_starts.finditer(pattern, starts, text, after_break=language != "zh")


def _to_int(raw: str) -> int:
    digits = re.sub(r"[,.]", "", raw)
    return int(digits) if digits.isdigit() else 0

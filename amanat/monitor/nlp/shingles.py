"""Tokens and shingles for near-duplicate detection, and the entity features for rewrites.

Words are the unit in spaced scripts; in Chinese (no spaces) each Han character is a token, so
a shingle of three tokens is a character trigram. Entity features are what survives rewriting and
translation: names, numbers, dates, countries and cities, written as language-neutral strings
(``t:2019-06``, ``c:AE``, ``p:dubai``) where possible, so an English article and its Chinese
translation can share them.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Container
from itertools import pairwise
from typing import NamedTuple

from amanat.monitor.nlp import extract
from amanat.monitor.nlp.amounts import amount_features
from amanat.monitor.nlp.gazetteer import DEMONYMS_EN
from amanat.monitor.nlp.name_keys import arabic_script_keys, han_name_keys, name_key
from amanat.monitor.nlp.tagging import Analysis, Tagging
from amanat.monitor.nlp.textmodel import MIN_WORDS, word_count

VERSION = "shingles-5"  # 5: keys of Arabic-script words (session 33)
SHINGLE_SIZE = 3
_TOKEN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]|[^\W\d_\u3400-\u4dbf\u4e00-\u9fff]+|\d+")
# The same tokens in ASCII text, where ``[^\W\d_]`` is ``[A-Za-z]`` and ``\d`` is ``[0-9]``: plain
# classes ``re`` tests without looking up each character's Unicode category (40% faster).
_ASCII_TOKEN = re.compile(r"[A-Za-z]+|[0-9]+")


def _tokens(text: str) -> list[str]:
    """``_TOKEN.findall(text)``."""
    return (_ASCII_TOKEN if text.isascii() else _TOKEN).findall(text)


# A capital not after a word character. The look-behind is read after the capital (two
# characters back, the capital the second): the same matches, but the pattern opens with a
# character class, which ``re`` skips to in C instead of entering the look-behind at every
# position of every text, Chinese and Persian ones included.
_CAPITALISED = re.compile(r"[A-ZÀ-ÖØ-ÞĞİŞ](?<![\w'’].)[a-zà-öø-ÿğış]+(?:['’][a-zçğıöşü]+)?")
_CAPITALISED_CYRILLIC = re.compile(r"[А-ЯЁ](?<!\w.)[а-яё]+")
# Capitalised words that are not names (sentence starts, titles, institutions).
_NOT_NAMES_TEXT = """
the a an he she it they we i you his her their our its this that these those there then when
while after before but and or if as at in on of for from by with without since until according
although however meanwhile also yet still so police rights human world congress university
project society report research researchers director president minister ministry government
officials court january february march april may june july august september october november
december monday tuesday wednesday thursday friday saturday sunday dr mr mrs ms prof uyghur
uyghurs uighur uighurs kazakh kazakhs tibetan tibetans muslim muslims islam communist party
chinese western european asian international national united nations new north south east west
central state security foreign affairs department agency centre center group groups watch
amnesty freedom house press bbc news reuters ani afp associated related latest read more share
follow leave reply email required ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim
kasım aralık many some most
"""
_NOT_NAMES = frozenset(_NOT_NAMES_TEXT.split())


def tokens(text: str) -> list[str]:
    """Case-folded word tokens; Han characters one by one."""
    return _tokens(text.casefold())


def shingle_set(words: list[str], size: int = SHINGLE_SIZE) -> list[str]:
    """Distinct ``size``-token shingles (the tokens themselves for very short texts)."""
    if len(words) < size:
        return list(dict.fromkeys(words))
    if size == SHINGLE_SIZE:  # the usual size, joined in C: the set made in the same order
        triples = zip(words, words[1:], words[2:], strict=False)  # the later lists are shorter
        return list(set(map(" ".join, triples)))
    return list({" ".join(words[i : i + size]) for i in range(len(words) - size + 1)})


_FOLD = str.maketrans({"ı": "i", "İ": "I"})
_STOP_PREFIXES = ("uygur", "uyghur", "uighur", "kazak", "tibet", "çin", "cin", "türk", "turk")


def fold(word: str) -> str:
    """Case- and accent-folded: Gülnar, Gulnar and GÜLNAR compare equal; Turkish ı/İ too."""
    folded = _FOLDED.get(word)
    if folded is None:
        decomposed = unicodedata.normalize("NFKD", word.translate(_FOLD).casefold())
        folded = "".join(char for char in decomposed if not unicodedata.combining(char))
        if len(_FOLDED) >= _MAX_FOLDED:
            _FOLDED.clear()
        _FOLDED[word] = folded
    return folded


# Folded words already seen: names recur across a stream of articles.
_FOLDED: dict[str, str] = {}
_MAX_FOLDED = 100_000
_APOSTROPHE = re.compile(r"['’]")


def _sentence_start(before: str) -> bool:
    """Whether ``before`` (the three characters before a word) ends a sentence as the search
    ``(?:^|[.!?:;"“”«»—–-]\\s*|\\n)\\s*$`` reads it: nothing but white space, or white space
    after a stop or a quote, or a line break (``str.rstrip`` strips what ``\\s`` matches)."""
    rest = before.rstrip()
    return not rest or rest[-1] in _STOPS or "\n" in before[len(rest) :]


_STOPS = '.!?:;"“”«»—–-'


class _Text(NamedTuple):
    """What every name pass reads of one text, computed once."""

    text: str
    lowered: Container[str]  # its word tokens (a _Tokens)
    skipped: set[int]  # offsets inside places, which are features of their own


def _text(text: str, skip: list[tuple[int, int]]) -> _Text:
    skipped = {offset for start, end in skip for offset in range(start, end)}
    return _Text(text, _Tokens(text), skipped)


class _Tokens:
    """Whether a word is one of the text's tokens (``word in set(_tokens(text))``), answered
    by finding the word in the text with no token letter either side of it: a text's few
    lower-cased name candidates are found that way in a fraction of the time that building
    the set of its tokens takes (``test_entity_fast_paths``)."""

    __slots__ = ("_set", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        self._set: set[str] | None = None

    def __contains__(self, word: object) -> bool:
        text = self._text
        if not isinstance(word, str) or _LETTERS.fullmatch(word) is None:
            tokens = self._set  # not a run of token letters: the set itself, built once
            if tokens is None:
                tokens = self._set = set(_tokens(text))
            return word in tokens
        size = len(word)
        start = text.find(word)
        while start >= 0:
            end = start + size
            if (start == 0 or _LETTER.match(text, start - 1) is None) and (
                end == len(text) or _LETTER.match(text, end) is None
            ):
                return True
            start = text.find(word, start + 1)
        return False


# ``_TOKEN``'s letter run, and one of its letters: a token equal to a word of these letters is
# the word found with no such letter either side of it.
_LETTERS = re.compile(r"[^\W\d_\u3400-\u4dbf\u4e00-\u9fff]+")
_LETTER = re.compile(r"[^\W\d_\u3400-\u4dbf\u4e00-\u9fff]")


def _names(words: _Text, capitalised: re.Pattern[str] = _CAPITALISED) -> list[str]:
    """Latin-script proper names: capitalised, not a stop word, never written in lower case
    elsewhere; a capitalised first word of a sentence counts only if it is capitalised
    elsewhere too. Places (``skip`` spans) are features of their own; Turkish endings are cut."""
    text, lowered, skipped = words
    found: list[tuple[int, int, str, bool]] = []
    keys: dict[str, str | None] = {}  # per word: its key, None when not a name
    for match in capitalised.finditer(text):
        start, end = match.span()
        if start in skipped:
            continue
        word = match.group(0)
        if "'" in word or "’" in word:
            word = _APOSTROPHE.split(word, maxsplit=1)[0]
        if word in keys:  # a name written again: the same word, the same answer
            key = keys[word]
        else:
            key = keys[word] = _name_key(word, lowered)
        if key is None:
            continue  # not a name
        found.append((start, end, key, _sentence_start(text[max(0, start - 3) : start])))
    confirmed = {key for _s, _e, key, initial in found if not initial}
    starts = {start for start, _e, _k, _i in found}
    # A sentence-initial word stays when confirmed elsewhere or followed by another name
    # ("Kerim Zair, a Uyghur who…").
    kept = [(s, e, key) for s, e, key, initial in found
            if not initial or key in confirmed or e + 1 in starts]  # fmt: skip
    names = [key for _s, _e, key in kept]
    for (_s1, end1, first), (start2, _e2, second) in pairwise(kept):
        if 0 < start2 - end1 <= 1:
            names.append(f"{first}_{second}")
    return names


def _name_key(word: str, lowered: Container[str]) -> str | None:
    """The folded key of a capitalised word of a text whose tokens are ``lowered``; None
    when it is no name: short, a stop word or prefix, a demonym, or written in lower case
    in the text. A function of the word and the text alone, asked once per word and text."""
    key = fold(word)
    if (len(key) < 3 or key in _NOT_NAMES or key.startswith(_STOP_PREFIXES)
            or word in DEMONYMS_EN or word.casefold() in lowered):  # fmt: skip
        return None
    return key


def features(analysis: Analysis) -> list[str]:
    """Distinct entity features of one text, interned (the grouper keeps millions)."""
    found: list[str] = []
    for place in analysis.places:
        found.append(f"p:{place.city}" if place.city else f"c:{place.iso}")
    for mention in analysis.dates:
        if mention.precision != "year":
            found.append(f"t:{mention.value[:7]}")
        if mention.precision == "day":
            found.append(f"t:{mention.value}")
    found += [f"{'y' if year else 'd'}:{number}" for number, year in _numbers(analysis)]
    found += amount_features(analysis.text)
    words = _text(analysis.text, [(place.start, place.end) for place in analysis.places])
    names = _names(words)
    found += [f"{'nn' if '_' in name else 'n'}:{name}" for name in names]
    found += _name_keys(words, names)
    return [sys.intern(feature) for feature in dict.fromkeys(found)]


def _name_keys(words: _Text, latin: list[str]) -> list[str]:
    """``s:`` keys of the names, Latin, Cyrillic and Chinese alike (:mod:`name_keys`): what an
    English report and its Russian or Chinese translation share of Skripal, Скрипаль and
    斯克里帕尔; and of every Persian and Uyghur word but the common ones, which no capital
    tells from a name (since ``shingles-5``)."""
    names = [name for name in latin if "_" not in name]
    ascii_text = words.text.isascii()  # no Cyrillic letter, no interpunct (O(1) in CPython)
    if not ascii_text and _HAS_CYRILLIC.search(words.text):
        names += [n for n in _names(words, _CAPITALISED_CYRILLIC) if "_" not in n]
    keys = list(map(name_key, names))
    if not ascii_text and _HAS_INTERPUNCT.search(words.text):
        keys += han_name_keys(words.text)
    if not ascii_text and _HAS_ARABIC.search(words.text):
        keys += arabic_script_keys(words.text)
    return [f"s:{key}" for key in dict.fromkeys(keys) if key]


_HAS_CYRILLIC = re.compile(r"[А-ЯЁ]")
_HAS_INTERPUNCT = re.compile(r"[·‧•・]")
_HAS_ARABIC = re.compile(r"[\u0621-\u064a\u067e-\u06d3]")


# The codebook's tactic families (design/taxonomy.md): translations of one report may tag
# different tactics of one family, two events seldom share none.
FAMILY = {
    "threat_to_family": "proxy",
    "family_contact_control": "proxy",
    "informant_recruitment": "cooptation",
    "bribery_inducement": "cooptation",
    "silencing_demand": "distance",
    "direct_threat": "distance",
    "bounty_or_warrant": "distance",
    "online_harassment": "digital",
    "hacking_spyware": "digital",
    "impersonation": "digital",
    "surveillance": "physical",
    "passport_consular_denial": "mobility",
    "interpol_abuse": "host_state",
    "extradition_request": "host_state",
    "detention": "direct",
    "deportation": "direct",
    "rendition": "direct",
    "assault": "direct",
    "assassination": "direct",
}


def _numbers(analysis: Analysis) -> list[tuple[str, bool]]:
    """The numbers written outside the dates, each with whether it reads as a year (one of
    the dates' years, or four digits from 19… or 20…)."""
    years = {mention.value[:4] for mention in analysis.dates}
    date_spans = [(mention.start, mention.end) for mention in analysis.dates]
    return [(number, number in years or (len(number) == 4 and number[:2] in {"19", "20"}))
            for start, number in extract.numbers_at(analysis.text)
            if not any(begin <= start < end for begin, end in date_spans)]  # fmt: skip


def _years(analysis: Analysis) -> list[str]:
    """Every year a short report names: its dates' (a year named alone too) and its year-like
    numbers (the extractor reads dates from 1980 on). None for a long article, which recalls
    the years of its background as well as the year of its news (grouping-12)."""
    if word_count(analysis.text) >= MIN_WORDS:
        return []
    found = {mention.value[:4] for mention in analysis.dates}
    found.update(number for number, year in _numbers(analysis) if year)
    return sorted(found)


def event_features(analysis: Analysis, tagging: Tagging) -> list[str]:
    """Language-neutral features of the event: the origin state (``o:SA``), the tactics
    (``k:rendition``) and one key joining them to the first month named (``e:SA:2018-10``) —
    what an English report and its Persian translation share when no word does."""
    origin = tagging.first("origin_state")
    read = tagging.before_veto or tagging  # a text model's veto changes relevance, not the event
    found = [f"k:{code}" for code in read.tactics]
    found += sorted({f"f:{FAMILY[code]}" for code in read.tactics if code in FAMILY})
    if origin:
        found.append(f"o:{origin}")
        found += [f"x:{origin}>{host}" for host in read.host_countries]
        months = [m.value[:7] for m in analysis.dates if m.precision != "year"]
        if months:
            found.append(f"e:{origin}:{months[0]}")
    # A short report's years, read by the grouper's years gate only (story_events), never
    # matched on (story_events.matched).
    found += [f"a:{year}" for year in _years(analysis)]
    return [sys.intern(feature) for feature in found]

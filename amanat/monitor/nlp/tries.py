"""Many names matched at once: a trie-shaped regex, tried only where a word starts, or the
same names in an Aho-Corasick automaton that reads only word starts (:class:`WordStartNames`).

The gazetteer, the state-name table and the rule literals each match hundreds of names in every
text; how they are matched fast is one concern, kept apart from what the names are.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache
from typing import Any, TypeAlias

import numpy as np

try:  # names at word starts in one C pass (pyahocorasick, BSD-3-Clause; literals.py uses it too)
    import ahocorasick
except ImportError:  # pragma: no cover - a dependency; the regex is the fallback
    ahocorasick = None

Trie: TypeAlias = dict[str, "Trie"]


def trie_pattern(words: list[str], lead: re.Pattern[str] | None = None, groups: int = 0) -> str:
    """One regex for many words, factored by common prefixes (``Ka(?:zakhstan|yseri)``):
    Python's ``re`` tries alternatives one by one, so a trie is several times faster than a
    flat alternation of hundreds of names. Longer words win over their prefixes.

    The root's branches begin with different characters, so at any position at most one of
    them can match, whatever their order (the patterns are case-sensitive): ``lead`` puts the
    branches whose first character it matches first (a language's own script, tried before
    the hundreds of other first letters), and ``groups`` puts the branches, in the same order,
    in groups of that many behind a look-ahead of their first characters (a group whose
    look-ahead fails holds no branch that could match). Both change the time, not the match;
    ``groups`` is for a pattern entered at every position (a look-behind first), since a
    look-ahead first leaves ``re`` no characters to skip to."""
    trie: Trie = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    if lead is None and not groups:
        return _trie_regex(trie)
    ordered = sorted((re.escape(char) + _trie_regex(child), char)
                     for char, child in trie.items() if char)  # fmt: skip
    if lead is not None:
        ordered.sort(key=lambda branch: lead.match(branch[1]) is None)  # stable: sorted within
    if groups:
        chunks = [ordered[i : i + groups] for i in range(0, len(ordered), groups)]
        parts = ["(?=[" + "".join(re.escape(char) for _b, char in chunk) + "])(?:"
                 + "|".join(branch for branch, _c in chunk) + ")" for chunk in chunks]  # fmt: skip
    else:
        parts = [branch for branch, _char in ordered]
    if not parts:
        return ""
    body = parts[0] if len(parts) == 1 and not groups else "(?:" + "|".join(parts) + ")"
    return f"(?:{body})?" if "" in trie else body


def _trie_regex(node: Trie) -> str:
    branches = [re.escape(char) + _trie_regex(child) for char, child in node.items() if char]
    ends = "" in node
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(sorted(branches)) + ")"
    return f"(?:{body})?" if ends else body


# The script of each language's own names: their branches are tried first (``lead``).
_CYRILLIC, _ARABIC = re.compile("[\u0400-\u052f]"), re.compile("[\u0600-\u06ff\u0750-\u077f]")
LEAD = {"ru": _CYRILLIC, "kk": _CYRILLIC, "fa": _ARABIC, "ug": _ARABIC,
        "zh": re.compile("[\u3400-\u4dbf\u4e00-\u9fff]")}  # fmt: skip
GROUPS = 40  # branches per group of the look-behind form's root (fastest of 20–70 measured)

_WORD_CHAR = re.compile(r"\w")
_LOOK_BEHIND_SCRIPTS = re.compile("[\u0400-\u052f\u0600-\u06ff]")  # Cyrillic, Arabic


# A pattern's equivalent with its root in groups (``trie_pattern(…, groups=…)``), for the
# look-behind form: the same matches, found faster where every word start enters the root.
# Both tables are keyed by the pattern's id, not the pattern: hashing a compiled pattern
# hashes its whole compiled code (≈ 0.2 ms for a matcher of every name, at every call). Each
# entry keeps its pattern, so no other pattern can take its id.
_GROUPED: dict[int, tuple[re.Pattern[str], str]] = {}
_LOOK_BEHIND: dict[int, tuple[re.Pattern[str], re.Pattern[str]]] = {}


def with_groups(pattern: re.Pattern[str], grouped: str) -> re.Pattern[str]:
    """Record ``grouped``, the same regex as ``pattern`` with its trie's root in groups."""
    _GROUPED[id(pattern)] = (pattern, grouped)
    return pattern


def _with_look_behind(pattern: re.Pattern[str]) -> re.Pattern[str]:
    entry = _LOOK_BEHIND.get(id(pattern))
    if entry is not None and entry[0] is pattern:
        return entry[1]
    grouped = _GROUPED.get(id(pattern))
    source = grouped[1] if grouped is not None and grouped[0] is pattern else pattern.pattern
    compiled = re.compile(rf"(?<!\w)(?:{source})", pattern.flags)
    _LOOK_BEHIND[id(pattern)] = (pattern, compiled)
    return compiled


def at_word_starts(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    r"""``finditer`` of ``(?<!\w)`` + ``pattern``, with the look-behind checked here: a pattern
    that starts with the names' first letters lets ``re`` skip every other position in C
    (four times faster in English). A match inside a word is dropped and the search goes on
    from the next position, as the look-behind would have made the regex do.

    Text in Arabic or Cyrillic script is the exception: there names (and Russian adjectives,
    written in lower case) begin with the commonest letters, the skip saves nothing and the
    trie is tried inside every word (two to three times slower than with the look-behind in
    the regex), so it gets the look-behind, before a root in groups where one was recorded
    (the same matches: the names are never empty)."""
    if _LOOK_BEHIND_SCRIPTS.search(text):
        yield from _with_look_behind(pattern).finditer(text)
        return
    position, search = 0, pattern.search
    while (match := search(text, position)) is not None:
        start = match.start()
        if start and _WORD_CHAR.match(text, start - 1):
            position = start + 1
            continue
        yield match
        position = max(match.end(), start + 1)


# Names at word starts by automaton. The automaton reads a marked copy of the text: every
# character ``\w`` does not match becomes NUL, and one NUL is added at each end, so a word
# starts right after a NUL. Each name is keyed as NUL + the name marked the same way (+ NUL
# where the name must end a word, the ``(?!\w)`` tail), so an occurrence of a key is a name
# that starts a word (and ends one). pyahocorasick looks a node's children up one by one: the
# root now has one child (NUL), and the node after it, the names' first characters (hundreds,
# in every script), is entered only at word starts. The names are split by the script of their
# first character, and a script's automaton is run only when the text has a letter of that
# script (every character that is not a letter counts as one script of its own, digits too).
_MARK = "\x00"
_CODE_BITS = 21  # every code point is below 2**21; the script's bit is kept above it
_CODE = (1 << _CODE_BITS) - 1
_LATIN, _CYRILLIC_SCRIPT, _ARABIC_SCRIPT, _OTHER, _NOT_A_LETTER = 1, 2, 4, 8, 16
_SCRIPT_RANGES = {_LATIN: ((0, 0x0370), (0x1E00, 0x1F00)), _CYRILLIC_SCRIPT: ((0x0400, 0x0530),),
                  _ARABIC_SCRIPT: ((0x0600, 0x0900), (0xFB50, 0xFF00))}  # fmt: skip
_SUFFIX_TAIL = re.compile(r"[\w'’]*")  # what a suffixed language's name takes after it


@cache
def _marks() -> np.ndarray[Any, np.dtype[np.uint32]]:
    """Per code point: itself where ``\\w`` matches it (else 0), and its script's bit above.
    ``re``'s ``\\w`` is ``str.isalnum`` or ``_`` (a test checks every code point)."""
    size = 0x110000
    word = np.fromiter(map(str.isalnum, map(chr, range(size))), dtype=bool, count=size)
    word[ord("_")] = True
    letter = np.fromiter(map(str.isalpha, map(chr, range(size))), dtype=bool, count=size)
    scripts = np.full(size, _OTHER, dtype=np.uint32)
    for script, ranges in _SCRIPT_RANGES.items():
        for low, high in ranges:
            scripts[low:high] = script
    scripts[~letter] = _NOT_A_LETTER
    codes = np.where(word, np.arange(size, dtype=np.uint32), np.uint32(0))
    return codes.astype(np.uint32) | (scripts << np.uint32(_CODE_BITS))


@cache
def _ascii_marks() -> dict[int, int]:
    table = _marks()
    return {code: int(table[code]) & _CODE for code in range(128)}


_LAST: list[tuple[str, str, int]] = [("", _MARK * 2, 0)]  # the text read last, for its next matcher


def marked(text: str) -> tuple[str, int]:
    """The text marked for :class:`WordStartNames` (NUL for every non-word character, one at
    each end) and the bits of the scripts it holds. The gazetteer and the state names read the
    same text one after the other: the last text's answer is kept (one tuple, replaced at
    once, so a thread never reads one text's marks with another's scripts)."""
    last = _LAST[0]
    if last[0] is text:
        return last[1], last[2]
    if text.isascii():  # str.translate maps ASCII to ASCII in C
        result = (_MARK + text + _MARK).translate(_ascii_marks()), _LATIN | _NOT_A_LETTER
    else:  # NUL maps to itself
        padded = (_MARK + text + _MARK).encode("utf-32-le", "surrogatepass")
        entries = _marks().take(np.frombuffer(padded, dtype="<u4"))
        scripts = int(np.bitwise_or.reduce(entries)) >> _CODE_BITS
        np.bitwise_and(entries, _CODE, out=entries)
        result = entries.tobytes().decode("utf-32-le"), scripts
    _LAST[0] = (text, *result)
    return result


class WordStartNames:
    """The matches of ``(?<!\\w)(?:trie)tail`` over a text, by automaton: where a word starts,
    the longest name there that the tail accepts (``(?!\\w)``: followed by no word character;
    ``[\\w'’]*``: any, the match running on over the word), left to right, each search from the
    previous match's end (``finditer``). :func:`word_start_spans` uses it for a pattern it was
    recorded for (:func:`with_names`); the regex stays the reference and the fallback."""

    def __init__(self, words: Iterable[str], *, suffixed: bool) -> None:
        self.suffixed = suffixed
        table = _marks()
        keyed: dict[int, dict[str, list[str]]] = {}
        for word in dict.fromkeys(words):
            marks = "".join(char if int(table[ord(char)]) & _CODE else _MARK for char in word)
            key = _MARK + marks + ("" if suffixed else _MARK)
            script = int(table[ord(word[0])]) >> _CODE_BITS
            keyed.setdefault(script, {}).setdefault(key, []).append(word)
        self._scans = []
        for script, keys in sorted(keyed.items()):
            machine = ahocorasick.Automaton()
            for key, names in keys.items():
                # start = end of the key - (its length - 1); names with non-word characters
                # share their key with their other spellings ("New York", "New-York"): checked
                checked = tuple(names) if _MARK in key[1 : 1 + len(names[0])] else None
                machine.add_word(key, (len(key) - 1, len(names[0]), checked))
            machine.make_automaton()
            self._scans.append((script, machine.iter))

    def spans(self, text: str) -> list[tuple[int, int]]:
        codes, scripts = marked(text)
        longest: dict[int, int] = {}
        for script, scan in self._scans:
            if scripts & script:
                for end, (back, length, checked) in scan(codes):
                    start = end - back
                    if checked is None or any(text.startswith(name, start) for name in checked):
                        longest[start] = max(length, longest.get(start, 0))
        found: list[tuple[int, int]] = []
        after = 0
        for start in sorted(longest):
            if start >= after:
                after = start + longest[start]
                if self.suffixed:  # ``[\w'’]*`` matches everywhere, if only the empty string
                    tail = _SUFFIX_TAIL.match(text, after)
                    after = tail.end() if tail is not None else after
                found.append((start, after))
        return found


_NAMES: dict[int, tuple[re.Pattern[str], WordStartNames]] = {}


def with_names(pattern: re.Pattern[str], words: list[str], *, suffixed: bool) -> re.Pattern[str]:
    """Record the automaton of ``pattern``'s names (``pattern`` is their trie followed by
    ``[\\w'’]*`` if ``suffixed``, else by ``(?!\\w)``), for :func:`word_start_spans`."""
    if ahocorasick is not None and ahocorasick.unicode:
        _NAMES[id(pattern)] = (pattern, WordStartNames(words, suffixed=suffixed))
    return pattern


def word_start_spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    """The spans of :func:`at_word_starts`, by the automaton recorded for ``pattern``."""
    entry = _NAMES.get(id(pattern))
    if entry is not None and entry[0] is pattern:
        return entry[1].spans(text)
    return [match.span() for match in at_word_starts(pattern, text)]

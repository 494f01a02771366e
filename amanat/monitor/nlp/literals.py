"""Required literals of a regular expression: a cheap test that a pattern cannot match a text.

Python's ``re`` has no fast path for a pattern that starts with ``\\b`` or an alternation of
words, so searching an article for each of some 150 tagging rules costs more than the rest of
the pipeline together, though most rules match nothing in a given article. Every match of
``\\b(?:detain\\w*|arrest\\w*)\\b`` contains "detain" or "arrest": when neither is in the text
(``str`` containment is a fast scan in C) the search cannot succeed and is skipped. The answer
is the pattern's own: this only ever skips a search that would have failed.

Literals are read from the parsed pattern (``re._parser``, the same parse ``re.compile`` uses):
runs of literal characters, alternations whose every branch requires something, groups and
repeats of at least one. Anything else (look-arounds, classes) requires nothing, and a pattern
that requires nothing is always searched. A case-insensitive pattern's literals are compared
case-folded the way ``re`` folds (its simple lower case, with ``ı`` = ``i``, ``ſ`` = ``s``…):
:class:`Gate`.
"""

from __future__ import annotations

import _sre  # the regex engine: the simple lower-case mapping re.IGNORECASE compares with
import re
import re._casefix as sre_casefix  # the letters re.IGNORECASE also takes as equal
import re._constants as sre  # the parse tree's opcodes (no public API; Python ≥ 3.11)
import re._parser as sre_parse
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import cache
from typing import Any, Generic, Protocol, TypeVar

from amanat.monitor.nlp.gazetteer import trie_pattern

try:  # every literal of an index found in one pass in C (pyahocorasick, BSD-3-Clause)
    import ahocorasick
except ImportError:  # pragma: no cover - a dependency; without it, the trie regex's scan
    ahocorasick = None

T = TypeVar("T")
# Strings one of which is in every text a pattern matches; None: nothing known to be required.
Needed = frozenset[str] | None
_UNSUPPORTED_FLAGS = re.LOCALE
_MAX_CHARSET = 4  # a class of up to this many literal characters counts as alternatives
_FEW_LITERALS = 4  # up to this many, a Gate tests each with ``in``; more, one regex search


def _better(a: Needed, b: Needed) -> Needed:
    """The more selective of two requirements: words before bare digits (every date has a
    "19" or "20"), then the longer shortest literal, then fewer literals."""
    if a is None:
        return b
    if b is None:
        return a
    return a if _selectivity(a) >= _selectivity(b) else b


def _selectivity(required: frozenset[str]) -> tuple[bool, int, int]:
    worded = all(any(char.isalpha() for char in literal) for literal in required)
    return worded, min(map(len, required)), -len(required)


def _charset(av: Any) -> Needed:
    if len(av) > _MAX_CHARSET or any(op is not sre.LITERAL for op, _v in av):
        return None
    return frozenset(chr(value) for _op, value in av)


def _through(op: Any, av: Any, inner: Callable[[Any], Needed]) -> Needed:
    """What a group, an alternation, a repeat or a small class requires, its sequences read by
    ``inner`` (:func:`_sequence`: anywhere in them; :func:`_leading`: at their start); None for
    any other element."""
    if op is sre.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        return None if add_flags or del_flags else inner(sub)
    if op is sre.BRANCH:
        found: set[str] = set()
        for branch in av[1]:
            needed = inner(branch)
            if needed is None:
                return None
            found |= needed
        return frozenset(found)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, _high, sub = av
        return inner(sub) if low >= 1 else None
    if op is sre.IN:
        return _charset(av)
    return None


def _item(op: Any, av: Any) -> Needed:
    """What one element of a sequence requires (a literal run is handled by the caller);
    look-arounds, anchors, ., classes and back-references require nothing."""
    if op is sre.ATOMIC_GROUP:
        return _sequence(av)
    return _through(op, av, _sequence)


_RUN = object()  # the op of a run of literal characters joined into one string (:func:`_runs`)


def _runs(items: Any) -> Iterator[tuple[Any, Any]]:
    """A sequence's elements in order, each run of literal characters joined into one
    ``(_RUN, string)``: a run is one string every match contains whole."""
    run: list[str] = []
    for op, av in items:
        if op is sre.LITERAL:
            run.append(chr(av))
            continue
        if run:
            yield _RUN, "".join(run)
            run = []
        yield op, av
    if run:
        yield _RUN, "".join(run)


def _sequence(items: Any) -> Needed:
    """The best requirement among a sequence's elements (every element is matched)."""
    best: Needed = None
    for op, av in _runs(items):
        best = _better(best, frozenset({av}) if op is _RUN else _item(op, av))
    return best


def needed(pattern: re.Pattern[str]) -> Needed:
    """Strings one of which is in every text the pattern matches (None: no such set known, or
    the pattern ignores case — see :class:`Gate`)."""
    folded, required = _needed(pattern.pattern, pattern.flags)
    return None if folded else required


class _Folding(dict[int, int]):
    """Code point → the representative of the letters ``re.IGNORECASE`` takes as equal to it
    (filled as letters are met; ``str.translate`` reads it)."""

    def __missing__(self, code: int) -> int:
        lower = _sre.unicode_tolower(code)
        folded = min((lower, *sre_casefix._EXTRA_CASES.get(lower, ())))
        self[code] = folded
        return folded


_FOLDING = _Folding()


def fold(text: str) -> str:
    """The text as a case-insensitive pattern sees it: ``fold(a) == fold(b)`` letter by letter
    exactly when ``re.IGNORECASE`` matches one with the other."""
    if _ASCII_FOLDS_AS_LOWER and text.isascii():
        return text.lower()  # the same, three times faster
    return text.translate(_FOLDING)


_ASCII = "".join(map(chr, range(128)))
_ASCII_FOLDS_AS_LOWER = _ASCII.translate(_FOLDING) == _ASCII.lower()


@cache
def _needed(source: str, flags: int) -> tuple[bool, Needed]:
    """(whether the pattern ignores case, its literals — case-folded if so)."""
    if flags & _UNSUPPORTED_FLAGS:
        return False, None
    try:
        parsed = sre_parse.parse(source, flags)
    except (re.error, RecursionError):  # cannot happen for a compiled pattern; be safe
        return False, None
    flags = parsed.state.flags  # with an inline (?i) at the start
    folded = bool(flags & re.IGNORECASE)
    if flags & _UNSUPPORTED_FLAGS:
        return folded, None
    found = _sequence(parsed.data)
    if not found:
        return folded, None
    if folded:
        found = frozenset(map(fold, found))
    # A literal containing another is present only if that one is: the shorter one suffices.
    return folded, frozenset(s for s in found if not any(o != s and o in s for o in found))


def _clauses(items: Any) -> list[frozenset[str]]:
    """Sets of strings, one of each in every match of the sequence: every element of a sequence
    is matched, and so is every element of a group or of a repeat of at least one in it; an
    alternation or a small class gives one set (:func:`_item`). Elements that require nothing
    (look-arounds, classes, optional parts) give none."""
    out: list[frozenset[str]] = []
    for op, av in _runs(items):
        if op is _RUN:
            out.append(frozenset({av}))
        elif op is sre.SUBPATTERN:
            if not av[1] and not av[2]:  # no flags changed inside
                out += _clauses(av[3])
        elif op is sre.ATOMIC_GROUP:
            out += _clauses(av)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            if av[0] >= 1:
                out += _clauses(av[2])
        elif required := _item(op, av):
            out.append(required)
    return out


def clauses(pattern: re.Pattern[str]) -> tuple[frozenset[str], ...]:
    """Every set of strings one of which every text the pattern matches contains (a text that
    holds none of one set cannot match); :func:`needed` is the most selective of them. Empty
    when the pattern ignores case or none is known."""
    if pattern.flags & _UNSUPPORTED_FLAGS:
        return ()
    try:
        parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    except (re.error, RecursionError):  # cannot happen for a compiled pattern; be safe
        return ()
    if parsed.state.flags & (re.IGNORECASE | _UNSUPPORTED_FLAGS):
        return ()
    # A literal containing another is present only if that one is: the shorter one suffices.
    reduced = (frozenset(s for s in found if not any(o != s and o in s for o in found))
               for found in _clauses(parsed.data))  # fmt: skip
    return tuple(dict.fromkeys(reduced))


_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
_MIN_LEADING = 2  # a search for shorter leading literals stops too often to save anything


def _leading(items: Any) -> Needed:
    """Strings one of which every match of the sequence starts with (after zero-width tests)."""
    for position, (op, av) in enumerate(items):
        if op in _ZERO_WIDTH:
            continue
        if op is sre.LITERAL:
            run = [chr(av)]
            for next_op, next_av in list(items)[position + 1 :]:
                if next_op is not sre.LITERAL:
                    break
                run.append(chr(next_av))
            return frozenset({"".join(run)})
        return _through(op, av, _leading)
    return None  # nothing consumed: the empty string may match


@cache
def leading(pattern: re.Pattern[str]) -> Needed:
    """Strings one of which every match of the pattern starts with; None when not known, when
    it ignores case, or when it starts with a literal (``re`` then skips to it itself)."""
    try:
        parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    except (re.error, RecursionError):  # cannot happen for a compiled pattern; be safe
        return None
    if parsed.state.flags & (re.IGNORECASE | _UNSUPPORTED_FLAGS):
        return None
    if not parsed.data or parsed.data[0][0] is sre.LITERAL:
        return None
    return _leading(parsed.data)


class Search(Protocol):
    def __call__(self, text: str, pos: int = 0, /) -> re.Match[str] | None: ...


def starts_search(pattern: re.Pattern[str]) -> Search:
    """``pattern.search``, tried only where one of its :func:`leading` strings starts (found by
    one trie search, which ``re`` runs from their first letters). A pattern that starts with
    ``\b`` or an alternation of such words has no prefix ``re`` can skip to, so its search
    enters it at every position: this gives the same first match (every match starts at such a
    place, and ``match`` there is what ``search`` tries there) in a quarter less time."""
    starts = leading(pattern)
    if starts is None or min(map(len, starts)) < _MIN_LEADING:
        return pattern.search
    find, match_at = re.compile(trie_pattern(sorted(starts))).search, pattern.match

    def search(text: str, pos: int = 0, /) -> re.Match[str] | None:
        while (start := find(text, pos)) is not None:
            match = match_at(text, start.start())
            if match is not None:
                return match
            pos = start.start() + 1
        return None

    return search


class Gate:
    """A pattern searched only in texts holding one of its literals; a case-insensitive one
    reads the text case-folded (:func:`fold`, done once per text by the caller)."""

    __slots__ = ("folds", "pattern", "probe", "required")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.folds, self.required = _needed(pattern.pattern, pattern.flags)
        # Many literals (month names) are looked for in one search of their alternation.
        many = self.required is not None and len(self.required) > _FEW_LITERALS
        self.probe = re.compile("|".join(map(re.escape, sorted(self.required or ())))).search \
            if many else None  # fmt: skip

    def finditer(self, text: str, folded: str) -> Iterator[re.Match[str]]:
        """``pattern.finditer(text)``; nothing when ``text`` (``folded``: ``fold(text)``)
        holds none of the literals."""
        return self.pattern.finditer(text) if self.holds(text, folded) else iter(())

    def holds(self, text: str, folded: str) -> bool:
        """Whether ``text`` (``folded``: ``fold(text)``) holds one of the literals (True when
        none are known): where it does not, the pattern cannot match."""
        required, seen = self.required, folded if self.folds else text
        if required is None:
            return True
        if self.probe is not None:
            return self.probe(seen) is not None
        return any(literal in seen for literal in required)


class Found:
    """The literals of an index found in some texts (one sentence, or all of an article's)."""

    __slots__ = ("literals", "texts", "universe")

    def __init__(self, texts: tuple[str, ...], literals: set[str], universe: frozenset[str]):
        self.texts, self.literals, self.universe = texts, literals, universe

    def may_contain(self, required: Needed) -> bool:
        """False only when none of the texts contains any of ``required``."""
        if required is None:
            return True
        if required <= self.universe:
            return not required.isdisjoint(self.literals)
        return any(literal in text for text in self.texts for literal in required)


class LiteralIndex:
    """Which of many literals a text contains, in one scan: an Aho-Corasick automaton
    (pyahocorasick) reports every occurrence of every literal in one pass. Without it (or with
    ``automaton=False``, the reference the tests compare with) a trie regex finds the longest
    literal starting at each position where one starts; the shorter ones starting there are
    its prefixes. Both give the set of the literals that occur in the text."""

    def __init__(self, literals: Iterable[str], *, automaton: bool = True) -> None:
        words = sorted(set(literals))
        self.universe = frozenset(words)
        self._pattern = re.compile(trie_pattern(words)) if words else None
        self._prefixes = {word: tuple(word[:n] for n in range(1, len(word) + 1)
                                      if word[:n] in self.universe) for word in words}  # fmt: skip
        self._every: Callable[[str], Iterator[tuple[int, str]]] | None = None
        if automaton and words and ahocorasick is not None:
            machine = ahocorasick.Automaton()
            for word in words:
                machine.add_word(word, word)
            machine.make_automaton()
            self._every = machine.iter

    def scan(self, text: str) -> Found:
        """The literals of the index in ``text``: every one that occurs in it."""
        if self._every is not None:
            # Every occurrence of every literal, overlapping ones included, in one pass in C
            # (Aho-Corasick): the same set as the trie's search loop, five times faster.
            return Found((text,), {word for _end, word in self._every(text)}, self.universe)
        found: set[str] = set()
        if self._pattern is not None:
            # Searched again one character after each match start (literals overlap): a
            # search skips to the literals' first letters in C, where a look-ahead run by
            # finditer (the same matches) entered the regex at every position.
            prefixes, search = self._prefixes, self._pattern.search
            match = search(text)
            while match is not None:
                found.update(prefixes[match.group(0)])
                match = search(text, match.start() + 1)
        return Found((text,), found, self.universe)

    def union(self, parts: Sequence[Found]) -> Found:
        """What the texts of ``parts`` contain between them (not across their borders)."""
        found: set[str] = set()
        for part in parts:
            found |= part.literals
        return Found(tuple(text for part in parts for text in part.texts), found, self.universe)


class Candidates(Generic[T]):
    """Items in their order, each with the literals it needs (one of them): the ones that may
    match are found from the literals present, not by asking every item."""

    def __init__(
        self, items: Sequence[tuple[T, Needed]], index: LiteralIndex | frozenset[str]
    ) -> None:
        self._universe = index if isinstance(index, frozenset) else index.universe
        self._items = [item for item, _required in items]
        self._always: list[int] = []  # needs nothing, or literals the index does not look for
        self._by_literal: dict[str, list[int]] = {}
        for position, (_item, required) in enumerate(items):
            if required is None or not required <= self._universe:
                self._always.append(position)
                continue
            for literal in required:
                self._by_literal.setdefault(literal, []).append(position)
        self._keys = frozenset(self._by_literal)

    def select(self, found: Found) -> list[T]:
        """The items that may match where ``found`` was read (all of them unless it comes
        from this table's index), in their order."""
        if found.universe is not self._universe:
            return list(self._items)
        chosen = set(self._always)
        by_literal = self._by_literal
        for literal in self._keys.intersection(found.literals):  # in C, over the smaller set
            chosen.update(by_literal[literal])
        items = self._items
        return [items[position] for position in sorted(chosen)]

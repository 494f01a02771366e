"""The tagger's rules as data: each is an id, a value, a language and sentence-level patterns.

A rule fires on a sentence when every ``all_of`` pattern matches it and no ``none_of`` pattern
does. Rule ids are stable (``tactic.detention.en.1``) and every tag carries the id and
:data:`VERSION`, so a rejected proposal can be traced to the rule that produced it. Change a
pattern → bump :data:`VERSION`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache, cached_property

from amanat.monitor.nlp.literals import (
    Candidates,
    Found,
    Needed,
    Search,
    clauses,
    needed,
    starts_search,
)

VERSION = "rules-24"  # 22: no origin read, model sure (s25); 23: the tactic model's bars (s25);
# 24: a state named after an English "of" stays an origin candidate (origin-of, s30)


def _passes(
    lowered_sentence: str,
    may_contain: Callable[[Needed], bool],
    all_of: Sequence[tuple[Search, Needed]],
    none_of: Sequence[tuple[Search, Needed]],
) -> bool:
    """Every ``all_of`` pattern matches and no ``none_of`` pattern does; a pattern whose
    literals the sentence cannot hold is not searched (it cannot match). One loop for
    :meth:`Rule.fires` and :meth:`Rule.fires_past_first`."""
    for search, required in all_of:
        if not may_contain(required) or search(lowered_sentence) is None:
            return False
    for search, required in none_of:
        if may_contain(required) and search(lowered_sentence) is not None:
            return False
    return True


@dataclass(frozen=True)
class Rule:
    id: str
    value: str
    language: str
    all_of: tuple[re.Pattern[str], ...]
    none_of: tuple[re.Pattern[str], ...] = field(default=())
    # Extra conditions checked by the tagger with the sentence's places: "host" (a host-country
    # place or authority in the sentence), "not_home" (no place of the origin state).
    needs: frozenset[str] = field(default=frozenset())

    @cached_property
    def _needed(self) -> tuple[tuple[Needed, ...], tuple[Needed, ...]]:
        return tuple(map(needed, self.all_of)), tuple(map(needed, self.none_of))

    @property
    def needed(self) -> Needed:
        """The literals the first pattern needs (one of them), None when not known."""
        return self._needed[0][0]

    @property
    def needs_each(self) -> tuple[Needed, ...]:
        """The literals each ``all_of`` pattern needs (one of them), None where not known."""
        return self._needed[0]

    @property
    def literals(self) -> list[str]:
        """Every literal some pattern of the rule requires (for a :class:`LiteralIndex`)."""
        all_of, none_of = self._needed
        return [literal for required in all_of + none_of for literal in required or ()]

    def may_fire(self, sentences: Found) -> bool:
        """False when the rule can fire in no sentence: a literal one of its patterns needs is
        in none of them."""
        return all(map(sentences.may_contain, self._needed[0]))

    @cached_property
    def _clauses(self) -> tuple[frozenset[str], ...]:
        """What the ``all_of`` patterns require besides the literals of each one's
        :attr:`_needed` (tested on their own): sets of strings, one of each in every sentence
        the rule fires in (:func:`literals.clauses`)."""
        tested = set(self._needed[0])
        found = (clause for pattern in self.all_of for clause in clauses(pattern))
        return tuple(dict.fromkeys(clause for clause in found if clause not in tested))

    def gate(self, universe: frozenset[str]) -> tuple[frozenset[str], ...]:
        """The sets of :attr:`_clauses` an index of ``universe`` looks for: a sentence whose
        literals miss every string of one of them cannot fire the rule (:func:`holds`). The
        others are not asked: a text scan would cost about what the search it spares costs."""
        table = self.__dict__.get("_gates")
        if table is None:
            table = self.__dict__["_gates"] = {}
        known = table.get(id(universe))
        if known is None or known[0] is not universe:
            known = table[id(universe)] = (universe, tuple(c for c in self._clauses
                                                           if c <= universe))  # fmt: skip
        return known[1]

    def fires(self, lowered_sentence: str, found: Found | None = None) -> bool:
        """Whether the rule fires on a sentence already lower-cased with ``str.lower``. With
        the literals ``found`` in the sentence, a pattern whose literals are not there is not
        searched (literals.py): it cannot match."""
        if found is None:
            return all(p.search(lowered_sentence) for p in self.all_of) and not any(
                p.search(lowered_sentence) for p in self.none_of
            )
        all_of, none_of = self._plan
        return _passes(lowered_sentence, found.may_contain, all_of, none_of)

    def fires_past_first(self, lowered_sentence: str, found: Found) -> bool:
        """:meth:`fires` with ``found``, in a sentence ``found`` already shows may hold a literal
        the first pattern needs (``found.may_contain(self.needed)``, as in the sentences
        ``tagging._Rules`` asks): that test is not made again."""
        (first, _required), rest, none_of = self._plan_past_first
        if first(lowered_sentence) is None:
            return False
        return _passes(lowered_sentence, found.may_contain, rest, none_of)

    @cached_property
    def _plan_past_first(
        self,
    ) -> tuple[
        tuple[Search, Needed], tuple[tuple[Search, Needed], ...], tuple[tuple[Search, Needed], ...]
    ]:
        all_of, none_of = self._plan
        return all_of[0], all_of[1:], none_of

    @property
    def search_first(self) -> Search:
        """The first pattern's search (:func:`literals.starts_search`)."""
        return self._plan[0][0][0]

    @cached_property
    def _plan(self) -> tuple[tuple[tuple[Search, Needed], ...], ...]:
        """Each pattern's bound search with the literals it needs (all_of, none_of)."""
        all_needed, none_needed = self._needed
        all_of, none_of = map(starts_search, self.all_of), map(starts_search, self.none_of)
        return (tuple(zip(all_of, all_needed, strict=True)),
                tuple(zip(none_of, none_needed, strict=True)))  # fmt: skip


def holds(gate: tuple[frozenset[str], ...], found: Found) -> bool:
    """Whether the literals ``found`` hold one string of every set of a :meth:`Rule.gate`."""
    literals = found.literals
    for clause in gate:  # noqa: SIM110 (a loop: all() of a generator costs twice as much)
        if clause.isdisjoint(literals):
            return False
    return True


def lower_pattern(pattern: str) -> str:
    """The pattern for lower-cased text: literals lower-cased, escapes (``\\W``, ``\\S``,
    ``\\b``…) kept. Matching lower-cased text without ``re.IGNORECASE`` is twice as fast."""
    out, escaped = [], False
    for char in pattern:
        out.append(char if escaped else char.lower())
        escaped = not escaped and char == "\\"
    return "".join(out)


@cache
def compiled(source: str) -> re.Pattern[str]:
    """One pattern of a per-language table, compiled once (seats.py, suspects.py,
    vetoes_charged_at_home.py)."""
    return re.compile(source)


def search_in(table: Mapping[str, str], language: str, text: str) -> re.Match[str] | None:
    """The first match of the language's pattern in ``text``; None without a pattern."""
    source = table.get(language)
    return compiled(source).search(text) if source else None


def _compile(pattern: str | re.Pattern[str]) -> re.Pattern[str]:
    source = pattern.pattern if isinstance(pattern, re.Pattern) else pattern
    return re.compile(lower_pattern(source))


def make_rules(
    kind: str,
    value: str,
    by_language: Mapping[str, Sequence[str | tuple[str | re.Pattern[str], ...]]],
    *,
    none_of: Mapping[str, Sequence[str | re.Pattern[str]]] | None = None,
    needs: Iterable[str] = (),
) -> list[Rule]:
    """Rules ``kind.value.lang.N``: each entry is a pattern or a tuple of patterns (all needed)."""
    rules = []
    for language, entries in by_language.items():
        excluded = tuple(_compile(p) for p in (none_of or {}).get(language, ()))
        for number, entry in enumerate(entries, start=1):
            parts = entry if isinstance(entry, tuple) else (entry,)
            rules.append(Rule(id=f"{kind}.{value}.{language}.{number}", value=value,
                              language=language, all_of=tuple(_compile(p) for p in parts),
                              none_of=excluded, needs=frozenset(needs)))  # fmt: skip
    return rules


_BY_LANGUAGE: dict[tuple[int, str], tuple[list[Rule], Sequence[Rule]]] = {}
# The languages rules are written in; every other language is read with the English rules.
RULE_LANGUAGES = ("en", "tr", "zh", "ug", "ru", "fa")


def rules_language(language: str) -> str:
    """The language whose rules read a text in ``language`` (:func:`for_language`)."""
    return language if language in RULE_LANGUAGES else "en"


def for_language(rules: Sequence[Rule], language: str) -> list[Rule]:
    """Rules written for the language; texts in other languages use the English rules.
    Cached per rule list (the tagger asks for the same few lists for every article)."""
    wanted = rules_language(language)
    key = (id(rules), wanted)
    cached = _BY_LANGUAGE.get(key)
    if cached is None or cached[1] is not rules:
        cached = ([rule for rule in rules if rule.language == wanted], rules)
        _BY_LANGUAGE[key] = cached
    return cached[0]


class Sieve:
    """Rules in their order; in a sentence whose literals were found, only the rules whose first
    pattern's literals are there are asked (:class:`literals.Candidates`): the others cannot
    fire."""

    def __init__(self, rules: Sequence[Rule]) -> None:
        self.rules = tuple(rules)
        self._table: tuple[frozenset[str], Candidates[Rule]] | None = None

    def candidates(self, found: Found | None) -> Sequence[Rule]:
        """The rules that may fire where ``found`` was read (all without it), in their order."""
        if found is None:
            return self.rules
        table = self._table
        if table is None or table[0] is not found.universe:
            pairs = [(rule, rule.needed) for rule in self.rules]
            table = self._table = (found.universe, Candidates(pairs, found.universe))
        return table[1].select(found)


_SIEVES: dict[tuple[int, str], tuple[Sieve, Sequence[Rule]]] = {}


def sieve_for(rules: Sequence[Rule], language: str) -> Sieve:
    """The :class:`Sieve` of :func:`for_language` (cached the same way)."""
    key = (id(rules), language)
    cached = _SIEVES.get(key)
    if cached is None or cached[1] is not rules:
        cached = (Sieve(for_language(rules, language)), rules)
        _SIEVES[key] = cached
    return cached[0]

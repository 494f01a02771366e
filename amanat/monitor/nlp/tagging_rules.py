"""The rule loop of the tagger (``tagging._Rules``): the rules of one language run over one
article's lower-cased sentences, each rule tried only in the sentences holding the literals its
patterns need (literals.py), and the tactic rules and literal index they read."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING, NamedTuple

from amanat.monitor.nlp import extract
from amanat.monitor.nlp.literals import Candidates, Found, LiteralIndex, Needed
from amanat.monitor.nlp.rules import (
    RULE_LANGUAGES,
    Rule,
    for_language,
    gate_whose_act,
    holds,
    lookalikes,
    reach_abroad,
    rules_language,
    shots_and_fears,
    sieve_for,
)
from amanat.monitor.nlp.rules.context import (
    COMMUNITY_RULES,
    CRIMINAL_RULES,
    DIASPORA_RULES,
    EXPLICIT_RULES,
    ORIGIN_ACTOR_RULES,
    ORIGIN_NAME_RULES,
    PERPETRATOR_RULES,
    POLITICAL_RULES,
    RELEASE_RULES,
)
from amanat.monitor.nlp.rules.gate_cues import (
    KILLING_PLANNED,
    POLITICAL_MORE,
    RELEASE_NOT_DONE,
    STATUS_STRIPPED,
    TARGETING_ABROAD,
)
from amanat.monitor.nlp.rules.tactics import TACTIC_RULES as _RULES_1
from amanat.monitor.nlp.rules.tactics_conditional import CONDITIONAL_TACTIC_RULES
from amanat.monitor.nlp.rules.tactics_more import MORE_TACTIC_RULES
from amanat.monitor.nlp.rules.tactics_papers_and_handovers import PAPERS_AND_HANDOVERS_RULES
from amanat.monitor.nlp.rules.tactics_plain_words import PLAIN_WORD_RULES
from amanat.monitor.nlp.rules.vetoes import VETO_RULES
from amanat.monitor.nlp.rules.vetoes_roles import ROLE_VETO_RULES

if TYPE_CHECKING:
    from amanat.monitor.nlp.tagging import Analysis

TACTIC_RULES = (
    _RULES_1 + MORE_TACTIC_RULES + CONDITIONAL_TACTIC_RULES + STATUS_STRIPPED + KILLING_PLANNED
) + gate_whose_act.TACTIC_RULES  # acts the gate needed read (rules/gate_whose_act.py)
TACTIC_RULES += PAPERS_AND_HANDOVERS_RULES  # readings round 14a found missing
TACTIC_RULES += shots_and_fears.SHOTS_AND_FEARS_RULES  # readings of round 16b's error classes
TACTIC_RULES += reach_abroad.IN_ABSENTIA_RULES  # a sentence in absentia (session 23)
TACTIC_RULES += PLAIN_WORD_RULES  # acts in everyday words (session 23)


def empty_counter() -> Counter[str]:
    """``Counter()`` without its ``__init__`` (which only calls ``update`` with nothing): an
    empty dict of the class, in a seventh of the time; nine :class:`Hits` an article."""
    return Counter.__new__(Counter)


@dataclass
class Hits:
    """Per rule value: how many sentences it fired in, and the first one."""

    count: Counter[str] = field(default_factory=empty_counter)
    first: dict[str, tuple[str, str]] = field(default_factory=dict)
    # Tactics a rule read in a sentence that a veto then dropped as named but not done ("if he
    # is deported he may face torture"): the tactic model never adds them back (tacticmodel.py).
    named: set[str] = field(default_factory=set)

    def add(self, rule: Rule, sentence: str) -> None:
        self.count[rule.value] += 1
        self.first.setdefault(rule.value, (sentence, rule.id))


class Rules:
    """Rules of one language over lower-cased text. Most rules match nothing in a given
    article: the literals each pattern needs, found in every sentence in one scan, select the
    rules worth trying and the sentences worth searching (see literals.py)."""

    def __init__(self, analysis: Analysis) -> None:
        self.language = analysis.language
        self.lowered = lowered = analysis.text.lower()
        spans = analysis.sentences.spans
        if len(lowered) == len(analysis.text) and "Σ" not in analysis.text:
            # Every character lower-cased to one, none by its context (only Σ is): each
            # sentence's lower case is its slice of the text's.
            self.spans = [(span, lowered[span.start : span.end]) for span in spans]
        else:
            self.spans = [(span, span.text.lower()) for span in spans]
        index = literal_index(self.language)
        self.found = [index.scan(lowered) for _span, lowered in self.spans]
        pairs = zip(self.spans, self.found, strict=True)
        self.found_at = {span.start: found for (span, _lowered), found in pairs}
        self.lowered_at = {span.start: lowered for span, lowered in self.spans}
        self.memo: dict[str, object] = {}  # what several passes over this text ask for alike
        self.anywhere = index.union(self.found)
        self.sentences_for: dict[Needed, list[tuple[tuple[extract.Span, str], Found]]] = {}

    def run(
        self, rules: Sequence[Rule], *, check: Callable[[Rule, extract.Span], bool] | None = None
    ) -> Hits:
        hits = Hits()
        anywhere = self.anywhere
        literals = anywhere.literals
        # Only the rules whose first pattern's literals the article holds (or not known), each
        # with what this loop reads of it, read once per rule (:class:`_Plan`).
        for plan in _plans(rules, self.language, anywhere.universe).select(anywhere):
            rule, _indexed, past_first, unindexed, gate, fires, search, needed, only_first = plan
            # Rule.may_fire: a literal one of its patterns needs is in no sentence (those of
            # the first pattern, when the index looks for them, are there: the plan was selected
            # by them).
            if (past_first and any(map(literals.isdisjoint, past_first))) or (
                unindexed and not all(map(anywhere.may_contain, unindexed))
            ):
                continue
            # Each sentence may hold the first pattern's literals; what the rule's patterns
            # need besides them is the gate (rules.Rule.gate).
            if not gate:
                if only_first:  # fires_past_first is then this search alone
                    fired = [span for (span, lowered), _found in self._sentences_needing(needed)
                             if search(lowered) is not None]  # fmt: skip
                else:
                    fired = [span for (span, lowered), found in self._sentences_needing(needed)
                             if fires(lowered, found)]  # fmt: skip
            elif holds(gate, anywhere):
                fired = [span for (span, lowered), found in self._sentences_needing(needed)
                         if holds(gate, found) and fires(lowered, found)]  # fmt: skip
            else:
                continue
            # The whole-text test the rules always had, now only where a sentence fired. A match
            # from the first fired sentence on is a match of the whole text (the search still
            # sees what comes before): the text before it is searched only when there is none.
            if not fired:
                continue
            if search(self.lowered, fired[0].start) is None and search(self.lowered) is None:
                continue
            for span in fired:
                if check is None or check(rule, span):
                    hits.add(rule, span.text)
        return hits

    def _sentences_for(self, rule: Rule) -> list[tuple[tuple[extract.Span, str], Found]]:
        """The sentences holding a literal the rule's first pattern needs (once per set of
        literals: a quarter of the rules asked in an article share theirs with an earlier one)."""
        return self._sentences_needing(rule.needed)

    def _sentences_needing(self, needed: Needed) -> list[tuple[tuple[extract.Span, str], Found]]:
        known = self.sentences_for.get(needed)
        if known is not None:
            return known
        pairs = zip(self.spans, self.found, strict=True)
        if needed is not None and needed <= self.anywhere.universe:
            known = [(sentence, found) for sentence, found in pairs
                     if not needed.isdisjoint(found.literals)]  # fmt: skip
        else:
            known = [(sentence, found) for sentence, found in pairs if found.may_contain(needed)]
        self.sentences_for[needed] = known
        return known


class _Plan(NamedTuple):
    """What :meth:`Rules.run` reads of one rule, for the literal index of one language: the
    literals each pattern needs, split into those the index looks for (``indexed``: a set
    test) and the others (``unindexed``: searched in the text), its gate, its sentence test,
    its whole-text search and the first pattern's literals. Read once per rule instead of
    through four properties and methods per rule and article (≈ 18 rules asked a text).
    ``past_first``: ``indexed`` without the first pattern's literals, which
    :meth:`Candidates.select` already found in the text when it selected the plan (the loop
    tests only the others). ``only_first``: the first pattern is the rule's only test (no other
    ``all_of``, no ``none_of``: 1,022 of 1,255 rules), so its sentence test is that search
    alone, asked without the method call and :func:`rules._passes` over nothing."""

    rule: Rule
    indexed: tuple[frozenset[str], ...]
    past_first: tuple[frozenset[str], ...]
    unindexed: tuple[frozenset[str], ...]
    gate: tuple[frozenset[str], ...]
    fires: Callable[[str, Found], bool]
    search: Callable[..., object]
    needed: Needed
    only_first: bool


def plan_of(rule: Rule, universe: frozenset[str]) -> _Plan:
    """The :class:`_Plan` of a rule for an index of ``universe``. ``indexed`` and
    ``unindexed`` together are :meth:`Rule.may_fire`'s tests (a pattern needing nothing known
    is in neither: it may always fire)."""
    known = [required for required in rule.needs_each if required is not None]
    indexed = tuple(required for required in known if required <= universe)
    unindexed = tuple(required for required in known if not required <= universe)
    past_first = tuple(required for required in indexed if required != rule.needed)
    only_first = len(rule.all_of) == 1 and not rule.none_of
    return _Plan(rule, indexed, past_first, unindexed, rule.gate(universe),
                 rule.fires_past_first, rule.search_first, rule.needed, only_first)  # fmt: skip


_PLANS: dict[tuple[int, str], tuple[Sequence[Rule], frozenset[str], Candidates[_Plan]]] = {}


def _plans(rules: Sequence[Rule], language: str, universe: frozenset[str]) -> Candidates[_Plan]:
    """The plans of a rule list's rules for a language (:func:`sieve_for`'s rules, in their
    order), selected as :meth:`Sieve.candidates` selects the rules; cached per rule list and
    language like the sieve (every language read with the English rules shares theirs), and
    rebuilt for another index."""
    language = rules_language(language)
    key = (id(rules), language)
    cached = _PLANS.get(key)
    if cached is None or cached[0] is not rules or cached[1] is not universe:
        chosen = sieve_for(rules, language).rules
        plans = [(plan_of(rule, universe), rule.needed) for rule in chosen]
        cached = _PLANS[key] = (rules, universe, Candidates(plans, universe))
    return cached[2]


ALL_RULES = [*TACTIC_RULES, *ORIGIN_ACTOR_RULES, *ORIGIN_NAME_RULES, *DIASPORA_RULES,
              *EXPLICIT_RULES, *RELEASE_RULES, *POLITICAL_RULES, *CRIMINAL_RULES,
              *COMMUNITY_RULES, *PERPETRATOR_RULES, *VETO_RULES, *ROLE_VETO_RULES,
              *POLITICAL_MORE, *RELEASE_NOT_DONE, *TARGETING_ABROAD,
              *lookalikes.SENTENCE_RULES]  # fmt: skip


def literal_index(language: str) -> LiteralIndex:
    """The literals the rules of a language need, found in an article in one scan (a rule
    outside this list is still right: its literals are then looked for one by one). One index
    for every language read with the English rules: the same literals, and so the same plans."""
    return _literal_index(rules_language(language))


@cache
def _literal_index(language: str) -> LiteralIndex:
    return LiteralIndex(literal for rule in for_language(ALL_RULES, language)
                        for literal in rule.literals)  # fmt: skip


def warm_up(lists: Iterable[Sequence[Rule]]) -> None:
    """Build the literal index and the plans of every rule list the tagger runs, for every
    language, before a process forks its workers (``pipeline.warm_up``): built lazily, each
    worker built its own (≈ 5–15 MiB of PSS per worker, not shared)."""
    lists = list(lists)
    for language in RULE_LANGUAGES:
        universe = literal_index(language).universe
        for rules in lists:
            _plans(rules, language, universe)


def asked_once(ask: Callable[[], bool]) -> Callable[[], bool]:
    """``ask``, asked at most once: its answer kept after the first call (an exception is not
    kept: the next call asks again). ``functools.cache`` did the same, but wrapping a
    ``partial`` in it copies the wrapper's attributes, raising and catching an
    ``AttributeError`` for each one a ``partial`` lacks: ≈ 5 µs an article with an origin."""
    answer: list[bool] = []

    def asked() -> bool:
        if not answer:
            answer.append(ask())
        return answer[0]

    return asked

"""The vetoes of one sentence asked per tactic: only the vetoes that can drop it.

``tagging._tactics`` drops a tactic from a sentence when a veto or a role veto naming it fires
there (``vetoed``, ``role_vetoed``). Asking all of them for every sentence a tactic fired in
spends most of their searches on vetoes that drop other tactics (two in three, over the
synthetic articles); :class:`SentenceVetoes` asks, for a tactic, only those whose codes hold
it, each at most once per sentence. Whether the tactic is dropped is the same: it is in the
codes of ``vetoed`` or ``role_vetoed`` exactly when one of those vetoes fires.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from functools import cache

from amanat.monitor.nlp.literals import Found, Needed
from amanat.monitor.nlp.rules import (
    Rule,
    after_a_killing,
    gate_whose_act,
    holds,
    home_on_return,
    lawful_acts,
    lookalikes,
    vetoes,
    vetoes_roles,
)
from amanat.monitor.nlp.rules.shapes import Mention, Place, Span
from amanat.monitor.nlp.rules.vetoes_charged_at_home import _CHARGED_ACTS
from amanat.monitor.nlp.rules.vetoes_not_done_abroad import sentence_states_vetoed

# What each sentence check can drop (read from its code): a check is asked only for these.
_STATES = frozenset({"detention", "passport_consular_denial"}) | _CHARGED_ACTS
_ASSESSED = frozenset({"direct_threat"})
_HELD_AT_HOME = frozenset({"detention"})  # lawful_acts.dropped
_KIN_PASSPORTS = frozenset({"passport_consular_denial"})  # after_a_killing.dropped


class _AskedOnce:
    """``drops(value)``: ``_drops(value)`` asked at most once per tactic for this sentence."""

    __slots__ = ()
    _asked: dict[str, bool]

    def drops(self, value: str) -> bool:
        known = self._asked.get(value)
        if known is None:
            known = self._asked[value] = self._drops(value)
        return known

    def _drops(self, value: str) -> bool:
        raise NotImplementedError


class SentenceChecks(_AskedOnce):
    """Whether the sentence checks of ``tagging._tactics`` drop a tactic from one sentence:
    the look-alike checks, the checks reading the sentence's states, the host's assessed
    threat, a detention at home, the relatives' passports and the vetoes. Each is asked only
    for tactics it can drop, at most once per sentence; the answer is whether the tactic is in
    the union of their codes."""

    def __init__(self, language: str, span: Span, lowered: str, found: Found | None,
                 home: Collection[str | None], places: Sequence[Place],
                 mentions: Sequence[Mention]) -> None:  # fmt: skip
        self.language, self.span, self.lowered, self.found = language, span, lowered, found
        self.home, self.places, self.mentions = home, places, mentions
        self.vetoes = SentenceVetoes(language, lowered, found)
        self._asked: dict[str, bool] = {}
        self._codes: dict[Callable[[SentenceChecks], frozenset[str]], frozenset[str]] = {}
        self._sanctioned: bool | None = None

    def _drops(self, value: str) -> bool:
        if self._sanctioned is None:
            self._sanctioned = lookalikes.sanctioned(self.language, self.lowered, self.found)
        if self._sanctioned and value in lookalikes.ALL_TACTICS:
            return True
        for check in _CHECKS_OF.get(value, ()):
            codes = self._codes.get(check)
            if codes is None:
                codes = self._codes[check] = check(self)
            if value in codes:
                return True
        return self.vetoes.drops(value)

    # The checks, each the codes it drops from this sentence (asked at most once, by _drops).
    def _lookalikes(self) -> frozenset[str]:
        if self._sanctioned:
            return lookalikes.ALL_TACTICS
        return lookalikes.dropped_unless_sanctioned(self.language, self.span, self.home,
                                                    self.places, self.mentions, self.lowered,
                                                    self.found)  # fmt: skip

    def _states(self) -> frozenset[str]:
        span = self.span
        return sentence_states_vetoed(self.lowered, span.start, span.end, self.home, self.places,
                                      self.mentions, self.language)  # fmt: skip

    def _assessed(self) -> frozenset[str]:
        return gate_whose_act.assessed_threat(self.language, self.lowered)

    def _held_at_home(self) -> frozenset[str]:
        return lawful_acts.dropped(self.language, self.span, self.home, self.places, self.mentions)

    def _kin_passports(self) -> frozenset[str]:
        return after_a_killing.dropped(self.language, self.lowered)

    def _came_home(self) -> frozenset[str]:
        return home_on_return.dropped(self.language, self.span, self.lowered, self.home,
                                      self.places, self.mentions)  # fmt: skip


def checks_of(
    checks: Sequence[tuple[Callable[[SentenceChecks], frozenset[str]], frozenset[str]]],
) -> dict[str, tuple[Callable[[SentenceChecks], frozenset[str]], ...]]:
    """Per tactic, the checks that can drop it, in the checks' order: the table
    :meth:`SentenceChecks._drops` loops over, where it built the five checks as closures and
    skipped those that cannot drop the tactic for every tactic asked (≈ 1.5 an article)."""
    table: dict[str, list[Callable[[SentenceChecks], frozenset[str]]]] = {}
    for check, can_drop in checks:
        for value in sorted(can_drop):
            table.setdefault(value, []).append(check)
    return {value: tuple(found) for value, found in table.items()}


# What each sentence check can drop (read from its code), in the order they are asked.
_CHECKS_OF = checks_of([
    (SentenceChecks._lookalikes, lookalikes.DROPPED_UNLESS_SANCTIONED),
    (SentenceChecks._states, _STATES),
    (SentenceChecks._assessed, _ASSESSED),
    (SentenceChecks._held_at_home, _HELD_AT_HOME),
    (SentenceChecks._kin_passports, _KIN_PASSPORTS),
    (SentenceChecks._came_home, home_on_return.DROPPED),
])  # fmt: skip


class SentenceVetoes(_AskedOnce):
    """Whether a veto or role veto drops a tactic from one sentence (lower-cased, with the
    literals ``found`` in it when known)."""

    __slots__ = ("_asked", "_fired", "found", "language", "lowered")

    def __init__(self, language: str, lowered: str, found: Found | None) -> None:
        self.language, self.lowered, self.found = language, lowered, found
        self._asked: dict[str, bool] = {}
        self._fired: dict[int, bool] = {}

    def _drops(self, value: str) -> bool:
        """Whether ``value`` is in ``vetoed(...) | role_vetoed(...)`` of the sentence."""
        found = self.found
        if found is None:
            for rule, _required in _dropping(self.language).get(value, ()):
                fired = self._fired.get(id(rule))
                if fired is None:
                    fired = self._fired[id(rule)] = rule.fires(self.lowered)
                if fired:
                    return True
            return False
        literals = found.literals
        for rule, indexed, gate in dropping_in(self.language, found.universe).get(value, ()):
            # What Sieve.candidates leaves out: a rule whose first literals the index looks
            # for and the sentence lacks cannot fire.
            if indexed is not None and indexed.isdisjoint(literals):
                continue
            fired = self._fired.get(id(rule))
            if fired is None:
                # Not asked when its gate shows a literal it needs missing.
                fired = self._fired[id(rule)] = (not gate or holds(gate, found)) and rule.fires(
                    self.lowered, found
                )
            if fired:
                return True
        return False


@cache
def _dropping(language: str) -> dict[str, tuple[tuple[Rule, Needed], ...]]:
    """Per tactic, the vetoes and then the role vetoes of the language that drop it, each with
    the literals its first pattern needs (what ``Sieve.candidates`` selects by): one loop over
    the few that can drop a tactic instead of selecting all candidates per sentence."""
    veto, role = vetoes.VETOED, vetoes_roles.ROLE_VETOED
    rules = [(rule, veto[rule.value]) for rule in vetoes._of_language(language).rules]
    rules += [(rule, role[rule.value]) for rule in vetoes_roles._of_language(language).rules]
    out: dict[str, list[tuple[Rule, Needed]]] = {}
    for rule, codes in rules:
        for value in sorted(codes):
            out.setdefault(value, []).append((rule, rule.needed))
    return {value: tuple(pairs) for value, pairs in out.items()}


_Dropping = dict[str, tuple[tuple[Rule, frozenset[str] | None, tuple[frozenset[str], ...]], ...]]
_DROPPING_IN: dict[tuple[str, int], tuple[frozenset[str], _Dropping]] = {}


def dropping_in(language: str, universe: frozenset[str]) -> _Dropping:
    """:func:`_dropping` for sentences read by an index of ``universe``: each veto with its
    first pattern's literals when the index looks for them all (None: not a test) and its
    :meth:`Rule.gate`, read once per index instead of per veto and sentence asked."""
    known = _DROPPING_IN.get((language, id(universe)))
    if known is None or known[0] is not universe:
        table = {value: tuple((rule, required if required is not None and required <= universe
                               else None, rule.gate(universe)) for rule, required in pairs)
                 for value, pairs in _dropping(language).items()}  # fmt: skip
        known = _DROPPING_IN[(language, id(universe))] = (universe, table)
    return known[1]

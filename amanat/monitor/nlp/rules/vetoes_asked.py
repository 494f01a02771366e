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
        self._codes: dict[str, frozenset[str]] = {}
        self._sanctioned: bool | None = None

    def _drops(self, value: str) -> bool:
        language, span, lowered = self.language, self.span, self.lowered
        home, places, mentions = self.home, self.places, self.mentions
        if self._sanctioned is None:
            self._sanctioned = lookalikes.sanctioned(language, lowered, self.found)
        if self._sanctioned and value in lookalikes.ALL_TACTICS:
            return True
        checks: list[tuple[str, frozenset[str], Callable[[], frozenset[str]]]] = [
            ("lookalikes", lookalikes.DROPPED_UNLESS_SANCTIONED,
             lambda: lookalikes.ALL_TACTICS if self._sanctioned else
             lookalikes.dropped_unless_sanctioned(language, span, home, places, mentions,
                                                  lowered, self.found)),
            ("states", _STATES, lambda: sentence_states_vetoed(
                lowered, span.start, span.end, home, places, mentions, language)),
            ("assessed", _ASSESSED, lambda: gate_whose_act.assessed_threat(language, lowered)),
            ("held_at_home", _HELD_AT_HOME,
             lambda: lawful_acts.dropped(language, span, home, places, mentions)),
            ("kin_passports", _KIN_PASSPORTS, lambda: after_a_killing.dropped(language, lowered)),
        ]  # fmt: skip
        for name, can_drop, check in checks:
            if value not in can_drop:
                continue
            codes = self._codes.get(name)
            if codes is None:
                codes = self._codes[name] = check()
            if value in codes:
                return True
        return self.vetoes.drops(value)


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
            literals: Collection[str] = ()
            universe: frozenset[str] = frozenset()
        else:
            literals, universe = found.literals, found.universe
        for rule, required in _dropping(self.language).get(value, ()):
            # What Sieve.candidates leaves out: a rule whose first literals the index looks
            # for and the sentence lacks cannot fire.
            if found is not None and required is not None and required <= universe \
                    and required.isdisjoint(literals):  # fmt: skip
                continue
            fired = self._fired.get(id(rule))
            if fired is None:
                fired = self._fired[id(rule)] = _fires(rule, self.lowered, found)
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


def _fires(rule: Rule, lowered: str, found: Found | None) -> bool:
    """``rule.fires``; not asked when its gate shows a literal it needs missing."""
    if found is not None:
        gate = rule.gate(found.universe)
        if gate and not holds(gate, found):
            return False
    return rule.fires(lowered, found)

"""The rule loop's plans (tagging_rules._Plan): what ``Rules.run`` reads of each rule, read once
per rule and language, answers as the rule's own methods do, and the loop finds the same hits."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence

from amanat.monitor.nlp import extract, lang, literals, normalise, tagging, tagging_rules
from amanat.monitor.nlp.rules import Rule, for_language, holds, make_rules, sieve_for
from amanat.monitor.nlp.tagging_rules import (
    ALL_RULES,
    TACTIC_RULES,
    Hits,
    Rules,
    empty_counter,
    literal_index,
    plan_of,
)
from amanat.monitor.tests.conftest import CORPUS

_LANGUAGES = ["en", "ru", "zh", "fa", "tr", "ug"]


def _texts(step: int) -> list[str]:
    return [normalise.clean(normalise.decode(path.read_bytes()).text)
            for path in sorted(CORPUS.glob("*/*.txt"))[::step]]  # fmt: skip


def _may_fire(plan: tagging_rules._Plan, found: literals.Found) -> bool:
    """The plan's test as ``Rules.run`` makes it."""
    if any(map(found.literals.isdisjoint, plan.indexed)):
        return False
    return all(map(found.may_contain, plan.unindexed))


def test_a_plan_may_fire_exactly_where_its_rule_may() -> None:
    checked = 0
    for language in _LANGUAGES:
        index = literal_index(language)
        plans = [plan_of(rule, index.universe) for rule in for_language(ALL_RULES, language)]
        for text in _texts(11):
            found = index.scan(text.lower())
            for plan in plans:
                assert _may_fire(plan, found) == plan.rule.may_fire(found), plan.rule.id
                checked += 1
    assert checked > 10_000


def test_a_plan_holds_its_rules_gate_search_sentence_test_and_first_literals() -> None:
    universe = literal_index("en").universe
    for rule in for_language(TACTIC_RULES, "en"):
        plan = plan_of(rule, universe)
        assert plan.gate == rule.gate(universe)
        assert plan.search is rule.search_first
        assert plan.needed == rule.needed
        assert plan.fires == rule.fires_past_first
        known = [required for required in rule.needs_each if required is not None]
        assert sorted(plan.indexed + plan.unindexed, key=sorted) == sorted(known, key=sorted)
        assert all(required <= universe for required in plan.indexed)
        assert not any(required <= universe for required in plan.unindexed)


def test_a_pattern_needing_nothing_known_is_in_neither_test_and_unknown_literals_are_searched(
) -> None:  # fmt: skip
    (rule,) = make_rules("t", "v", {"en": [(r"(?:police)?\w+", r"zqxj")]})
    universe = frozenset({"police"})  # an index that does not look for "zqxj"
    plan = plan_of(rule, universe)
    assert rule.needs_each == (None, frozenset({"zqxj"}))
    assert plan.indexed == ()
    assert plan.unindexed == (frozenset({"zqxj"}),)
    holding = literals.LiteralIndex(universe).scan("they arrested zqxj")
    lacking = literals.LiteralIndex(universe).scan("they arrested him")
    assert _may_fire(plan, holding)
    assert rule.may_fire(holding)
    assert not _may_fire(plan, lacking)
    assert not rule.may_fire(lacking)


def test_plans_are_rebuilt_for_another_index_and_select_every_rule_for_a_foreign_found() -> None:
    rules = for_language(TACTIC_RULES, "en")
    own = literal_index("en")
    other = literals.LiteralIndex(["police", "arrest"])
    first = tagging_rules._plans(TACTIC_RULES, "en", own.universe)
    assert tagging_rules._plans(TACTIC_RULES, "en", own.universe) is first  # cached
    rebuilt = tagging_rules._plans(TACTIC_RULES, "en", other.universe)
    assert rebuilt is not first
    foreign = own.scan("the police arrested him")  # read with another universe than rebuilt's
    assert [plan.rule for plan in rebuilt.select(foreign)] == list(rules)
    # and back: the language's own index gets its own plans again
    again = tagging_rules._plans(TACTIC_RULES, "en", own.universe)
    assert [plan.rule for plan in again.select(foreign)] == list(
        sieve_for(TACTIC_RULES, "en").candidates(foreign)
    )


def _reference_run(
    rules: Rules, rule_list: Sequence[Rule], check: Callable[[Rule, extract.Span], bool] | None
) -> Hits:
    """The loop as it was before the plans (7676ced): each rule's methods asked per article."""
    hits = Hits()
    for rule in sieve_for(rule_list, rules.language).candidates(rules.anywhere):
        if not rule.may_fire(rules.anywhere):
            continue
        gate = rule.gate(rules.anywhere.universe)
        if gate and not holds(gate, rules.anywhere):
            continue
        fired = [span for (span, lowered), found in rules._sentences_for(rule)
                 if (not gate or holds(gate, found))
                 and rule.fires_past_first(lowered, found)]  # fmt: skip
        if not fired:
            continue
        search = rule.search_first
        if search(rules.lowered, fired[0].start) is None and search(rules.lowered) is None:
            continue
        for span in fired:
            if check is None or check(rule, span):
                hits.add(rule, span.text)
    return hits


def test_the_loop_finds_the_hits_the_rules_own_methods_find() -> None:
    def odd_starts(_rule: Rule, span: extract.Span) -> bool:
        return span.start % 2 == 1  # a check that drops some sentences

    fired = 0
    for text in _texts(5):
        language = lang.identify(text).code
        rules = Rules(tagging.analyse(text, language))
        for check in (None, odd_starts):
            for rule_list in (TACTIC_RULES, ALL_RULES):
                got, want = rules.run(rule_list, check=check), _reference_run(rules, rule_list,
                                                                              check)  # fmt: skip
                assert (got.count, got.first) == (want.count, want.first), text[:80]
                fired += sum(got.count.values())
    assert fired > 1000


def test_an_empty_counter_is_a_counter_of_its_own_that_counts_from_zero() -> None:
    first, second = empty_counter(), empty_counter()
    assert type(first) is Counter
    assert first == Counter()
    assert first is not second
    first["detention"] += 1
    assert first == Counter({"detention": 1})
    assert second == Counter()
    assert first.most_common(1) == [("detention", 1)]
    assert second.most_common(1) == []
    assert Hits().count == Counter()
    assert Hits().count is not Hits().count


def test_rule_needs_each_names_every_all_of_pattern_in_order() -> None:
    (rule,) = make_rules("t", "v", {"en": [(r"\bdetain\w*", re.compile(r"\w+"), r"exile")]})
    assert rule.needs_each == (frozenset({"detain"}), None, frozenset({"exile"}))

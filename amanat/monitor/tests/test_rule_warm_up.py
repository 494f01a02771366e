"""Session 16's speed round (speed18): the rule loop's plans built before the fork, one index for
every language read with the English rules, a rule's lone first pattern searched directly, and
the sentence checks' and vetoes' tables."""

from __future__ import annotations

from amanat.monitor import synthetic
from amanat.monitor.nlp import literals, normalise, pipeline, tagging, tagging_rules
from amanat.monitor.nlp.rules import (
    RULE_LANGUAGES,
    for_language,
    make_rules,
    rules_language,
    vetoes_asked,
)
from amanat.monitor.nlp.rules.vetoes_asked import SentenceChecks, checks_of, dropping_in
from amanat.monitor.nlp.tagging_rules import ALL_RULES, TACTIC_RULES, literal_index, plan_of
from amanat.monitor.tests.conftest import CORPUS


def _texts(step: int) -> list[str]:
    return [normalise.clean(normalise.decode(path.read_bytes()).text)
            for path in sorted(CORPUS.glob("labelled/*.txt"))[::step]]  # fmt: skip


def test_only_first_marks_the_rules_whose_first_pattern_is_their_only_test() -> None:
    universe = literal_index("en").universe
    for rule in for_language(ALL_RULES, "en"):
        expected = len(rule.all_of) == 1 and not rule.none_of
        assert plan_of(rule, universe).only_first == expected, rule.id
    (lone,) = make_rules("t", "v", {"en": [r"arrested"]})
    (two,) = make_rules("t", "v", {"en": [(r"arrested", r"police")]})
    (excluded,) = make_rules("t", "v", {"en": [r"arrested"]}, none_of={"en": [r"not"]})
    assert plan_of(lone, universe).only_first
    assert not plan_of(two, universe).only_first
    assert not plan_of(excluded, universe).only_first


def test_a_lone_first_pattern_searched_alone_fires_where_fires_past_first_does() -> None:
    checked = 0
    for language in RULE_LANGUAGES:
        index = literal_index(language)
        plans = [plan for rule in for_language(ALL_RULES, language)
                 if (plan := plan_of(rule, index.universe)).only_first]  # fmt: skip
        for text in _texts(3):
            for sentence in text.lower().split("\n"):
                found = index.scan(sentence)
                for plan in plans:
                    if found.may_contain(plan.needed):
                        fired = plan.search(sentence) is not None
                        assert fired == plan.fires(sentence, found), (plan.rule.id, sentence)
                        checked += fired
    assert checked > 200


def test_every_language_read_with_the_english_rules_shares_their_index_and_plans() -> None:
    assert rules_language("de") == rules_language("en") == "en"
    assert rules_language("ug") == "ug"
    assert literal_index("de") is literal_index("en")
    assert literal_index("tr") is not literal_index("en")
    universe = literal_index("en").universe
    english = tagging_rules._plans(TACTIC_RULES, "en", universe)
    assert tagging_rules._plans(TACTIC_RULES, "de", universe) is english


def test_warm_up_builds_every_plan_the_tagger_later_asks_for() -> None:
    pipeline.warm_up()
    built = {key: id(cached[2]) for key, cached in tagging_rules._PLANS.items()}
    assert len(built) >= len(set(map(id, tagging.RULE_LISTS))) * len(RULE_LANGUAGES)
    texts, _stories, _planted = synthetic.generate(300, multilingual=True)
    tagged = 0
    for text in texts + _texts(13):
        try:
            tagged += pipeline.prepare("", text).tagging.is_tnr
        except normalise.BadInput:
            continue
    assert tagged > 50
    assert {key: id(cached[2]) for key, cached in tagging_rules._PLANS.items()} == built


def test_checks_of_lists_per_tactic_the_checks_that_can_drop_it_in_their_order() -> None:
    def first(_asked: SentenceChecks) -> frozenset[str]:
        return frozenset({"a"})

    def second(_asked: SentenceChecks) -> frozenset[str]:
        return frozenset()

    table = checks_of([(first, frozenset({"a", "b"})), (second, frozenset({"b", "c"}))])
    assert table == {"a": (first,), "b": (first, second), "c": (second,)}
    assert checks_of([]) == {}
    assert "direct_threat" in vetoes_asked._CHECKS_OF
    assert "embassy_consulate" not in vetoes_asked._CHECKS_OF  # no sentence check drops it


def test_dropping_in_keeps_the_literals_the_index_looks_for_and_each_vetos_gate() -> None:
    for language in RULE_LANGUAGES:
        universe = literal_index(language).universe
        table = dropping_in(language, universe)
        assert dropping_in(language, universe) is table  # cached
        for value, entries in table.items():
            pairs = vetoes_asked._dropping(language)[value]
            assert [rule for rule, _indexed, _gate in entries] == [rule for rule, _ in pairs]
            for (rule, indexed, gate), (_rule, required) in zip(entries, pairs, strict=True):
                assert gate == rule.gate(universe)
                known = required is not None and required <= universe
                assert indexed == (required if known else None)
    other = literals.LiteralIndex(["police"]).universe
    rebuilt = dropping_in("en", other)
    assert rebuilt is not dropping_in("en", literal_index("en").universe)
    assert all(indexed is None or indexed <= other
               for entries in rebuilt.values() for _rule, indexed, _gate in entries)  # fmt: skip


def test_past_first_leaves_out_only_the_first_literals_select_already_found() -> None:
    for language in RULE_LANGUAGES:
        index = literal_index(language)
        for rule in for_language(ALL_RULES, language):
            plan = plan_of(rule, index.universe)
            assert rule.needed not in plan.past_first
            assert [req for req in plan.indexed if req != rule.needed] == list(plan.past_first)
        table = tagging_rules._plans(ALL_RULES, language, index.universe)
        for text in _texts(17):
            found = index.scan(text.lower())
            for plan in table.select(found):
                if plan.needed is not None and plan.needed <= index.universe:
                    assert not plan.needed.isdisjoint(found.literals), plan.rule.id
    (two,) = make_rules("t", "v", {"en": [(r"arrested", r"police")]})
    plan = plan_of(two, frozenset({"arrested", "police"}))
    assert plan.indexed == (frozenset({"arrested"}), frozenset({"police"}))
    assert plan.past_first == (frozenset({"police"}),)
    assert plan_of(two, frozenset({"police"})).past_first == (frozenset({"police"}),)

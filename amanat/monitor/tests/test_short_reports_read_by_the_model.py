"""The text model on short reports (nlp/textmodel.py, session 18): a report of 25 to 59 words
whose origin state and people abroad the rules found, but in which they read no act, is made
TNR when the model's p reaches :data:`textmodel.RESCUE`; never a text a look-alike gate turned
down, a text without people abroad, a long text, a snippet, or with the switch off. A rescued
report carries what the rules read, an evidence sentence and the model's version and p, and is
grouped by the event the rules read. Since session 27 these reports are decided by
nlp/decider.py (test_decider.py); this file pins the chain of thresholds it replaced, which
decides with the decider switched off."""

from __future__ import annotations

from collections import Counter

import pytest

from amanat.monitor.nlp import lang, shingles, tagging, textmodel

# Invented. An exile's family visited at home: the rules find the origin (Eritrea) and people
# abroad (Sweden) but read no act; the shipped model reads it as TNR (p ≈ 0.98).
VISITED = (
    "Armed men still turn up at the family home of an Eritrean activist living in Sweden asking "
    "where she is, she said on Monday. The activist, who fled Asmara in 2015, campaigns against "
    "the government from Stockholm and says her mother is afraid to answer the door."
)
# Invented. Origin and people abroad, no act the rules read (p ≈ 0.92).
SEND_BACK = (
    "Bangladesh has asked Britain to send back a dissident blogger living in London who has "
    "criticised the government for years, the foreign ministry in Dhaka said on Tuesday, adding "
    "that it had shared its case file with British officials."
)
# From test_lawful_acts.py: a convict extradited, turned down by a look-alike gate.
CONVICT = (
    "Norway's government approved the extradition to Vietnam of a Vietnamese citizen convicted "
    "of heroin trafficking in Hanoi in 2015. The man says the real reason Hanoi wants him back "
    "is his blog, which criticised the government."
)
# Invented. An origin state and no one abroad.
AT_HOME = (
    "Eritrean officials opened a new school in Asmara on Monday, the information ministry said. "
    "The school will teach three hundred pupils and was built with money from the state budget, "
    "officials told reporters at the opening."
)


@pytest.fixture(autouse=True)
def _chain(decider_off: None) -> None:
    """Every test here reads the chain of thresholds (the decider off)."""


def _tag(text: str) -> tagging.Tagging:
    return tagging.tag(text, lang.identify(text).code)


def _rules_alone(text: str) -> tagging.Tagging:
    with pytest.MonkeyPatch.context() as off:
        off.setattr(textmodel, "ENABLED", False)
        return _tag(text)


@pytest.mark.parametrize("text", [VISITED, SEND_BACK])
def test_a_short_report_the_rules_read_no_act_in_is_rescued(model_on: None, text: str) -> None:
    rules = _rules_alone(text)
    assert not rules.is_tnr
    assert rules.of_kind("relevance")[0].rule == "relevance.rules[origin+abroad]"
    found = _tag(text)
    assert found.is_tnr
    assert found.origin_state == rules.first("origin_state") != ""
    assert found.host_countries == [t.value for t in rules.of_kind("host_country")] != []
    relevance = found.of_kind("relevance")[0]
    p = textmodel.probability(text)
    assert p is not None
    assert p >= textmodel.RESCUE
    assert relevance.rule == (f"relevance.textmodel[{textmodel.VERSION} p={p:.2f} rescue] over "
                              "relevance.rules[origin+abroad]")  # fmt: skip
    assert relevance.evidence == found.of_kind("origin_state")[0].evidence != ""
    assert relevance.evidence in text


def test_a_rescue_needs_the_models_yes(model_on: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(textmodel, "_score", lambda _words: textmodel.RESCUE - 0.01)
    assert not _tag(VISITED).is_tnr
    monkeypatch.setattr(textmodel, "_score", lambda _words: textmodel.RESCUE)
    assert _tag(VISITED).is_tnr


def test_a_look_alike_a_gate_turned_down_is_rescued_only_by_a_surer_yes(
    model_on: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert textmodel.short_size(CONVICT) is not None
    assert textmodel.RESCUE < textmodel.GATE_RESCUE
    monkeypatch.setattr(textmodel, "_score", lambda _words: textmodel.GATE_RESCUE - 0.01)
    assert not _tag(CONVICT).is_tnr
    monkeypatch.setattr(textmodel, "_score", lambda _words: textmodel.GATE_RESCUE)
    found = _tag(CONVICT)
    assert found.is_tnr
    assert ", gate overruled] over relevance.rules[" in found.of_kind("relevance")[0].rule


def test_a_report_without_people_abroad_is_never_rescued(
    model_on: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert textmodel.short_size(AT_HOME) is not None
    assert _rules_alone(AT_HOME).first("origin_state") == "ER"
    monkeypatch.setattr(textmodel, "_score", lambda _words: 0.99)
    found = _tag(AT_HOME)
    assert not found.is_tnr
    assert found.of_kind("relevance")[0].rule.startswith("relevance.rules[")


def test_a_long_text_or_a_snippet_is_never_rescued(
    model_on: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(textmodel, "_score", lambda _words: 0.99)
    long = VISITED + " " + SEND_BACK.replace("Bangladesh", "Eritrea")
    assert textmodel.word_count(long) >= textmodel.MIN_WORDS
    assert textmodel.rescues(long) is None
    snippet = "Armed men still visit the family of an Eritrean activist living in Sweden."
    assert textmodel.rescues(snippet) is None
    assert not _tag(snippet).is_tnr


def test_with_the_switch_off_nothing_is_rescued(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(textmodel, "ENABLED", False)

    def asked(_text: str) -> float:
        raise AssertionError("the model was asked with the switch off")

    monkeypatch.setattr(textmodel, "rescues", asked)
    assert not _tag(VISITED).is_tnr


def test_a_rescued_report_is_grouped_by_the_event_the_rules_read(model_on: None) -> None:
    analysis = tagging.analyse(VISITED, "en")
    rescued = tagging.tag(VISITED, "en", analysis)
    assert rescued.is_tnr
    with pytest.MonkeyPatch.context() as off:
        off.setattr(textmodel, "ENABLED", False)
        rules = tagging.tag(VISITED, "en", analysis)
    assert shingles.event_features(analysis, rescued) == shingles.event_features(analysis, rules)


# The rules' regression pairs and look-alike stress cases are tagged by the rules alone
# (pairs.rules_tag). With the model on, these are the ones it overrules: look-alikes it rescues
# and TNR twins it vetoes, all of 25 words or more. Pinned, so that a change shows; the trade on
# unread text is in docs/monitor/learned-models.md ("Session 18").
PAIR_MODULES = ("after_a_killing", "gate_clashes", "gate_crimes", "gate_keeps_tnr",
                "gate_whose_act", "lawful_acts", "lookalikes_across_languages",
                "lookalikes_suspects_and_seats", "precision_vetoes", "tactic_stress",
                "tactics_any_state", "tactics_neighbours", "vetoes_family",
                "vetoes_not_done_abroad", "vetoes_risk_and_purpose")  # fmt: skip
RESCUED_LOOK_ALIKES = {  # 16 of the 82 look-alikes of 25 words or more (textmodel-13; some a
    # gate turned down and the model overrules at p >= GATE_RESCUE, session 21; three in which
    # the rules read no origin and the model reads p >= SURE_RESCUE, session 25). textmodel-12
    # rescued host-returns-refugees-fa instead of suspect-fa. textmodel-10
    # rescued 13: death-not-a-crime-ru and spy-on-military-en, not assessed_threat-en,
    # convict-extradited-en, host-returns-refugees-fa, in-absentia-fugitive-en or
    # family-uninformed-tr. textmodel-9 also rescued agents_tried-en, envoys-zh and
    # gang-killing-abroad-en, not wanted_official-en; textmodel-8 rescued arrived-zh and
    # asylum-granted-en instead of death-not-a-crime-ru and gang-killing-abroad-en; textmodel-7
    # rescued gang-killing-abroad-en and family-uninformed-tr instead of agents_tried-en and
    # arrived-zh; textmodel-5 also rescued 13, four of them different.
    "gate_crimes/criminals-for-gain-en-2",  # no origin read (SURE_RESCUE)
    "gate_crimes/criminals-for-gain-zh-3",
    "gate_crimes/death-not-a-crime-en-6",
    "gate_keeps_tnr/banned_party-en-4",
    "gate_whose_act/assessed_threat-en-15",
    "gate_whose_act/assessed_threat-ru-16",
    "gate_whose_act/spied_on-en-11",
    "gate_whose_act/wanted_official-en-4",
    "lawful_acts/convict-extradited-en-0",
    "lawful_acts/host-returns-refugees-en-6",
    "lawful_acts/work-recounts-en-14",
    "lookalikes_suspects_and_seats/suspect-fa-3",
    "stress/exile-comments-fa-70",  # no origin read (SURE_RESCUE)
    "stress/exile-quoted-en-13",
    "stress/in-absentia-fugitive-en-52",  # no origin read (SURE_RESCUE)
    "vetoes_family/family-uninformed-tr-0",
}
VETOED_TWINS = {  # 5 of the 48 TNR twins of 25 words or more (textmodel-13; textmodel-12 all
    # but suspect-en; textmodel-8 to 10 vetoed suspect-en instead of clash-at-an-event-tr and
    # asylum-granted-en; 2 before)
    "gate_clashes/clash-at-an-event-fa-9",
    "gate_clashes/clash-at-an-event-tr-8",
    "gate_clashes/host-deportation-flight-ru-4",
    "lawful_acts/asylum-granted-en-9",
    "lookalikes_suspects_and_seats/suspect-en-0",
}


def _cases() -> list[tuple[str, str, str, bool]]:
    """(id, language, text, is TNR) of every pair and stress case."""
    import importlib

    from amanat.monitor.tests.lookalike_stress_a import CASES as CASES_A
    from amanat.monitor.tests.lookalike_stress_b import CASES_B
    from amanat.monitor.tests.pairs import Pair

    found: list[tuple[str, str, str, bool]] = []
    for name in PAIR_MODULES:
        module = importlib.import_module(f"amanat.monitor.tests.test_{name}")
        for i, pair in enumerate(p for p in module.PAIRS if isinstance(p, Pair)):
            found.append((f"{name}/{pair.id}-{i}", pair.language, pair.look_alike, False))
            found.append((f"{name}/{pair.id}-{i}", pair.language, pair.tnr, True))
    for i, (kind, language, look_alike, tnr, _origin) in enumerate(CASES_A + CASES_B):
        found.append((f"stress/{kind}-{language}-{i}", language, look_alike, False))
        if tnr:
            found.append((f"stress/{kind}-{language}-{i}", language, tnr, True))
    return found


def test_the_rules_pairs_the_model_overrules_are_the_pinned_ones(model_on: None) -> None:
    from amanat.monitor.tests.pairs import rules_tag

    rescued, vetoed, read = set(), set(), Counter[bool]()
    for case, language, text, is_tnr in _cases():
        rules, shipped = rules_tag(text, language).is_tnr, tagging.tag(text, language).is_tnr
        read[is_tnr] += textmodel.short_size(text) is not None
        if rules == is_tnr and shipped != is_tnr:
            (vetoed if is_tnr else rescued).add(case)
    assert (read[False], read[True]) == (82, 48)  # the texts the model reads
    assert (rescued, vetoed) == (RESCUED_LOOK_ALIKES, VETOED_TWINS)

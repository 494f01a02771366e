"""The decider of short reports (nlp/decider.py, session 27): a short report with an origin
read, which the rules found TNR or in which they found people abroad, is decided by one logistic
model over the rules' readings and the word model's p. Its "no" turns the rules' "yes" down
with their evidence kept, its "yes" makes their "no" a report; the relevance rule names both
models and their p. Long texts, snippets, texts without people abroad and the switch off keep
the chain of thresholds it replaces; a missing, foreign or broken weights file is an error
naming it."""

from __future__ import annotations

import json
import math
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from amanat.monitor.nlp import decider, tagging, textmodel
from amanat.monitor.tests.test_short_reports_read_by_the_model import AT_HOME, VISITED, _tag

# Invented. The rules read an act abroad (relatives held to silence an exile).
HELD = (
    "Police in Tashkent detained the brother and father of an Uzbek blogger living in Germany "
    "after he criticised the president online, the blogger said on Friday. Officers told the "
    "family they would be released if he deleted his videos and stopped speaking out."
)


def _chain(text: str) -> tagging.Tagging:
    with pytest.MonkeyPatch.context() as off:
        off.setattr(decider, "ENABLED", False)
        return _tag(text)


def _deciding(monkeypatch: pytest.MonkeyPatch, p: float, model: ModuleType = decider) -> list[Any]:
    """The model (nlp/decider.py, or nlp/unplaced.py) answers p; the signals it is asked
    with are recorded."""
    asked: list[Any] = []

    def answer(signals: object) -> float:
        asked.append(signals)
        return p

    monkeypatch.setattr(model, "probability", answer)
    return asked


@pytest.fixture
def deciding(model_on: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(decider, "ENABLED", True)


def test_its_yes_makes_a_report_of_the_rules_no(
    deciding: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    rules = _chain(VISITED)
    asked = _deciding(monkeypatch, 0.8)
    found = _tag(VISITED)
    assert found.is_tnr
    assert found.origin_state == "ER"
    assert found.host_countries == ["SE"]
    assert len(asked) == 1
    assert not asked[0].rules_yes
    assert not asked[0].gated
    relevance = found.of_kind("relevance")[0]
    p = textmodel.probability(VISITED)
    assert p is not None
    assert relevance.rule == (f"relevance.decider[{decider.VERSION} p=0.80, {textmodel.VERSION} "
                              f"p={p:.2f} rescue] over relevance.rules[origin+abroad]")  # fmt: skip
    assert relevance.evidence == found.of_kind("origin_state")[0].evidence != ""
    assert rules.of_kind("relevance")[0].rule.endswith("relevance.rules[origin+abroad]")


def test_its_no_turns_the_rules_yes_down_and_keeps_their_reading(
    deciding: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = _deciding(monkeypatch, 0.2)
    found = _tag(HELD)
    assert not found.is_tnr
    assert asked[0].rules_yes
    assert "threat_to_family" in asked[0].tactics
    relevance = found.of_kind("relevance")[0]
    assert relevance.rule.startswith(f"relevance.decider[{decider.VERSION} p=0.20, ")
    assert "] over relevance.rules[origin+tactic+abroad]" in relevance.rule
    assert relevance.evidence in HELD
    assert found.before_veto is not None
    assert found.before_veto.is_tnr


def test_the_threshold_is_the_models_own_half(
    deciding: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert decider.THRESHOLD == 0.5
    _deciding(monkeypatch, 0.5)
    assert _tag(VISITED).is_tnr
    _deciding(monkeypatch, 0.49)
    assert not _tag(VISITED).is_tnr


def test_its_yes_where_a_gate_said_no_says_so(
    deciding: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    convict = (
        "Norway's government approved the extradition to Vietnam of a Vietnamese citizen "
        "convicted of heroin trafficking in Hanoi in 2015. The man says the real reason Hanoi "
        "wants him back is his blog, which criticised the government."
    )
    asked = _deciding(monkeypatch, 0.9)
    found = _tag(convict)
    assert asked
    assert asked[0].gated
    assert found.is_tnr
    assert ", gate overruled] over relevance.rules[" in found.of_kind("relevance")[0].rule


def test_a_text_without_people_abroad_is_not_asked(
    deciding: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = _deciding(monkeypatch, 0.99)
    found = _tag(AT_HOME)
    assert asked == []
    assert not found.is_tnr


def test_a_long_text_keeps_the_word_models_veto(
    deciding: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = _deciding(monkeypatch, 0.99)
    long = HELD + " " + HELD.replace("Friday", "Saturday")
    assert textmodel.word_count(long) >= textmodel.MIN_WORDS
    monkeypatch.setattr(textmodel, "_score", lambda _words: 0.1)
    found = _tag(long)
    assert asked == []
    assert not found.is_tnr
    assert found.of_kind("relevance")[0].rule.startswith(f"relevance.textmodel[{textmodel.VERSION}")


def test_a_snippet_is_not_asked(deciding: None, monkeypatch: pytest.MonkeyPatch) -> None:
    asked = _deciding(monkeypatch, 0.99)
    _tag("Police in Tashkent detained the father of an Uzbek blogger living in Germany.")
    assert asked == []


@pytest.mark.parametrize("switch", ["decider", "textmodel"])
def test_with_either_switch_off_it_is_never_asked(
    model_on: None, monkeypatch: pytest.MonkeyPatch, switch: str
) -> None:
    monkeypatch.setattr(decider if switch == "decider" else textmodel, "ENABLED", False)
    asked = _deciding(monkeypatch, 0.99)
    _tag(VISITED)
    _tag(HELD)
    assert asked == []
    assert not decider.active()


def test_the_shipped_weights_keep_a_plain_report_and_read_it_as_the_tagger_does(
    deciding: None,
) -> None:
    found = _tag(HELD)
    assert found.is_tnr
    assert found.tactics


def test_a_state_rule_of_origin_weighs_nothing_and_a_role_does() -> None:
    base = decider.Signals(0.5, "en", True, False, frozenset({"detention"}), True, 1, False,
                           False, False, False, False, False, "origin.actor.en")  # fmt: skip
    assert decider.features(base)["origin=actor"] == 1.0
    named = decider.features(decider.Signals(**{**base.__dict__, "origin_rule": "origin.CN.en"}))
    assert not [name for name in named if name.startswith("origin=")]
    assert decider.features(base)["tactic=detention"] == 1.0
    assert decider.features(base)["lang=en"] == 1.0


@pytest.mark.parametrize("p", [0.0, 1.0])
def test_a_certain_word_model_is_clipped_not_infinite(p: float) -> None:
    s = decider.Signals(p, "fa", False, False, frozenset(), True, 0, False, False, False, False,
                        False, False, "origin.national.fa")  # fmt: skip
    logit = decider.features(s)["logit"]
    assert math.isfinite(logit)
    assert abs(logit) < 10


def test_a_feature_the_weights_do_not_name_weighs_nothing() -> None:
    model = decider.Model({"logit": 1.0}, 0.0, textmodel.P_SCALE, ())
    assert decider.score([("logit", 0.0), ("lang=xx", 5.0)], model) == 0.5


def _file(tmp_path: Path, **change: object) -> Path:
    payload = {"version": decider.VERSION, "textmodel": textmodel.P_SCALE, "bias": 0.0,
               "weights": {"logit": 1.0}, "splits": ["tnr-fresh1"]} | change  # fmt: skip
    path = tmp_path / "decider.json"
    path.write_text(json.dumps(payload), encoding="utf-8")
    return path


def test_a_well_formed_file_is_read(tmp_path: Path) -> None:
    model = decider.read(_file(tmp_path))
    assert model.weights == {"logit": 1.0}
    assert model.splits == ("tnr-fresh1",)


@pytest.mark.parametrize(
    ("change", "says"),
    [
        ({"version": "decider-0"}, "written as 'decider-0'"),
        ({"textmodel": "textmodel-0"}, "trained beside 'textmodel-0'"),
        ({"weights": {"logit": "1"}}, "finite numbers"),
        ({"weights": ["logit"]}, "finite numbers"),
        ({"bias": None}, "the bias must be a finite number"),
    ],
)
def test_a_foreign_or_broken_file_is_an_error_naming_it_and_the_rebuild(
    tmp_path: Path, change: dict[str, object], says: str
) -> None:
    path = _file(tmp_path, **change)
    with pytest.raises(decider.DeciderFileError, match=says) as error:
        decider.read(path)
    assert str(path) in str(error.value)
    assert f"{decider.VERSION} weights" in str(error.value)
    assert decider.REBUILD in str(error.value)


def test_a_missing_unreadable_or_incomplete_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(decider.DeciderFileError, match="missing"):
        decider.read(tmp_path / "none.json")
    broken = tmp_path / "broken.json"
    broken.write_text("{", encoding="utf-8")
    with pytest.raises(decider.DeciderFileError, match="unreadable"):
        decider.read(broken)
    broken.write_text("[]", encoding="utf-8")
    with pytest.raises(decider.DeciderFileError, match="not a JSON object"):
        decider.read(broken)
    broken.write_text('{"version": "decider-1"}', encoding="utf-8")
    with pytest.raises(decider.DeciderFileError, match="no bias, splits, textmodel, weights"):
        decider.read(broken)


def test_nan_in_the_weights_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "decider.json"
    path.write_text(
        f'{{"version": "{decider.VERSION}", "textmodel": "{textmodel.P_SCALE}", "bias": 0, '
        '"weights": {"logit": NaN}, "splits": []}',
        encoding="utf-8",
    )
    with pytest.raises(decider.DeciderFileError, match="finite numbers"):
        decider.read(path)


@pytest.mark.parametrize("typo", ["yes", "true", "2", " 1", "off"])
def test_a_switch_but_1_or_0_is_refused_with_a_clear_error(typo: str) -> None:
    with pytest.raises(ValueError, match=decider.SWITCH):
        decider._switch(typo)


def test_it_is_on_by_default_and_named_in_the_version() -> None:
    assert decider._switch(None) is True
    assert decider._switch("") is True
    assert decider._switch("0") is False
    if decider.ENABLED and textmodel.ENABLED:
        assert f"+{decider.VERSION}+" in f"{tagging.VERSION}+"  # unplaced-1 may follow


def test_the_shipped_weights_are_trained_on_the_p_of_a_word_model_that_never_saw_them() -> None:
    """The splits written after the last of the word model whose p it reads (textmodel.P_SCALE:
    its p there is the p of unseen news), up to the decider's last; a changed text, label or
    rule reading makes the file stale."""
    from bench import monitor_decider, monitor_textmodel

    shipped = json.loads(decider.SHIPPED.read_text(encoding="utf-8"))
    assert shipped["version"] == decider.VERSION
    assert shipped["textmodel"] == textmodel.P_SCALE
    assert shipped["splits"] == monitor_decider.training_splits()
    trained = set(monitor_textmodel.p_scale_splits())
    assert not trained & set(shipped["splits"]), "the word model is trained on these splits"
    assert "tnr-heldout" not in shipped["splits"]
    rows = monitor_decider.rows(shipped["splits"])
    assert shipped["digest"] == monitor_decider.digest(rows), (
        "the training texts or the rules' readings changed: rebuild with " + decider.REBUILD
    )


# The rules' regression pairs and stress cases (test_short_reports_read_by_the_model.py) that
# the decider overrules: look-alikes it makes reports, TNR twins it turns down. Pinned, so that
# a change shows. It takes more of these invented look-alikes than the chain (24 against 16;
# five have no origin read and are decided by nlp/unplaced.py since session 30, three of which
# the chain's sure rescue took too): most are the look-alike gates' own pairs, where the gates
# are right by construction, while on the blind splits it was trained on a short text a gate
# turned down was a report 181 times in 309, and the decider trusts a gate's "no" less. Its
# trade on unread text is measured in docs/monitor/learned-models.md ("Session 27", and
# "Session 30" for unplaced-1).
DECIDER_RESCUES = {
    "gate_clashes/torture-as-risk-en-1",  # with textmodel-12 (session 35)
    "gate_crimes/criminals-for-gain-en-2",  # no origin read (unplaced-1, not the decider)
    "gate_crimes/criminals-for-gain-zh-3",
    "gate_crimes/death-not-a-crime-en-6",
    "gate_crimes/death-not-a-crime-fa-8",
    "gate_crimes/death-not-a-crime-ru-7",
    "gate_keeps_tnr/banned_party-en-4",
    "gate_whose_act/agents_tried-en-7",
    "gate_whose_act/assessed_threat-en-15",  # with textmodel-12 (session 35)
    "gate_whose_act/assessed_threat-ru-16",
    "gate_whose_act/wanted_official-en-4",
    "lawful_acts/convict-extradited-en-0",
    "lawful_acts/convict-extradited-tr-1",
    "lawful_acts/convict-extradited-zh-2",
    "lawful_acts/host-returns-refugees-en-6",
    "lawful_acts/relative-as-source-fa-19",  # no origin read (unplaced-1, session 30)
    "lawful_acts/work-recounts-en-14",
    "lookalikes_suspects_and_seats/perpetrator-fa-6",
    "lookalikes_suspects_and_seats/suspect-fa-3",
    "stress/exile-comments-fa-70",  # no origin read (unplaced-1, not the decider)
    "stress/exile-quoted-en-13",
    "stress/in-absentia-en-9",  # no origin read (unplaced-1): a fugitive sentenced in absentia,
    "stress/in-absentia-fugitive-en-52",  # which the blind splits call a warrant for an exile
    "vetoes_family/family-uninformed-tr-0",
}
# With textmodel-12 it also took spied_on-en and host-returns-refugees-fa (26 in all), and did
# not turn down journalist-jailed-home-en. With textmodel-10 it also took
# clash-at-an-event-zh, host-deportation-flight-fa, plot-against-an-official-en, arrived-zh and
# spy-on-military-en (28 in all), and turned down only clash-at-an-event-fa and
# host-deportation-flight-ru.
DECIDER_TURNS_DOWN = {
    "gate_clashes/clash-at-an-event-fa-9",
    "gate_clashes/clash-at-an-event-tr-8",  # with textmodel-12 (session 35)
    "gate_clashes/host-deportation-flight-ru-4",
    "stress/journalist-jailed-home-en-1",  # with textmodel-13 (session 38)
}


def test_the_rules_pairs_it_overrules_are_the_pinned_ones(deciding: None) -> None:
    from amanat.monitor.tests.pairs import rules_tag
    from amanat.monitor.tests.test_short_reports_read_by_the_model import _cases

    rescued: set[str] = set()
    turned_down: set[str] = set()
    for case, language, text, is_tnr in _cases():
        rules, shipped = rules_tag(text, language).is_tnr, tagging.tag(text, language).is_tnr
        if rules == is_tnr and shipped != is_tnr:
            (turned_down if is_tnr else rescued).add(case)
    assert (rescued, turned_down) == (DECIDER_RESCUES, DECIDER_TURNS_DOWN)

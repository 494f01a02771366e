"""A short report in which the rules read no origin state (nlp/unplaced.py, session 30): decided
by one logistic model over the word model's p and what the rules read without an origin. Its
"yes" makes a report with no origin or host, the tactic model's tactic and an evidence
sentence, both models and their p named in the relevance rule; its "no" leaves the text no
report. Long texts and snippets are never asked; with the switch off the word model's sure
rescue (session 25) stands. A missing, foreign or broken weights file is an error naming it and
the command that rebuilds it.

The model's p is set here where a test is about the tagger's use of it: which real texts it
reads as reports is measured on blind splits (docs/monitor/learned-models.md), not pinned on
invented ones."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from amanat.monitor.nlp import decider, lang, tagging, textmodel, unplaced
from amanat.monitor.tests.test_decider import _deciding
from amanat.monitor.tests.test_decider import _file as _decider_file
from amanat.monitor.tests.test_reports_with_no_origin_read import (
    CUP_FINAL,
    IN_ABSENTIA,
    LONG,
    SNIPPET,
)


def _tag(text: str) -> tagging.Tagging:
    return tagging.tag(text, lang.identify(text).code)


@pytest.fixture
def deciding(model_on: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(unplaced, "ENABLED", True)


def test_its_yes_makes_a_report_with_no_origin_naming_both_models(
    deciding: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = _deciding(monkeypatch, 0.62, unplaced)
    found = _tag(IN_ABSENTIA)
    assert found.is_tnr
    assert (found.origin_state, found.host_countries) == (None, [])
    assert found.before_veto is not None  # the grouper reads the rules' negative
    assert not found.before_veto.is_tnr
    relevance = found.of_kind("relevance")[0]
    p = textmodel.short_probability(IN_ABSENTIA)
    assert p is not None
    assert [signals.p for signals in asked] == [p]
    assert relevance.rule.startswith(f"relevance.unplaced[{unplaced.VERSION} p=0.62, "
                                     f"{textmodel.VERSION} p={p:.2f} rescue, no origin read] "
                                     "over ")  # fmt: skip
    assert relevance.evidence
    assert relevance.evidence in IN_ABSENTIA
    for tag in found.of_kind("tactic"):
        assert tag.rule.startswith("tactic.tacticmodel-")
        assert tag.evidence in IN_ABSENTIA


def test_its_no_leaves_the_text_no_report(deciding: None, monkeypatch: pytest.MonkeyPatch) -> None:
    _deciding(monkeypatch, unplaced.THRESHOLD - 0.01, unplaced)
    found = _tag(IN_ABSENTIA)
    assert not found.is_tnr
    assert found.of_kind("relevance")[0].rule == "relevance.rules[]"
    assert found.of_kind("origin_state") == []


def test_at_its_threshold_it_says_yes(deciding: None, monkeypatch: pytest.MonkeyPatch) -> None:
    _deciding(monkeypatch, unplaced.THRESHOLD, unplaced)
    assert _tag(IN_ABSENTIA).is_tnr


def test_it_is_asked_what_the_rules_read_without_an_origin(
    deciding: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = _deciding(monkeypatch, 0.0, unplaced)
    _tag(IN_ABSENTIA)
    (signals,) = asked
    assert signals.language == "en"
    assert signals.states == 0  # no state named: why no origin was read
    assert signals.located >= 1  # "has lived in Paris"
    assert signals.places >= 1
    assert "bounty_or_warrant" in signals.tactics  # sentenced in absentia
    assert signals.roles == frozenset()


@pytest.mark.parametrize("text", [LONG, SNIPPET], ids=["long", "snippet"])
def test_a_long_text_or_a_snippet_is_never_asked(
    deciding: None, monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    asked = _deciding(monkeypatch, 1.0, unplaced)
    assert not _tag(text).is_tnr
    assert asked == []


def test_with_the_word_model_off_nothing_is_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(textmodel, "ENABLED", False)
    monkeypatch.setattr(unplaced, "ENABLED", True)
    asked = _deciding(monkeypatch, 1.0, unplaced)
    assert not _tag(IN_ABSENTIA).is_tnr
    assert asked == []


def test_with_its_switch_off_the_sure_rescue_stands(
    model_on: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(unplaced, "ENABLED", False)
    asked = _deciding(monkeypatch, 1.0, unplaced)
    monkeypatch.setattr(textmodel, "_score", lambda _buckets: textmodel.SURE_RESCUE)
    found = _tag(IN_ABSENTIA)
    assert asked == []
    assert found.is_tnr
    assert found.of_kind("relevance")[0].rule.startswith(
        f"relevance.textmodel[{textmodel.VERSION} p=0.85 rescue, no origin read] over "
    )


def test_the_shipped_weights_do_not_make_a_cup_final_a_report(deciding: None) -> None:
    assert not _tag(CUP_FINAL).is_tnr


def test_the_features_name_what_was_read() -> None:
    signals = unplaced.Signals(0.5, "tr", frozenset({"detention"}), True, False, True, 5, 1, 0,
                               frozenset({"national"}))  # fmt: skip
    found = unplaced.features(signals)
    assert found["logit"] == 0.0
    assert found["lang=tr"] == found["tactic=detention"] == found["role=national"] == 1.0
    assert (found["has_tactic"], found["diaspora"], found["explicit"]) == (1.0, 1.0, 0.0)
    assert (found["targeting"], found["states"], found["places"]) == (1.0, 3.0, 1.0)
    assert found["located"] == 0.0


def test_a_certain_p_still_has_a_finite_logit() -> None:
    for p in (0.0, 1.0):
        signals = unplaced.Signals(p, "en", frozenset(), False, False, False, 0, 0, 0, frozenset())
        assert abs(unplaced.features(signals)["logit"]) < 10


def _file(tmp_path: Path, **change: object) -> Path:
    """A weights file of the decider's format written as this model's."""
    return _decider_file(tmp_path, **({"version": unplaced.VERSION} | change))


def test_a_well_formed_file_is_read(tmp_path: Path) -> None:
    model = decider.read(_file(tmp_path), unplaced.VERSION, unplaced.REBUILD)
    assert model.weights == {"logit": 1.0}


@pytest.mark.parametrize(
    ("change", "says"),
    [
        ({"version": decider.VERSION}, f"written as '{decider.VERSION}'"),
        ({"textmodel": "textmodel-0"}, "trained beside 'textmodel-0'"),
        ({"bias": "0"}, "the bias must be a finite number"),
    ],
)
def test_a_foreign_file_is_an_error_naming_it_and_its_own_rebuild(
    tmp_path: Path, change: dict[str, object], says: str
) -> None:
    path = _file(tmp_path, **change)
    with pytest.raises(decider.DeciderFileError, match=says) as error:
        decider.read(path, unplaced.VERSION, unplaced.REBUILD)
    assert str(path) in str(error.value)
    assert unplaced.REBUILD in str(error.value)
    assert f"{unplaced.VERSION} weights" in str(error.value)  # the model named, not the decider
    assert decider.REBUILD not in str(error.value)


def test_a_missing_file_stops_the_tagger_at_start(
    model_on: None, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(unplaced, "ENABLED", True)
    monkeypatch.setattr(unplaced, "MODEL", tmp_path / "none.json")
    unplaced.load.cache_clear()
    try:
        with pytest.raises(decider.DeciderFileError, match="missing") as error:
            unplaced.ready()
        assert unplaced.REBUILD in str(error.value)
    finally:
        unplaced.load.cache_clear()


@pytest.mark.parametrize("typo", ["yes", "2", "off"])
def test_a_switch_but_1_or_0_is_refused_with_a_clear_error(typo: str) -> None:
    with pytest.raises(ValueError, match=unplaced.SWITCH):
        unplaced._switch(typo)


def test_it_is_on_by_default_and_named_in_the_version() -> None:
    assert unplaced._switch(None) is True
    assert unplaced._switch("0") is False
    if unplaced.ENABLED and textmodel.ENABLED:
        assert f"+{unplaced.VERSION}" in tagging.VERSION


def test_the_shipped_weights_are_trained_on_the_p_of_a_word_model_that_never_saw_them() -> None:
    """The blind splits written after the last of the word model whose p it reads
    (textmodel.P_SCALE: its p there is the p of unseen news); a changed text, label or rule
    reading makes the file stale."""
    from bench import monitor_decider, monitor_textmodel, monitor_unplaced

    shipped = json.loads(unplaced.SHIPPED.read_text(encoding="utf-8"))
    assert shipped["version"] == unplaced.VERSION
    assert shipped["textmodel"] == textmodel.P_SCALE
    assert shipped["splits"] == monitor_unplaced.training_splits()
    assert not set(monitor_textmodel.p_scale_splits()) & set(shipped["splits"])
    assert "tnr-heldout" not in shipped["splits"]
    rows = monitor_decider.rows(shipped["splits"], unplaced)
    assert shipped["texts"] == sum(r.signals is not None for r in rows)
    assert shipped["digest"] == monitor_decider.digest(rows), (
        "the training texts or the rules' readings changed: rebuild with " + unplaced.REBUILD
    )

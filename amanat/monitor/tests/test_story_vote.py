"""A story of two or three tellings is one report or none (nlp/story_vote.py, session 31): one
logistic model over the share of its tellings read as reports and the word model's mean logit
p gives every telling one verdict, in the folder run that ``amanat monitor evaluate`` scores. A
single telling, a larger group, or a story with a telling the word model does not read keeps
each telling's own verdict; so does every story with the switch or the word model off. A
missing, foreign or broken weights file is an error naming it and the command that rebuilds it.

The model's weights are set here where a test is about how its verdict is used: which real
stories it reads as reports is measured on blind splits (docs/monitor/learned-models.md)."""

from __future__ import annotations

import json
import math
from collections import defaultdict
from pathlib import Path

import pytest

from amanat.monitor.nlp import corpus, decider, pipeline, story_vote, textmodel
from amanat.monitor.nlp.tagging import Tag, Tagging
from amanat.monitor.tests.conftest import CORPUS
from amanat.monitor.tests.test_decider import _file as _decider_file

WEIGHTS = decider.Model({"yes": 2.0, "logit": 0.5}, -1.0, textmodel.P_SCALE, ())


@pytest.fixture
def voting(model_on: None, monkeypatch: pytest.MonkeyPatch) -> None:
    """The vote on, with the weights above (a pair read yes and no is decided by its p)."""
    monkeypatch.setattr(story_vote, "ENABLED", True)
    monkeypatch.setattr(story_vote, "load", lambda: WEIGHTS)


def test_a_story_of_two_tellings_read_apart_gets_one_verdict_from_both(voting: None) -> None:
    assert story_vote.verdicts([(True, 0.9), (False, 0.7)]) == [True, True]
    assert story_vote.verdicts([(True, 0.2), (False, 0.1)]) == [False, False]


def test_a_story_all_tellings_read_alike_can_still_be_overruled_by_the_word_model(
    voting: None,
) -> None:
    assert story_vote.verdicts([(True, 0.02), (True, 0.03)]) == [False, False]
    assert story_vote.verdicts([(False, 0.999), (False, 0.999), (False, 0.999)]) == [True] * 3


@pytest.mark.parametrize(
    "tellings",
    [[(False, 0.99)], [(True, 0.01), (False, 0.99), (True, 0.01), (False, 0.99)]],
    ids=["one telling", "four tellings"],
)
def test_a_single_telling_or_a_larger_group_keeps_its_own(
    voting: None, tellings: list[tuple[bool, float]]
) -> None:
    assert story_vote.verdicts(tellings) == [yes for yes, _p in tellings]


def test_a_story_with_a_telling_the_word_model_does_not_read_keeps_its_own(voting: None) -> None:
    assert story_vote.verdicts([(True, 0.01), (False, None)]) == [True, False]


@pytest.mark.parametrize("off", ["switch", "word model"])
def test_with_the_vote_or_the_word_model_off_each_telling_keeps_its_own(
    voting: None, monkeypatch: pytest.MonkeyPatch, off: str
) -> None:
    if off == "switch":
        monkeypatch.setattr(story_vote, "ENABLED", False)
    else:
        monkeypatch.setattr(textmodel, "ENABLED", False)
    assert story_vote.verdicts([(True, 0.01), (False, 0.01)]) == [True, False]


def test_the_model_never_sees_how_many_tellings_a_story_has() -> None:
    """The blind splits' brief tells a look-alike twice and a report two or three times: a
    count would learn the brief. Telling the same story twice over reads the same."""
    pair = [(True, 0.8), (False, 0.3)]
    once, twice = story_vote.story(pair), story_vote.story(pair * 2)
    assert once.yes == twice.yes
    assert once.logit == pytest.approx(twice.logit)
    assert set(story_vote.features(story_vote.story(pair))) == {"yes", "logit"}


@pytest.mark.parametrize("p", [0.0, 1.0])
def test_a_certain_word_model_is_clipped_not_infinite(p: float) -> None:
    read = story_vote.story([(True, p), (False, p)])
    assert math.isfinite(read.logit)
    assert 0.0 < read.p < 1.0


def _tagging(is_tnr: bool) -> Tagging:
    tags = [Tag("origin_state", "ER", "e", "origin.actor.en"),
            Tag("host_country", "SD", "e", "host.locative"),
            Tag("tactic", "detention", "e", "tactic.detention.en.1"),
            Tag("tactic", "detention", "e2", "tactic.detention.en.2"),
            Tag("tactic", "rendition", "e", "tactic.rendition.en.1")]  # fmt: skip
    if is_tnr:
        return Tagging(tags, True, "ER", ["SD"], ["detention", "rendition"])
    return Tagging(tags, False)


def test_a_telling_its_story_makes_a_report_takes_what_the_rules_read_in_it() -> None:
    read = pipeline.as_voted(_tagging(False), True)
    assert read.is_tnr
    assert read.origin_state == "ER"
    assert read.host_countries == ["SD"]
    assert read.tactics == ["detention", "rendition"]


def test_a_telling_its_story_makes_no_report_keeps_no_origin_host_or_tactic() -> None:
    read = pipeline.as_voted(_tagging(True), False)
    assert not read.is_tnr
    assert read.origin_state is None
    assert read.host_countries == []
    assert read.tactics == []
    assert read.tags == _tagging(True).tags  # the evidence stays for the analyst


def test_a_telling_its_story_agrees_with_is_left_as_read() -> None:
    read = _tagging(True)
    assert pipeline.as_voted(read, True) is read


def _stories(split: str, on: bool, monkeypatch: pytest.MonkeyPatch) -> list[list[bool]]:
    monkeypatch.setattr(story_vote, "ENABLED", on)
    labels = pipeline.predict_folder(corpus.read_folder(CORPUS / split)).predictions
    stories: dict[str, list[bool]] = defaultdict(list)
    for label in labels:
        if label.story_group:
            stories[label.story_group].append(label.is_tnr)
    return [verdicts for verdicts in stories.values() if 2 <= len(verdicts) <= 3]


def test_the_folder_run_reads_each_story_of_two_or_three_tellings_as_one(
    model_on: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """tnr-fresh384 holds stories whose tellings the tagger reads apart (seven, session 31)."""
    assert any(len(set(verdicts)) == 2 for verdicts in _stories("tnr-fresh384", False,
                                                                 monkeypatch))  # fmt: skip
    assert all(len(set(verdicts)) == 1 for verdicts in _stories("tnr-fresh384", True,
                                                                 monkeypatch))  # fmt: skip


def _file(tmp_path: Path, **change: object) -> Path:
    """A weights file of the decider's format written as this model's."""
    return _decider_file(tmp_path, **({"version": story_vote.VERSION} | change))


def test_a_well_formed_file_is_read(tmp_path: Path) -> None:
    model = decider.read(_file(tmp_path), story_vote.VERSION, story_vote.REBUILD)
    assert model.weights == {"logit": 1.0}


@pytest.mark.parametrize(
    ("change", "says"),
    [
        ({"version": decider.VERSION}, f"written as '{decider.VERSION}'"),
        ({"textmodel": "textmodel-0"}, "trained beside 'textmodel-0'"),
        ({"weights": {"yes": "2"}}, "weights must map feature names to finite numbers"),
    ],
)
def test_a_foreign_file_is_an_error_naming_it_and_its_own_rebuild(
    tmp_path: Path, change: dict[str, object], says: str
) -> None:
    path = _file(tmp_path, **change)
    with pytest.raises(decider.DeciderFileError, match=says) as error:
        decider.read(path, story_vote.VERSION, story_vote.REBUILD)
    assert str(path) in str(error.value)
    assert story_vote.REBUILD in str(error.value)
    assert f"{story_vote.VERSION} weights" in str(error.value)  # the model named, not the decider


def test_a_missing_file_stops_the_folder_run_at_start(
    model_on: None, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(story_vote, "ENABLED", True)
    monkeypatch.setattr(story_vote, "MODEL", tmp_path / "none.json")
    story_vote.load.cache_clear()
    try:
        with pytest.raises(decider.DeciderFileError, match="missing") as error:
            pipeline.warm_up()
        assert story_vote.REBUILD in str(error.value)
    finally:
        story_vote.load.cache_clear()


@pytest.mark.parametrize("typo", ["yes", "2", "off"])
def test_a_switch_but_1_or_0_is_refused_with_a_clear_error(typo: str) -> None:
    with pytest.raises(ValueError, match=story_vote.SWITCH):
        story_vote._switch(typo)


def test_it_is_on_by_default() -> None:
    assert story_vote._switch(None) is True
    assert story_vote._switch("0") is False


def test_the_shipped_weights_are_trained_on_the_p_of_a_word_model_that_never_saw_them() -> None:
    """The blind splits written after the last of the word model whose p it reads
    (textmodel.P_SCALE: its p there is the p of unseen news); a changed text, label, reading or
    grouping makes the file stale."""
    from bench import monitor_decider, monitor_story_vote, monitor_textmodel

    shipped = json.loads(story_vote.SHIPPED.read_text(encoding="utf-8"))
    assert shipped["version"] == story_vote.VERSION
    assert shipped["textmodel"] == textmodel.P_SCALE
    assert shipped["splits"] == monitor_story_vote.training_splits()
    assert not set(monitor_textmodel.p_scale_splits()) & set(shipped["splits"])
    assert "tnr-heldout" not in shipped["splits"]
    rows = monitor_story_vote.rows(shipped["splits"])
    assert shipped["texts"] == sum(r.signals is not None for r in rows)
    assert shipped["digest"] == monitor_decider.digest(rows), (
        "the training texts or their readings changed: rebuild with " + story_vote.REBUILD
    )

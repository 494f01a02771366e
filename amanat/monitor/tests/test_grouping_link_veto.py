"""Session 34 (`grouping-14`, `linkveto-1`): every link the grouper would make between rewrites
is read again by a small logistic model over what the two texts share and how their readings
agree (nlp/link_veto.py); a link it is sure joins two stories (p < ``THRESHOLD``) is not made.
It only removes links: exact and near duplicates are never asked, and an article turned away
starts a story of its own or joins through another link. A missing, foreign or broken weights
file is an error naming it and its rebuild; the switch is on by default and ``0`` turns it
off. Invented features, with weights set here where a test is about how the verdict is used;
which real links it turns down is measured on blind splits (docs/monitor/learned-models.md)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from io import StringIO
from pathlib import Path

import pytest

from amanat.monitor.nlp import decider, link_veto, pipeline, textmodel
from amanat.monitor.nlp.grouping import Doc
from amanat.monitor.nlp.story_events import _event
from amanat.monitor.tests.grouping_docs import crowd
from amanat.monitor.tests.grouping_docs import feature_doc as _doc
from amanat.monitor.tests.test_decider import _file as _decider_file

# One exile's story told twice in one language: names, a number and the state in common.
SHARED = ["n:valdar", "s:vldr", "nn:emil_valdar", "d:4711", "p:lyon", "c:QQ", "o:QQ"]
# A model that finds every link with a date each text has and the other lacks a trap.
TRAPS = decider.Model({"unshared_t": -10.0}, 5.0, textmodel.P_SCALE, ())
EVERY_LINK = decider.Model({}, -100.0, textmodel.P_SCALE, ())  # sure every link is a trap


@pytest.fixture
def vetoing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(link_veto, "ENABLED", True)
    monkeypatch.setattr(link_veto, "load", lambda: TRAPS)


def _joins(first: list[str], second: list[str]) -> bool:
    grouper = crowd()
    grouper.add(_doc("one", [*SHARED, *first], "en"))
    return not grouper.add(_doc("two", [*SHARED, *second], "en")).new_group


def test_a_link_the_model_is_sure_joins_two_stories_is_not_made(vetoing: None) -> None:
    assert _joins(["t:2019-03-02"], ["t:2019-03-02"])  # the same day: one story
    assert not _joins(["t:2019-03-02"], ["t:2019-03-09"])  # another day of the same month


def test_with_the_switch_off_the_grouper_links_as_its_rules_say(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(link_veto, "ENABLED", False)
    monkeypatch.setattr(link_veto, "load", lambda: TRAPS)
    assert _joins(["t:2019-03-02"], ["t:2019-03-09"])


def test_an_exact_duplicate_joins_whatever_the_veto_says(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(link_veto, "ENABLED", True)
    monkeypatch.setattr(link_veto, "load", lambda: EVERY_LINK)
    grouper = crowd()
    grouper.add(Doc("one", "same-hash", ["a", "b"], SHARED, "en"))
    copy = grouper.add(Doc("two", "same-hash", ["a", "b"], SHARED, "en"))
    assert not copy.new_group
    assert [m.kind for m in copy.matches] == ["exact"]
    assert _joins([], []) is False  # the same features in two texts: the rewrite link is cut


def test_an_article_turned_away_by_one_telling_joins_through_another(vetoing: None) -> None:
    grouper = crowd()
    grouper.add(_doc("one", [*SHARED, "t:2019-03-02", "t:2019-03-05"], "en"))
    assert not grouper.add(_doc("two", [*SHARED, "t:2019-03-02"], "en")).new_group
    # Against "one" each has a day the other lacks: cut. Against "two" it only adds one.
    third = grouper.add(_doc("three", [*SHARED, "t:2019-03-02", "t:2019-03-09"], "en"))
    assert not third.new_group
    assert [m.key for m in third.matches] == ["two"]


def test_the_link_counts_what_the_texts_share_and_what_both_have_apart() -> None:
    mine = {"nn:emil_valdar", "s:vldr", "t:2019-03", "d:12"}
    theirs = ["nn:emil_valdar", "s:vldr", "s:krm", "t:2020-05", "d:12", "s:mnr"]
    found = link_veto.link(mine, theirs, _event(mine), _event(theirs), 0.61234, 9.876, True,
                           ("en", "fa"))  # fmt: skip
    assert dict(found.shared) == {"nn": 1, "s": 1, "d": 1}
    assert dict(found.unshared) == {"t": 1}  # one date each, none in common; keys: mine has one
    assert found.months == (True, False)
    assert found.months_apart == 14
    assert (found.score, found.evidence, found.languages) == (0.6123, 9.88, "en-fa")
    inputs = link_veto.features(found)
    assert inputs["months_apart=12+"] == 1.0
    assert inputs["languages=en-fa"] == 1.0
    assert inputs["across"] == 1.0


def test_a_count_past_four_says_nothing_more() -> None:
    names = {f"n:name{i}" for i in range(9)}
    found = link_veto.link(names, names, _event(names), _event(names), 1.0, 30.0, False,
                           ("en", "en"))  # fmt: skip
    assert dict(found.shared) == {"n": 4}
    assert link_veto.features(found)["months_both"] == 0.0
    assert "months_apart=0" not in link_veto.features(found)  # undated: no distance


def _file(tmp_path: Path, **change: object) -> Path:
    """A weights file of the decider's format written as this model's."""
    return _decider_file(tmp_path, **({"version": link_veto.VERSION} | change))


@pytest.mark.parametrize(
    ("change", "says"),
    [
        ({"version": decider.VERSION}, f"written as '{decider.VERSION}'"),
        ({"weights": {"score": "2"}}, "weights must map feature names to finite numbers"),
        ({"bias": float("nan")}, "the bias must be a finite number"),
    ],
)
def test_a_foreign_or_broken_file_is_an_error_naming_it_and_its_rebuild(
    tmp_path: Path, change: dict[str, object], says: str
) -> None:
    path = _file(tmp_path, **change)
    with pytest.raises(decider.DeciderFileError, match=says) as error:
        decider.read(path, link_veto.VERSION, link_veto.REBUILD)
    assert str(path) in str(error.value)
    assert link_veto.REBUILD in str(error.value)
    assert f"{link_veto.VERSION} weights" in str(error.value)


@pytest.fixture
def no_weights(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    """The veto on, its weights file missing (``tmp_path / "none.json"``), read afresh."""
    monkeypatch.setattr(link_veto, "ENABLED", True)
    monkeypatch.setattr(link_veto, "MODEL", tmp_path / "none.json")
    link_veto.load.cache_clear()
    yield
    link_veto.load.cache_clear()


def test_a_missing_file_stops_the_folder_run_at_start(no_weights: None) -> None:
    with pytest.raises(decider.DeciderFileError, match="missing") as error:
        pipeline.warm_up()
    assert link_veto.REBUILD in str(error.value)


def test_a_command_that_groups_stops_at_start_without_the_weights(
    no_weights: None, tmp_path: Path
) -> None:
    from django.core.management import CommandError, call_command

    with pytest.raises(CommandError, match=r"none\.json: missing; rebuild them with `python"):
        call_command("monitor", "evaluate", str(tmp_path / "nowhere"), stdout=StringIO())


@pytest.mark.parametrize("typo", ["yes", "2", "off"])
def test_a_switch_but_1_or_0_is_refused_with_a_clear_error(typo: str) -> None:
    with pytest.raises(ValueError, match=link_veto.SWITCH):
        link_veto._switch(typo)


def test_it_is_on_by_default() -> None:
    assert link_veto._switch(None) is True
    assert link_veto._switch("0") is False


def test_the_shipped_weights_are_trained_on_every_blind_split_up_to_the_last_read() -> None:
    """Every link of the blind splits up to ``LAST_TRAINED``; a changed text, label, reading
    or grouping makes the file stale."""
    from bench import monitor_decider, monitor_link_veto

    shipped = json.loads(link_veto.SHIPPED.read_text(encoding="utf-8"))
    assert shipped["version"] == link_veto.VERSION
    assert shipped["splits"] == monitor_link_veto.training_splits()
    assert "tnr-heldout" not in shipped["splits"]
    assert "tnr-dev" not in shipped["splits"]
    rows = monitor_link_veto.rows(shipped["splits"])
    assert shipped["texts"] == len(rows)
    assert shipped["digest"] == monitor_decider.digest(rows), (
        "the training links or their readings changed: rebuild with " + link_veto.REBUILD
    )


def test_the_bench_reads_links_with_the_tactic_model_the_weights_were_trained_beside() -> None:
    """The kept tactic model is the one named, read only inside the bench's context and with
    the features it was trained on; the shipped one is read again after it."""
    from amanat.monitor.nlp import tacticmodel
    from bench import monitor_tacticmodel

    with monitor_tacticmodel.link_veto_readings():
        assert tacticmodel.VERSION == monitor_tacticmodel.LINK_VETO_READINGS == "tacticmodel-8"
        assert tacticmodel.PREFIX == 0  # tacticmodel-8 read whole words only
        kept = tacticmodel.load()
    assert tacticmodel.VERSION != monitor_tacticmodel.LINK_VETO_READINGS
    assert tacticmodel.PREFIX == 5
    assert tacticmodel.load() is not kept

"""The one-shot benches of sessions 17 and 18 (bench/monitor_veto_data.py, monitor_rescue.py,
monitor_veto_floor.py, monitor_short_reader.py): a test needs its pre-registered setting, never
runs on the splits that chose it, on splits that do not exist or, for the shipped weights, on
splits they were trained on; a rescue only ever turns the rules' negatives TNR (the short
reader's only ungated ones with people abroad); the floor is restored after use."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from amanat.monitor.nlp import corpus, tacticmodel, textmodel
from bench import (
    monitor_rescue,
    monitor_short_reader,
    monitor_tacticmodel,
    monitor_textmodel,
    monitor_veto_data,
    monitor_veto_floor,
)

MAINS: dict[str, tuple[Callable[[list[str]], str], str]] = {
    "veto_data": (monitor_veto_data.main, "--threshold"),
    "rescue": (monitor_rescue.main, "--rescue"),
    "floor": (monitor_veto_floor.main, "--floor"),
}


def _refused(main: Callable[[list[str]], str], argv: list[str],
             capsys: pytest.CaptureFixture[str]) -> str:  # fmt: skip
    with pytest.raises(SystemExit) as exit_:
        main(argv)
    assert exit_.value.code == 2
    return capsys.readouterr().err


@pytest.mark.parametrize("bench", MAINS)
def test_a_one_shot_test_needs_its_pre_registered_setting(
    bench: str, capsys: pytest.CaptureFixture[str]
) -> None:
    main, setting = MAINS[bench]
    assert f"--test needs {setting}" in _refused(main, ["--test", "tnr-fresh99"], capsys)


@pytest.mark.parametrize("bench", MAINS)
@pytest.mark.parametrize(("split", "message"), [
    ("tnr-fresh20", "tnr-fresh20 chose the"),  # a split that chose the setting
    ("tnr-fresh999", "unknown split tnr-fresh999"),  # a split that does not exist
])  # fmt: skip
def test_a_one_shot_test_refuses_a_split_it_must_not_test_on(
    bench: str, split: str, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    main, setting = MAINS[bench]
    assert message in _refused(main, ["--test", split, setting, "1"], capsys)


def test_the_floor_bench_refuses_a_negative_floor(capsys: pytest.CaptureFixture[str]) -> None:
    err = _refused(monitor_veto_floor.main, ["--test", "tnr-fresh70", "--floor", "-5"], capsys)
    assert "0 or more" in err


def test_the_floor_bench_refuses_splits_the_shipped_weights_learned(
    capsys: pytest.CaptureFixture[str],
) -> None:
    err = _refused(monitor_veto_floor.main, ["--test", "tnr-fresh5", "--floor", "20"], capsys)
    assert "trained on tnr-fresh5" in err


def test_the_floor_is_restored_after_use() -> None:
    before = textmodel.MIN_WORDS, monitor_textmodel.MIN_WORDS
    with monitor_veto_floor.floor(0):
        assert textmodel.MIN_WORDS == monitor_textmodel.MIN_WORDS == 0
    assert before == (textmodel.MIN_WORDS, monitor_textmodel.MIN_WORDS)


def test_a_rescue_turns_only_the_rules_negatives_tnr() -> None:
    texts = [monitor_textmodel.Text("s", name, name, corpus.Label(name, True))
             for name in ("a.txt", "b.txt", "c.txt")]  # fmt: skip
    rules = [corpus.Label("a.txt", True, "CN", tactics=("detention",)),
             corpus.Label("b.txt", False), corpus.Label("c.txt", False)]  # fmt: skip
    said = {"a.txt": 0.9, "b.txt": 0.9, "c.txt": 0.2}
    out, count = monitor_rescue.rescued(rules, rules, texts, said.get, 0.6)
    assert count == 1
    assert [label.is_tnr for label in out] == [True, True, False]
    assert out[0] == rules[0]  # a rules' positive is left as it was
    assert (out[1].origin_state, out[1].tactics) == (None, ())  # a rescue adds no reading


@pytest.mark.parametrize(("argv", "message"), [
    (["--test", "tnr-fresh93"], "--test needs --rescue"),
    (["--test", "tnr-fresh60", "--rescue", "0.5"], "tnr-fresh60 chose the rescue"),
    (["--test", "tnr-fresh999", "--rescue", "0.5"], "unknown split tnr-fresh999"),
    (["--test", "tnr-fresh93", "--rescue", "0.6"], "--rescue 0.6 is not the shipped 0.5"),
    (["--test", "tnr-fresh20", "--rescue", "0.5"], "weights were trained on tnr-fresh20"),
])  # fmt: skip
def test_the_short_reader_bench_refuses_a_test_it_must_not_run(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert message in _refused(monitor_short_reader.main, argv, capsys)


def test_the_short_reader_rescues_only_an_ungated_negative_with_people_abroad() -> None:
    def reading(
        is_tnr: bool, abroad: bool, gated: bool, p: float | None
    ) -> monitor_short_reader.Reading:
        rules = corpus.Label("a.txt", is_tnr, story_group="g1")
        partial = corpus.Label("a.txt", True, "ER", ("SE",), ("direct_threat",))
        return monitor_short_reader.Reading(rules, partial, abroad, gated, p)

    decided = monitor_short_reader.decided
    rescued = decided(reading(False, True, False, 0.5), 0.3, 0.5, False)
    assert (rescued.is_tnr, rescued.origin_state, rescued.tactics) == (
        True,
        "ER",
        ("direct_threat",),
    )
    assert rescued.story_group == "g1"
    assert not decided(reading(False, True, False, 0.49), 0.3, 0.5, False).is_tnr
    assert not decided(reading(False, False, False, 0.9), 0.3, 0.5, False).is_tnr
    assert not decided(reading(False, True, True, 0.9), 0.3, 0.5, False).is_tnr
    assert decided(reading(False, True, True, 0.9), 0.3, 0.5, True).is_tnr
    assert not decided(reading(True, True, False, 0.29), 0.3, 0.5, False).is_tnr
    assert decided(reading(True, True, False, 0.3), 0.3, 0.5, False).is_tnr
    assert decided(reading(True, True, False, None), 0.3, 0.5, False).is_tnr  # abstains


_SHIPPED = str(tacticmodel.THRESHOLD)  # session 25: 0.4 (was 0.3)


@pytest.mark.parametrize(("argv", "message"), [
    (["--test", "tnr-fresh93"], "--test needs --threshold"),
    (["--test", "tnr-fresh60", "--threshold", _SHIPPED], "tnr-fresh60 chose the threshold"),
    (["--test", "tnr-fresh999", "--threshold", _SHIPPED], "unknown split tnr-fresh999"),
    (["--test", "tnr-fresh93", "--threshold", "0.5"],
     f"--threshold 0.5 is not the shipped {_SHIPPED}"),
    (["--test", "tnr-fresh20", "--threshold", _SHIPPED], "weights were trained on tnr-fresh20"),
])  # fmt: skip
def test_the_tactic_model_bench_refuses_a_test_it_must_not_run(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert message in _refused(monitor_tacticmodel.main, argv, capsys)

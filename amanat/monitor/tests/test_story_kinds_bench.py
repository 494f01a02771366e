"""bench/monitor_story_kinds.py: texts are counted right by kind (a look-alike when rejected, a
TNR text when found), kinds under the floor are pooled so that no line nears one story, a group
with no kind is named, and a missing kinds file or set is refused with exit code 2."""

from __future__ import annotations

from pathlib import Path

import pytest

from amanat.monitor.nlp.corpus import Label
from bench import monitor_story_kinds as kinds


def _label(name: str, is_tnr: bool, group: str | None) -> Label:
    return Label(
        f"tnr-fresh99/{name}", is_tnr, story_group=f"tnr-fresh99/{group}" if group else None
    )


def test_a_look_alike_is_right_when_rejected_and_a_report_when_found(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(kinds, "MIN_TEXTS", 1)
    gold = [_label("a", False, "lk-x"), _label("b", False, "lk-x"), _label("c", True, None)]
    guessed = [_label("a", False, None), _label("b", True, None), _label("c", True, None)]
    known = {("tnr-fresh99", "lk-x"): "domestic", ("tnr-fresh99", "c"): "kin_at_home"}
    assert kinds.table(gold, guessed, known) == [
        ("look-alike", "domestic", 2, 1),
        ("TNR", "kin_at_home", 1, 1),
    ]


def test_kinds_under_the_floor_are_pooled(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(kinds, "MIN_TEXTS", 3)
    gold = [
        _label(n, False, g)
        for n, g in [("a", "g1"), ("b", "g1"), ("c", "g1"), ("d", "g2"), ("e", "g3")]
    ]
    known = {("tnr-fresh99", "g1"): "domestic", ("tnr-fresh99", "g2"): "policy",
             ("tnr-fresh99", "g3"): "release"}  # fmt: skip
    rows = kinds.table(gold, gold, known)
    assert rows == [("look-alike", "domestic", 3, 3), ("look-alike", "(kinds under 3 texts)", 2, 2)]


def test_a_group_without_a_kind_is_named() -> None:
    with pytest.raises(KeyError, match="tnr-fresh99: story group lk-y has no kind"):
        kinds.table([_label("a", False, "lk-y")], [_label("a", False, None)], {})


def test_the_kinds_file_is_read_by_split_and_group(tmp_path: Path) -> None:
    path = tmp_path / "kinds.tsv"
    path.write_text(
        "split\tstory_group\tkind\tcomment\ntnr-fresh99\tlk-x\tpolicy\t\n", encoding="utf-8"
    )
    assert kinds.kinds(path) == {("tnr-fresh99", "lk-x"): "policy"}


def test_a_missing_kinds_file_is_refused(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(kinds, "KINDS_FILE", tmp_path / "none.tsv")
    with pytest.raises(SystemExit) as stopped:
        kinds.main(["--set", "selection"])
    assert stopped.value.code == 2
    assert "none.tsv is missing" in capsys.readouterr().err


def test_a_set_with_no_split_in_the_corpus_is_refused(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(kinds, "BLIND", ("tnr-fresh-not-written",))
    with pytest.raises(SystemExit) as stopped:
        kinds.main([])
    assert stopped.value.code == 2
    assert "no split of the blind set" in capsys.readouterr().err

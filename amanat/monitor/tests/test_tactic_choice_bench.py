"""bench/monitor_tactic_choice.py: each way of choosing keeps the tactics it says, only the
reported tactic lists change (relevance, origin, hosts and groups stay the tagger's), and unknown
variants or a set with no split in the corpus are refused with exit code 2."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bench import monitor_tactic_choice as choice
from bench.monitor_tactic_choice import Read

ROOT = Path(__file__).resolve().parents[3]
READS = [
    Read("deportation", position=4, sentences=1, order=0),
    Read("detention", position=0, sentences=2, order=1),
    Read("threat_to_family", position=2, sentences=3, order=2),
]


def test_a_cap_keeps_the_tactics_read_earliest() -> None:
    assert choice.cap(1)(READS) == ["detention"]
    assert choice.cap(2)(READS) == ["detention", "threat_to_family"]


def test_a_tie_in_place_goes_to_the_tactic_read_in_more_sentences() -> None:
    tied = [Read("rendition", 1, 1, 0), Read("detention", 1, 2, 1)]
    assert choice.cap(1)(tied) == ["detention"]


def test_the_lead_keeps_what_its_sentences_read() -> None:
    assert choice.lead(3)(READS) == ["detention", "threat_to_family"]


def test_a_lead_that_read_nothing_keeps_the_earliest_tactic() -> None:
    late = [Read("deportation", 5, 1, 0), Read("rendition", 7, 4, 1)]
    assert choice.lead(2)(late) == ["deportation"]


def test_most_keeps_the_tactic_read_in_the_most_sentences() -> None:
    assert choice.most(1)(READS) == ["threat_to_family"]


def test_choices_chain_left_to_right() -> None:
    assert choice.then(choice.lead(3), choice.most(1))(READS) == ["threat_to_family"]


def test_choosing_changes_only_the_reported_tactics() -> None:
    gold, base = choice.predict(["tnr-dev"], "base")
    _gold, capped = choice.predict(["tnr-dev"], "cap1")
    assert len(base) == len(capped) == len(gold)
    assert any(len(label.tactics) > 1 for label in base)  # the test can fail
    for before, after in zip(base, capped, strict=True):
        assert (after.file, after.is_tnr, after.origin_state, after.host_countries,
                after.story_group) == (before.file, before.is_tnr, before.origin_state,
                                       before.host_countries, before.story_group)  # fmt: skip
        assert set(after.tactics) <= set(before.tactics)
        assert len(after.tactics) == min(1, len(before.tactics))


def test_an_unknown_variant_is_refused_by_name_with_exit_code_2() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "bench.monitor_tactic_choice", "cap2", "cap9"],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 2
    assert "unknown variant cap9" in done.stderr
    assert done.stdout == ""


def test_a_set_with_no_split_in_the_corpus_is_refused(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(choice.SETS, "test", ("tnr-fresh-not-written",))
    with pytest.raises(SystemExit) as stopped:
        choice.main(["--set", "test", "base"])
    assert stopped.value.code == 2
    assert "no split of the test set" in capsys.readouterr().err

"""bench/monitor_consensus.py: a predicted story group rereads its texts as the variant says
(all, any; shared, union), a text alone is never changed, and unknown variants are refused."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from amanat.monitor.nlp.corpus import Label
from bench import monitor_consensus as consensus

ROOT = Path(__file__).resolve().parents[3]
DETAINED = Label("a.txt", True, "TJ", ("RU",), ("detention", "extradition_request"), "g1")
DEPORTED = Label("b.txt", True, "RU", ("RU",), ("detention", "deportation"), "g1")
MISSED = Label("c.txt", False, None, (), (), "g1")
ALONE = Label("d.txt", True, "IR", ("TR",), ("threat_to_family", "assault"), None)


def test_shared_keeps_what_both_texts_of_a_pair_read() -> None:
    (reread, _other) = consensus.one_reading([DETAINED, DEPORTED], "own/shared")
    assert reread.tactics == ("detention",)


def test_shared_falls_back_to_a_texts_own_tactics_when_the_pair_shares_none() -> None:
    other = Label("b.txt", True, "TJ", (), ("assault",), "g1")
    (reread, _other) = consensus.one_reading([DETAINED, other], "own/shared")
    assert reread.tactics == DETAINED.tactics


def test_union_adds_every_member_tactic_once() -> None:
    (reread, _other) = consensus.one_reading([DETAINED, DEPORTED], "own/union")
    assert reread.tactics == ("detention", "extradition_request", "deportation")


def test_all_drops_a_text_whose_translation_was_not_found() -> None:
    (dropped, missed) = consensus.one_reading([DETAINED, MISSED], "all/own")
    assert (dropped.is_tnr, dropped.origin_state, dropped.tactics) == (False, None, ())
    assert missed == MISSED


def test_any_lends_a_missed_text_the_origin_and_tactics_of_its_group() -> None:
    (_found, lent) = consensus.one_reading([DETAINED, MISSED], "any/own")
    assert (lent.is_tnr, lent.origin_state, lent.tactics) == (True, "TJ", DETAINED.tactics)


def test_the_commonest_origin_wins_and_a_tie_goes_to_the_first_text() -> None:
    (_a, _b, lent) = consensus.one_reading([DETAINED, DEPORTED, MISSED], "any/own")
    assert lent.origin_state == "TJ"
    assert lent.tactics == ("detention",)  # more than half of two: both


def test_a_text_alone_is_never_changed() -> None:
    assert consensus.one_reading([ALONE], "all/shared") == [ALONE]


def test_an_unknown_variant_is_refused_by_name_with_exit_code_2() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "bench.monitor_consensus", "own/shared", "most/own"],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 2
    assert "unknown variant most/own" in done.stderr
    assert done.stdout == ""

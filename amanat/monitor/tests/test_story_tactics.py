"""A story's reports share their tactics in the folder run (nlp/story_reading.py, ``story-4``).

A telling names only the acts its writer kept; the story, which an analyst reviews, states them
all. Relevance, origin and hosts stay each telling's own, and only stories of two or three
tellings are joined.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from amanat.monitor.nlp import pipeline
from amanat.monitor.nlp.corpus import Folder
from amanat.monitor.nlp.story_reading import MAX_TELLINGS, join_tactics

_HEAD = "Uyghur student in Istanbul says police in Xinjiang detained her mother\n"
_ACT = (
    "Police in Kashgar detained the mother of Uyghur student Aynur Tursun in March 2019 after "
    "she spoke at a protest in Istanbul, and officers told her by phone to stop her activism."
)
_MORE = " Men she did not know photographed her at a later rally, she said."
FULL = _HEAD + _ACT + _MORE  # states surveillance too
SHORT = _HEAD + _ACT  # the same story, the photographs left out


def _run(texts: dict[str, str]) -> dict[str, pipeline.Label]:
    folder = Folder(Path("."), [], {name: text.encode() for name, text in texts.items()})
    return {label.file: label for label in pipeline.predict_folder(folder).predictions}


def test_a_shorter_telling_carries_the_tactic_its_story_states() -> None:
    alone = _run({"b.txt": SHORT})["b.txt"]
    assert alone.is_tnr
    assert "surveillance" not in alone.tactics
    told = _run({"a.txt": FULL, "b.txt": SHORT})
    assert told["a.txt"].story_group == told["b.txt"].story_group is not None
    assert told["b.txt"].tactics == told["a.txt"].tactics
    assert "surveillance" in told["b.txt"].tactics


def test_relevance_origin_and_hosts_stay_each_tellings_own() -> None:
    alone = _run({"b.txt": SHORT})["b.txt"]
    told = _run({"a.txt": FULL, "b.txt": SHORT})["b.txt"]
    assert (told.is_tnr, told.origin_state, told.host_countries) == (
        alone.is_tnr, alone.origin_state, alone.host_countries)  # fmt: skip


def test_a_story_of_more_than_three_tellings_keeps_each_tellings_own() -> None:
    texts = {"a.txt": FULL, "b.txt": SHORT, "c.txt": SHORT + " ", "d.txt": SHORT + "  "}
    told = _run(texts)
    assert len({label.story_group for label in told.values()}) == 1
    assert "surveillance" in told["a.txt"].tactics
    assert all("surveillance" not in told[name].tactics for name in ("b.txt", "c.txt", "d.txt"))


def test_reports_take_every_reports_tactics_in_the_order_first_read() -> None:
    first, second = ["threat_to_family"], ["surveillance", "threat_to_family"]
    read = join_tactics([(True, first), (True, second)])
    assert read == [("threat_to_family", "surveillance")] * 2


def test_a_telling_not_read_as_a_report_keeps_no_tactic() -> None:
    read = join_tactics([(True, ["detention"]), (False, [])])
    assert read == [("detention",), ()]


def test_a_lone_telling_and_a_large_story_keep_their_own() -> None:
    assert join_tactics([(True, ["detention"])]) == [("detention",)]
    large = [(True, [f"t{i}"]) for i in range(MAX_TELLINGS + 1)]
    assert join_tactics(large) == [(f"t{i}",) for i in range(MAX_TELLINGS + 1)]


def test_a_story_of_no_report_stays_without_tactics() -> None:
    assert join_tactics([(False, []), (False, [])]) == [(), ()]


def test_switched_off_each_telling_keeps_its_own(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("amanat.monitor.nlp.story_reading.ENABLED", False)
    assert join_tactics([(True, ["detention"]), (True, ["deportation"])]) == [
        ("detention",), ("deportation",)]  # fmt: skip

"""A report with no origin read takes its story's (nlp/story_reading.py, ``story-6``): in a story
of two or three tellings whose other reports name one and the same origin, as the story's
proposal already reads it. An origin read is never replaced, a text read as no report is never
given one, and disagreeing reports give none."""

from __future__ import annotations

import pytest

from amanat.monitor.nlp import pipeline, story_reading
from amanat.monitor.nlp.story_reading import MAX_TELLINGS, fill_origins


def test_a_report_with_no_origin_takes_the_one_its_story_names() -> None:
    assert fill_origins([(True, "CN"), (True, None)]) == ["CN", "CN"]
    assert fill_origins([(True, None), (True, "IR"), (True, "IR")]) == ["IR", "IR", "IR"]


def test_an_origin_read_is_never_replaced() -> None:
    assert fill_origins([(True, "CN"), (True, "TR")]) == ["CN", "TR"]


def test_reports_that_disagree_give_none() -> None:
    assert fill_origins([(True, None), (True, "IR"), (True, "IQ")]) == [None, "IR", "IQ"]


def test_a_text_read_as_no_report_neither_takes_nor_gives_an_origin() -> None:
    assert fill_origins([(False, None), (True, "CN")]) == [None, "CN"]
    assert fill_origins([(True, None), (False, "RU")]) == [None, "RU"]


def test_a_lone_report_or_a_large_story_keeps_its_own() -> None:
    assert fill_origins([(True, None)]) == [None]
    large = [(True, None)] + [(True, "CN")] * MAX_TELLINGS
    assert fill_origins(large) == [None] + ["CN"] * MAX_TELLINGS


def test_switched_off_each_keeps_its_own(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(story_reading, "ENABLED", False)
    assert fill_origins([(True, "CN"), (True, None)]) == ["CN", None]


def test_stories_are_read_one_by_one() -> None:
    read = pipeline.stories_origins({
        "a": ("g1", True, "CN"),
        "b": ("g1", True, None),
        "c": ("g2", True, None),
        "d": ("g2", True, "RU"),
        "e": ("g3", True, None),
    })  # fmt: skip
    assert read == {"a": "CN", "b": "CN", "c": "RU", "d": "RU", "e": None}

"""A rewrite across languages needs a smaller overlap than one in the same language
(``grouping.ACROSS_OVERLAP``, grouping-15, session 36): a translation's names are cut and spelt
another way and its words are other words, so what it shares weighs less against what each
text alone has. Within one language the overlap asked is unchanged, and so is the evidence test
(which grows with the collection). Invented features only."""

from __future__ import annotations

import pytest

from amanat.monitor.nlp import grouping
from amanat.monitor.nlp.grouping import Doc
from amanat.monitor.nlp.story_events import _event
from amanat.monitor.tests.grouping_docs import crowd
from amanat.monitor.tests.grouping_docs import feature_doc as _doc

# A report and a translation that read different origins (the tagger's reading of a short
# translation often differs) and share a place, a month, a day and a number: an overlap of
# 0.39 of the shorter text, evidence enough in a folder of two hundred stories.
REPORT = ["p:zorbu", "t:2031-07", "d:12", "c:QQ", "c:RR", "o:QQ", "x:QQ>RR", "e:QQ:2031-07",
          "k:detention", "f:direct"]  # fmt: skip
TRANSLATION = ["p:zorbu", "t:2031-07", "d:12", "o:RR", "e:RR:2031-07", "t:2030-06",
               "t:2031-07-19"]  # fmt: skip


def _joined(first: Doc, second: Doc) -> bool:
    grouper = crowd()
    grouper.add(first)
    return not grouper.add(second).new_group


def test_a_translation_sharing_more_than_a_third_of_itself_joins() -> None:
    assert grouping.ACROSS_OVERLAP == 0.35
    assert _joined(_doc("ug", REPORT, "ug"), _doc("fa", TRANSLATION, "fa"))


def test_within_one_language_the_overlap_asked_is_unchanged() -> None:
    grouper, event = crowd(0), _event([])
    assert grouper._overlap_needed(False, False, set(), event, event) == 0.5
    assert grouper._overlap_needed(False, True, set(), event, event) == 0.35
    assert grouper._overlap_needed(True, True, set(), event, event) == grouping.STRONG_OVERLAP


def test_they_stayed_apart_across_languages_at_grouping_14s_overlap(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(grouping, "ACROSS_OVERLAP", 0.5)
    assert not _joined(_doc("ug", REPORT, "ug"), _doc("fa", TRANSLATION, "fa"))


def test_a_translation_sharing_less_stays_apart() -> None:
    # The day and the number left out: the place and the month are a smaller part of it.
    thinner = [f for f in TRANSLATION if f not in ("d:12", "t:2031-07-19")] + ["d:99", "p:hama"]
    assert not _joined(_doc("ug", REPORT, "ug"), _doc("fa", thinner, "fa"))


@pytest.mark.parametrize("bench", ["monitor_link_veto", "monitor_story_vote"])
def test_the_benches_of_models_trained_beside_grouping_14_group_as_it_did(bench: str) -> None:
    """The link veto's links and the story vote's stories: the overlap across languages is the
    within-language one inside the bench's reading only."""
    import importlib
    from unittest.mock import patch

    from bench import monitor_decider

    module = importlib.import_module(f"bench.{bench}")
    seen: list[float] = []
    with patch.object(module, "split_rows", lambda _s: seen.append(
            grouping.ACROSS_OVERLAP) or []):  # fmt: skip
        assert module.rows(["tnr-fresh385"]) == []
    assert seen == [monitor_decider.TRAINED_ACROSS_OVERLAP] == [0.5]
    assert grouping.ACROSS_OVERLAP == 0.35

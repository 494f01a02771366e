"""A rewrite across languages whose written facts tell needs a smaller overlap than one in the
same language (``grouping.ACROSS_OVERLAP``; grouping-15 asked it of any rewrite across
languages, grouping-16 only where the written facts shared are evidence by themselves,
``StoryGrouper._facts_tell``, session 36): a translation's names are cut and spelt another way
and its words are other words, so what it shares weighs less against what each text alone has.
In a stream, where a city, an age and a month are shared by many stories, the within-language
overlap is asked again. Within one language nothing changes. Invented features only."""

from __future__ import annotations

import pytest

from amanat.monitor.nlp import grouping
from amanat.monitor.nlp.grouping import Doc
from amanat.monitor.nlp.story_events import _event
from amanat.monitor.tests.grouping_docs import crowd
from amanat.monitor.tests.grouping_docs import feature_doc as _doc

# A report and a translation that read different origins (the tagger's reading of a short
# translation often differs) and share a place, a month and a number: an overlap of
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


def test_the_smaller_overlap_is_asked_across_languages_where_the_facts_tell() -> None:
    # Two readings that blame different states: not a thin translation (which asks 0.3).
    grouper, facts = crowd(0), {"d:12", "p:zorbu"}
    one, other = _event(["o:QQ"]), _event(["o:RR"])
    assert grouper._overlap_needed(False, False, facts, one, other) == 0.5
    assert grouper._overlap_needed(False, True, facts, one, other) == 0.35
    assert grouper._overlap_needed(False, True, {"o:QQ", "t:2031-07"}, one, other) == 0.5
    assert grouper._overlap_needed(False, True, facts, one, one) == grouping.CROSS_LANGUAGE_OVERLAP
    assert grouper._overlap_needed(True, True, facts, one, other) == grouping.STRONG_OVERLAP


def test_in_a_stream_that_has_seen_the_facts_in_many_stories_they_need_the_full_overlap(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The thin translation's report and a translation read as another state's act (no thin
    # translation): it joins in a folder; among twenty more stories that share its name key and
    # number, it does not, unless the facts are taken to tell.
    from amanat.monitor.tests import test_grouping_thin_translations as thin

    read_apart = [f for f in thin.TRANSLATION if not f.startswith(("o:", "e:"))]
    translation = _doc("tr", [*read_apart, "o:TT", "e:TT:2031-05"], "tr")
    assert thin._joins(translation)
    assert not thin._joins(translation, common=20)
    monkeypatch.setattr(grouping.StoryGrouper, "_facts_tell", lambda _self, _shared: True)
    assert thin._joins(translation, common=20)  # the overlap is what kept it apart


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

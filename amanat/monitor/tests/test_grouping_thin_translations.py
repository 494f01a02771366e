"""A short translation joins its report with a smaller overlap (session 19,
``grouping_readings.thin_translation``): across languages a text that shares a name, a number
or a place with a report needs an overlap of ``CROSS_LANGUAGE_OVERLAP``, not the 0.5 asked
within one language, because what one text alone has weighs as much as what both keep. A day
and countries alone, a reading that blames another state, or written facts that a stream has
seen in many stories (``grouping-10``) still need the full overlap. Invented features only; the
translation is Turkish, a language whose unshared name keys count in its length (a Chinese,
Persian or Uyghur text's do not, ``grouping_readings._CUT_NAMES``).

The rule lowers the overlap asked across languages, which was the within-language 0.5 when it
was written; since grouping-15 it is ``ACROSS_OVERLAP`` (0.35) where the written facts tell,
under which this invented translation joins by itself (test_grouping_across_overlap.py). So
these tests ask the rule against the overlap it was written to lower."""

from __future__ import annotations

import pytest

from amanat.monitor.nlp import grouping
from amanat.monitor.nlp.grouping import Doc
from amanat.monitor.tests.grouping_docs import crowd
from amanat.monitor.tests.grouping_docs import feature_doc as _doc

# A report: a full name and its key, a day, two countries, a place, a number, a second name,
# another city and the origin read — more than a short translation keeps.
REPORT = ["s:tlbk", "n:talib", "n:berk", "nn:talib_berk", "t:2031-05", "t:2031-05-17", "c:QQ",
          "c:RR", "p:zorbu", "d:140", "n:reed", "s:rd", "n:lfntn", "s:lfntn", "p:kigali",
          "o:QQ"]  # fmt: skip
# Its short translation: the name's key, the number, the day and one country kept; a number, a
# place and a name of its own (a name cut another way) that the report does not share.
TRANSLATION = ["s:tlbk", "d:140", "t:2031-05", "t:2031-05-17", "c:QQ", "d:77", "s:hm", "p:hama",
               "o:QQ", "e:QQ:2031-05"]  # fmt: skip


@pytest.fixture(autouse=True)
def _within_language_overlap_across_languages(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test here: grouping-14's overlap across languages (the within-language 0.5)."""
    monkeypatch.setattr(grouping, "ACROSS_OVERLAP", 0.5)


def _joins(second: Doc, common: int = 0) -> bool:
    """Whether ``second`` joins the report, in a folder of thirty other stories and ``common``
    more (other months) that also name the report's name key and number."""
    grouper = crowd(30)
    for i in range(common):
        grouper.add(_doc(f"other{i}", ["s:tlbk", "d:140", f"t:{2040 + i}-01", f"d:{5000 + i}"],
                         ("en", "zh")[i % 2]))  # fmt: skip
    grouper.add(_doc("report", REPORT, "en"))
    return not grouper.add(second).new_group


def test_a_thin_translation_sharing_a_name_and_a_day_joins_its_report() -> None:
    assert _joins(_doc("tr", TRANSLATION, "tr"))


def test_the_same_translation_needed_the_within_language_overlap_before(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(grouping, "CROSS_LANGUAGE_OVERLAP", 0.5)
    assert not _joins(_doc("tr", TRANSLATION, "tr"))


def test_a_translation_sharing_only_a_day_and_countries_stays_apart() -> None:
    written = [f for f in TRANSLATION if f not in ("s:tlbk", "d:140")] + ["s:qrm"]
    assert not _joins(_doc("tr", written, "tr"))


def test_a_translation_read_as_another_states_act_stays_apart() -> None:
    other = [f for f in TRANSLATION if not f.startswith(("o:", "e:"))] + ["o:TT", "e:TT:2031-05"]
    assert not _joins(_doc("tr", other, "tr"))


def test_facts_a_stream_has_seen_in_many_stories_need_the_full_overlap(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert not _joins(_doc("tr", TRANSLATION, "tr"), common=20)
    monkeypatch.setattr(grouping.StoryGrouper, "_facts_tell", lambda _self, _shared: True)
    assert _joins(_doc("tr", TRANSLATION, "tr"), common=20)  # the overlap is what kept it apart

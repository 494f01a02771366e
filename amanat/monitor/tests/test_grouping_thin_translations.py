"""A short translation joins its report with a smaller overlap (session 19,
``grouping_readings.thin_translation``): across languages a text that shares a name, a number
or a place with a report needs an overlap of ``CROSS_LANGUAGE_OVERLAP``, not the 0.5 asked
within one language, because what one text alone has weighs as much as what both keep. A day
and countries alone, or a reading that blames another state, still need the full overlap.
Invented features only."""

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
# Its short translation: the name's key, the day and the countries kept; a number, a place
# and a name of its own (a name cut another way) that the report does not share.
TRANSLATION = ["s:tlbk", "t:2031-05", "t:2031-05-17", "c:QQ", "c:RR", "d:77", "s:hm", "p:hama",
               "o:QQ", "e:QQ:2031-05"]  # fmt: skip


def _joins(second: Doc) -> bool:
    grouper = crowd()
    grouper.add(_doc("report", REPORT, "en"))
    return not grouper.add(second).new_group


def test_a_thin_translation_sharing_a_name_and_a_day_joins_its_report() -> None:
    assert _joins(_doc("ug", TRANSLATION, "ug"))


def test_the_same_translation_needed_the_within_language_overlap_before(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(grouping, "CROSS_LANGUAGE_OVERLAP", 0.5)
    assert not _joins(_doc("ug", TRANSLATION, "ug"))


def test_a_translation_sharing_only_a_day_and_countries_stays_apart() -> None:
    written = [f for f in TRANSLATION if f != "s:tlbk"] + ["s:qrm"]
    assert not _joins(_doc("ug", written, "ug"))


def test_a_translation_read_as_another_states_act_stays_apart() -> None:
    other = [f for f in TRANSLATION if not f.startswith(("o:", "e:"))] + ["o:TT", "e:TT:2031-05"]
    assert not _joins(_doc("ug", other, "ug"))
